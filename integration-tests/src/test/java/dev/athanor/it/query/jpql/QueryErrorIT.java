package dev.athanor.it.query.jpql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.athanor.it.Target;
import dev.athanor.it.persistence.JpaUnit;
import dev.athanor.it.query.ShopData;
import dev.athanor.it.query.model.Customer;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Malformed and ill-typed queries fail at createQuery with an IllegalArgumentException giving the code,
 * line and column, the offending text and a did-you-mean; nothing reaches the database.
 */
class QueryErrorIT {

    @TempDir
    Path dir;

    /** The 1-based column of the first occurrence of {@code offending} in a one-line {@code jpql}. */
    private static int column(String jpql, String offending) {
        int at = jpql.indexOf(offending);
        assertThat(at).as("test setup: %s in %s", offending, jpql).isNotNegative();
        return at + 1;
    }

    private static String failure(EntityManager em, String jpql) {
        IllegalArgumentException e = catchThrowableOfType(() -> em.createQuery(jpql), IllegalArgumentException.class);
        assertThat(e).as("createQuery(%s) must fail", jpql).isNotNull();
        return e.getMessage();
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void anUnknownEntityIsNamedWithItsPositionAndTheClosestName(Target target) {
        try (JpaUnit unit = ShopData.open(target, dir); EntityManager em = unit.em()) {
            String jpql = "SELECT c FROM Custmer c WHERE c.id = 1";
            assertThat(failure(em, jpql)).contains("ATH-9002").contains("Custmer")
                    .contains("line 1, column " + column(jpql, "Custmer")).contains("Customer").contains("^");
            String product = "SELECT p FROM Prodcut p";
            assertThat(failure(em, product)).contains("ATH-9002").contains("Prodcut").contains("Product");
            assertThat(unit.sql()).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void anAttributeMisspeltWithADifferentCaseGetsADidYouMean(Target target) {
        try (JpaUnit unit = ShopData.open(target, dir); EntityManager em = unit.em()) {
            String jpql = "SELECT c FROM Customer c WHERE c.Name = 'Ann'";
            String message = failure(em, jpql);
            assertThat(message).contains("ATH-9003").contains("Name").contains("name")
                    .containsPattern("line 1, column (" + column(jpql, "c.Name") + "|" + column(jpql, "Name") + ")");
            String nested = "SELECT c FROM Customer c WHERE c.address.cty = 'Paris'";
            assertThat(failure(em, nested)).contains("ATH-9003").contains("cty").contains("city");
            String throughJoin = "SELECT o FROM PurchaseOrder o JOIN o.line l";
            assertThat(failure(em, throughJoin)).contains("ATH-9003").contains("line").contains("lines");
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void aSyntaxErrorPointsAtTheUnexpectedToken(Target target) {
        try (JpaUnit unit = ShopData.open(target, dir); EntityManager em = unit.em()) {
            String jpql = "SELECT c FROM Customer c WHERE c.name = = 'Ann'";
            assertThat(failure(em, jpql)).contains("ATH-9001")
                    .contains("line 1, column " + (jpql.indexOf("= =") + 3));
            assertThat(failure(em, "SELECT c FROM Customer c WHERE")).contains("ATH-9001").contains("line 1, column ");
            assertThat(failure(em, "SELEC c FROM Customer c")).contains("ATH-9001").contains("line 1, column 1");
            assertThat(failure(em, "SELECT c FROM Customer c WHERE c.name = 'unterminated")).contains("ATH-9001");
            assertThat(failure(em, "SELECT c FROM Customer c ORDER c.id")).contains("ATH-9001").contains("BY");
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void aMultiLineQueryReportsTheLineAndColumn(Target target) {
        try (JpaUnit unit = ShopData.open(target, dir); EntityManager em = unit.em()) {
            String jpql = "SELECT c\nFROM Customer c\nWHERE c.emial IS NULL";
            assertThat(failure(em, jpql)).contains("ATH-9003").contains("emial").contains("email")
                    .containsPattern("line 3, column (7|9)");
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void illTypedOperandsAreRefused(Target target) {
        try (JpaUnit unit = ShopData.open(target, dir); EntityManager em = unit.em()) {
            assertThat(failure(em, "SELECT c FROM Customer c WHERE c.orders = 5")).contains("ATH-900")
                    .contains("line 1, column ");
            assertThat(failure(em, "SELECT c FROM Customer c WHERE c.name + 1 > 2")).contains("ATH-9004");
            assertThat(failure(em, "SELECT c FROM Customer c WHERE UPPER(c.rating) = 'A'")).contains("ATH-9004");
            assertThat(failure(em, "SELECT SUM(c.name) FROM Customer c")).contains("ATH-9004");
            assertThat(failure(em, "SELECT c FROM Customer c WHERE c.name LIKE 5")).contains("ATH-9004");
            assertThat(failure(em, "SELECT p FROM Product p WHERE p.tags IS NULL")).contains("ATH-900");
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void whatTheMappingDoesNotHaveIsUnsupportedWithACode(Target target) {
        try (JpaUnit unit = ShopData.open(target, dir); EntityManager em = unit.em()) {
            // no @OrderColumn on Customer.orders, and no Map collection in this model
            assertThat(failure(em, "SELECT INDEX(o) FROM Customer c JOIN c.orders o")).contains("ATH-9007")
                    .contains("line 1, column 14").contains("Customer.orders is a list without @OrderColumn");
            assertThat(failure(em, "SELECT KEY(t) FROM Product p JOIN p.tags t")).contains("ATH-9004")
                    .contains("not a Map");
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void selectAndUpdateAreNotInterchangeable(Target target) {
        try (JpaUnit unit = ShopData.open(target, dir); EntityManager em = unit.em()) {
            em.getTransaction().begin();
            Query select = em.createQuery("SELECT c FROM Customer c");
            assertThatThrownBy(select::executeUpdate).isInstanceOf(IllegalStateException.class);
            Query update = em.createQuery("UPDATE Customer c SET c.rating = 1");
            assertThatThrownBy(update::getResultList).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(update::getSingleResult).isInstanceOf(IllegalStateException.class);
            em.getTransaction().rollback();
            assertThatThrownBy(() -> em.createQuery("UPDATE Customer c SET c.rating = 1", Customer.class))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(unit.writeSql()).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void anUnboundParameterIsReportedByName(Target target) {
        try (JpaUnit unit = ShopData.open(target, dir); EntityManager em = unit.em()) {
            Query query = em.createQuery("SELECT c FROM Customer c WHERE c.name = :who");
            assertThatThrownBy(query::getResultList).isInstanceOfAny(IllegalStateException.class,
                    IllegalArgumentException.class).hasMessageContaining("who");
            assertThat(unit.sql()).isEmpty();
        }
    }
}
