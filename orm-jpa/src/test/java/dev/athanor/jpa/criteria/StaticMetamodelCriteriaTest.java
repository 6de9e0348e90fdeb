package dev.athanor.jpa.criteria;

import static dev.athanor.jpa.criteria.CriteriaFixture.CB;
import static dev.athanor.jpa.criteria.CriteriaFixture.METAMODEL;
import static dev.athanor.jpa.criteria.CriteriaFixture.jpql;
import static dev.athanor.jpa.criteria.CriteriaFixture.tree;
import static org.assertj.core.api.Assertions.assertThat;

import dev.athanor.jpa.criteria.Shop.Customer;
import dev.athanor.jpa.criteria.Shop.Purchase;
import dev.athanor.jpa.criteria.Shop.PurchaseLine;
import dev.athanor.jpa.criteria.Shop_.Purchase_;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.SetJoin;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Criteria written against the static metamodel build the same tree as by attribute names. */
class StaticMetamodelCriteriaTest {

    @BeforeAll
    static void populate() {
        METAMODEL.populateStaticMetamodel();
    }

    private CriteriaQuery<Purchase> byNames() {
        CriteriaQuery<Purchase> q = CB.createQuery(Purchase.class);
        Root<Purchase> p = q.from(Purchase.class);
        Join<Purchase, PurchaseLine> lines = p.join("lines");
        Join<Purchase, Customer> customer = p.join("customer");
        return q.select(p).where(CB.gt(p.get("total"), 10), CB.gt(lines.get("amount"), p.get("quantity")),
                CB.isTrue(customer.get("active")));
    }

    @Test
    void attributesFromTheStaticMetamodelNavigateAsNamesDo() {
        CriteriaQuery<Purchase> q = CB.createQuery(Purchase.class);
        Root<Purchase> p = q.from(Purchase_.class_);
        SetJoin<Purchase, PurchaseLine> lines = p.join(Purchase_.lines);
        Join<Purchase, Customer> customer = p.join(Purchase_.customer);
        q.select(p).where(CB.gt(p.get(Purchase_.total), 10), CB.gt(lines.get("amount"), p.get(Purchase_.quantity)),
                CB.isTrue(customer.get("active")));
        assertThat(tree(q)).isEqualTo(tree(byNames()));
        assertThat(jpql(q)).isEqualTo("SELECT generatedAlias0 FROM Purchase generatedAlias0"
                + " JOIN generatedAlias0.lines generatedAlias1 JOIN generatedAlias0.customer generatedAlias2"
                + " WHERE (generatedAlias0.total > :param0) AND (generatedAlias1.amount > generatedAlias0.quantity)"
                + " AND (generatedAlias2.active = TRUE)");
        assertThat(lines.getModel()).isSameAs(Purchase_.lines);
        assertThat(p.get(Purchase_.total).getJavaType()).isEqualTo(java.math.BigDecimal.class);
    }
}
