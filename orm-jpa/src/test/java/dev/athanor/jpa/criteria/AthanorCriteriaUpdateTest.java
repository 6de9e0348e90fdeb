package dev.athanor.jpa.criteria;

import static dev.athanor.jpa.criteria.CriteriaFixture.CB;
import static dev.athanor.jpa.criteria.CriteriaFixture.METAMODEL;
import static dev.athanor.jpa.criteria.CriteriaFixture.jpql;
import static dev.athanor.jpa.criteria.CriteriaFixture.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import dev.athanor.core.query.tree.Expr;
import dev.athanor.core.query.tree.QueryTree;
import dev.athanor.jpa.criteria.Shop.Customer;
import dev.athanor.jpa.criteria.Shop.Purchase;
import dev.athanor.jpa.criteria.Shop.Status;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaDelete;
import jakarta.persistence.criteria.CriteriaUpdate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import jakarta.persistence.metamodel.SingularAttribute;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bulk UPDATE and DELETE through Criteria. */
class AthanorCriteriaUpdateTest {

    private final CriteriaBuilder cb = CB;

    @Test
    void updateSetsValuesExpressionsAndNulls() {
        CriteriaUpdate<Purchase> u = cb.createCriteriaUpdate(Purchase.class);
        Root<Purchase> p = u.from(Purchase.class);
        SingularAttribute<? super Purchase, Integer> quantity = METAMODEL.entity(Purchase.class)
                .getSingularAttribute("quantity", Integer.class);
        u.set(p.get("status"), Status.PAID).set(quantity, cb.sum(p.get(quantity), 1)).set("note", null)
                .set(p.<BigDecimal>get("total"), cb.parameter(BigDecimal.class))
                .where(cb.equal(p.get("status"), Status.NEW));
        assertThat(u.getRoot()).isSameAs(p);
        assertThat(jpql(u)).isEqualTo("UPDATE Purchase generatedAlias0 SET generatedAlias0.status = :param0,"
                + " generatedAlias0.quantity = generatedAlias0.quantity + :param1, generatedAlias0.note = NULL,"
                + " generatedAlias0.total = :param2 WHERE generatedAlias0.status = :param3");
        assertThat(((CriteriaStatement) u).implicitValues()).containsExactly(entry("param0", Status.PAID),
                entry("param1", 1), entry("param3", Status.NEW));
        QueryTree.Update tree = (QueryTree.Update) tree(u);
        assertThat(tree.assignments().get(2)).isEqualTo(new QueryTree.Assignment(-1,
                new Expr.Path(-1, null, List.of("generatedAlias0", "note")), new Expr.Literal(-1, null)));
        assertThat(((CriteriaStatement) u).parameters()).singleElement()
                .extracting(AthanorParameterExpression::treeName).isEqualTo("param2");
    }

    @Test
    void updateEmbeddedAttributeAndMisuse() {
        CriteriaUpdate<Customer> u = cb.createCriteriaUpdate(Customer.class);
        Root<Customer> c = u.getRoot();
        u.set(c.get("address").get("city"), "Paris");
        assertThat(jpql(u)).isEqualTo("UPDATE Customer generatedAlias0 SET generatedAlias0.address.city = :param0");
        assertThat(((CriteriaStatement) u).implicitValues()).containsExactly(entry("param0", "Paris"));
        CriteriaUpdate<Customer> nothing = cb.createCriteriaUpdate(Customer.class);
        assertThatThrownBy(() -> jpql(nothing)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("sets nothing");
        assertThatThrownBy(() -> u.set(c, (Customer) null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("takes an attribute of the updated Customer");
    }

    @Test
    void deleteWithSubquery() {
        CriteriaDelete<Customer> d = cb.createCriteriaDelete(Customer.class);
        Root<Customer> c = d.from(Customer.class);
        Subquery<Long> buyers = d.subquery(Long.class);
        Root<Purchase> p = buyers.from(Purchase.class);
        buyers.select(p.get("customer").get("id"));
        d.where(cb.not(c.get("id").in(buyers)));
        assertThat(jpql(d)).isEqualTo("DELETE FROM Customer generatedAlias0 WHERE NOT (generatedAlias0.id IN"
                + " (SELECT generatedAlias1.customer.id FROM Purchase generatedAlias1))");
        assertThat(buyers.getContainingQuery()).isSameAs(d);
        assertThatThrownBy(buyers::getParent).isInstanceOf(IllegalStateException.class);
        CriteriaDelete<Customer> all = cb.createCriteriaDelete(Customer.class);
        assertThat(jpql(all)).isEqualTo("DELETE FROM Customer generatedAlias0");
    }
}
