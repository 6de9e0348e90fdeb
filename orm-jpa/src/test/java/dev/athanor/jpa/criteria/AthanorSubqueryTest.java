package dev.athanor.jpa.criteria;

import static dev.athanor.jpa.criteria.CriteriaFixture.CB;
import static dev.athanor.jpa.criteria.CriteriaFixture.jpql;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.jpa.criteria.Shop.Customer;
import dev.athanor.jpa.criteria.Shop.Purchase;
import dev.athanor.jpa.criteria.Shop.PurchaseLine;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class AthanorSubqueryTest {

    private final CriteriaBuilder cb = CB;

    @Test
    void uncorrelatedSubqueryAsAValueAndInIn() {
        CriteriaQuery<Purchase> q = cb.createQuery(Purchase.class);
        Root<Purchase> p = q.from(Purchase.class);
        Subquery<BigDecimal> avg = q.subquery(BigDecimal.class);
        Root<Purchase> other = avg.from(Purchase.class);
        avg.select(cb.max(other.<BigDecimal>get("total")));
        Subquery<Long> active = q.subquery(Long.class);
        Root<Customer> c = active.from(Customer.class);
        active.select(c.get("id")).where(cb.isTrue(c.get("active"))).distinct(true);
        q.select(p).where(cb.equal(p.get("total"), avg), p.get("customer").get("id").in(active));
        assertThat(jpql(q)).isEqualTo("SELECT generatedAlias0 FROM Purchase generatedAlias0"
                + " WHERE (generatedAlias0.total = (SELECT MAX(generatedAlias1.total) FROM Purchase generatedAlias1))"
                + " AND (generatedAlias0.customer.id IN (SELECT DISTINCT generatedAlias2.id FROM Customer"
                + " generatedAlias2 WHERE generatedAlias2.active = TRUE))");
        assertThat(avg.getParent()).isSameAs(q);
        assertThat(active.isDistinct()).isTrue();
    }

    @Test
    void correlatedRootExistsAndGroupBy() {
        CriteriaQuery<Customer> q = cb.createQuery(Customer.class);
        Root<Customer> c = q.from(Customer.class);
        Subquery<Long> bought = q.subquery(Long.class);
        Root<Customer> outer = bought.correlate(c);
        Root<Purchase> p = bought.from(Purchase.class);
        bought.select(cb.count(p)).where(cb.equal(p.get("customer"), outer)).groupBy(p.get("status"))
                .having(cb.gt(cb.count(p), 1));
        q.select(c).where(cb.exists(bought), cb.not(cb.exists(bought)));
        assertThat(outer.isCorrelated()).isTrue();
        assertThat(outer.getCorrelationParent()).isSameAs(c);
        assertThat(jpql(q)).isEqualTo("SELECT generatedAlias0 FROM Customer generatedAlias0"
                + " WHERE EXISTS (SELECT COUNT(generatedAlias1) FROM Purchase generatedAlias1"
                + " WHERE generatedAlias1.customer = generatedAlias0 GROUP BY generatedAlias1.status"
                + " HAVING COUNT(generatedAlias1) > :param0)"
                + " AND (NOT EXISTS (SELECT COUNT(generatedAlias1) FROM Purchase generatedAlias1"
                + " WHERE generatedAlias1.customer = generatedAlias0 GROUP BY generatedAlias1.status"
                + " HAVING COUNT(generatedAlias1) > :param1))");
    }

    @Test
    void joinsFromACorrelatedVariableAreFromItemsOfTheSubquery() {
        CriteriaQuery<Purchase> q = cb.createQuery(Purchase.class);
        Root<Purchase> p = q.from(Purchase.class);
        Join<Purchase, Customer> buyer = p.join("customer");
        Subquery<Integer> amounts = q.subquery(Integer.class);
        Join<Purchase, PurchaseLine> line = amounts.correlate(p).join("lines");
        Join<Purchase, Customer> sameBuyer = amounts.correlate(buyer);
        amounts.select(line.get("amount")).where(cb.isTrue(sameBuyer.get("active")));
        q.select(p).where(cb.gt(p.get("quantity"), cb.all(amounts)), cb.lt(p.get("quantity"), cb.some(amounts)),
                cb.le(p.get("quantity"), cb.any(amounts)));
        assertThat(amounts.getCorrelatedJoins()).containsExactly(sameBuyer);
        assertThat(jpql(q)).isEqualTo("SELECT generatedAlias0 FROM Purchase generatedAlias0"
                + " JOIN generatedAlias0.customer generatedAlias1"
                + " WHERE (generatedAlias0.quantity > ALL (SELECT generatedAlias2.amount FROM generatedAlias0.lines"
                + " generatedAlias2 WHERE generatedAlias1.active = TRUE))"
                + " AND (generatedAlias0.quantity < SOME (SELECT generatedAlias2.amount FROM generatedAlias0.lines"
                + " generatedAlias2 WHERE generatedAlias1.active = TRUE))"
                + " AND (generatedAlias0.quantity <= ANY (SELECT generatedAlias2.amount FROM generatedAlias0.lines"
                + " generatedAlias2 WHERE generatedAlias1.active = TRUE))");
    }

    @Test
    void misuseFailsClearly() {
        CriteriaQuery<Purchase> q = cb.createQuery(Purchase.class);
        Root<Purchase> p = q.from(Purchase.class);
        Subquery<Long> sub = q.subquery(Long.class);
        assertThatThrownBy(() -> sub.correlate(p).join("lines", JoinType.LEFT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("use JoinType.INNER");
        Root<Purchase> inner = sub.from(Purchase.class);
        assertThatThrownBy(() -> inner.fetch("lines")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("A subquery cannot fetch");
        Subquery<Long> empty = q.subquery(Long.class);
        q.where(cb.exists(empty));
        assertThatThrownBy(() -> jpql(q)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("The subquery has no root");
    }
}
