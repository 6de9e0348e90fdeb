package dev.athanor.jpa.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.athanor.core.query.tree.QueryTree;
import dev.athanor.jpa.criteria.Shop.Purchase;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.ParameterExpression;
import jakarta.persistence.criteria.Root;
import org.junit.jupiter.api.Test;

/** Snapshots: what the plan cache keys a Criteria statement by, and what a query made from it keeps. */
class AbstractStatementTest {

    private final CriteriaBuilder cb = CriteriaFixture.CB;

    private CriteriaQuery<Purchase> byNote(String pattern) {
        CriteriaQuery<Purchase> q = cb.createQuery(Purchase.class);
        Root<Purchase> p = q.from(Purchase.class);
        ParameterExpression<Integer> quantity = cb.parameter(Integer.class, "quantity");
        q.select(p).where(cb.like(p.get("note"), pattern), cb.gt(p.get("quantity"), quantity))
                .orderBy(cb.asc(p.get("id")));
        return q;
    }

    private static CriteriaStatement.Snapshot snapshot(Object statement) {
        return ((CriteriaStatement) statement).snapshot();
    }

    @Test
    void equalCriteriaBuiltSeparatelyGiveEqualKeysHoldingTheSameNames() {
        QueryTree first = snapshot(byNote("a%")).tree();
        QueryTree second = snapshot(byNote("b%")).tree();
        assertThat(first).isEqualTo(second).hasSameHashCodeAs(second);
        QueryTree.From from = ((QueryTree.QuerySpec) ((QueryTree.Select) first).body()).from().get(0);
        QueryTree.From otherFrom = ((QueryTree.QuerySpec) ((QueryTree.Select) second).body()).from().get(0);
        assertThat(from.alias()).isSameAs(otherFrom.alias());
    }

    @Test
    void aSnapshotStaysAsItWasWhenTheCriteriaChangeAfterIt() {
        CriteriaQuery<Purchase> q = byNote("a%");
        Root<?> p = q.getRoots().iterator().next();
        CriteriaStatement.Snapshot before = snapshot(q);
        QueryTree tree = before.tree();
        int hash = tree.hashCode();

        q.where(cb.equal(p.get("note"), "gift")).orderBy(cb.desc(p.get("id"))).distinct(true);
        CriteriaStatement.Snapshot after = snapshot(q);

        assertThat(before.tree()).isSameAs(tree).isEqualTo(snapshot(byNote("z%")).tree());
        assertThat(tree.hashCode()).isEqualTo(hash);
        assertThat(before.implicitValues()).containsExactly(entry("param0", "a%"));
        assertThat(before.parameters()).extracting(ParameterExpression::getName).containsExactly("quantity");
        assertThat(after.tree()).isNotEqualTo(tree);
        assertThat(after.tree().hashCode()).isNotEqualTo(hash);
        assertThat(after.implicitValues()).containsExactly(entry("param0", "gift"));
        assertThat(after.parameters()).isEmpty();
    }

    @Test
    void changingTheCriteriaBackGivesTheFirstKeyAgain() {
        CriteriaQuery<Purchase> q = byNote("a%");
        QueryTree tree = snapshot(q).tree();
        q.distinct(true);
        assertThat(snapshot(q).tree()).isNotEqualTo(tree);
        q.distinct(false);
        assertThat(snapshot(q).tree()).isEqualTo(tree).hasSameHashCodeAs(tree);
    }
}
