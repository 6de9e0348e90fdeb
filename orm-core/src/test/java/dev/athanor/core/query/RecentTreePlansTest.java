package dev.athanor.core.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athanor.core.query.tree.Expr;
import dev.athanor.core.query.tree.QueryTree;
import dev.athanor.core.sql.ast.Delete;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RecentTreePlansTest {

    private final RecentTreePlans recent = new RecentTreePlans();

    /** {@code SELECT c FROM entity c WHERE c.attribute = :p}, built anew each time as Criteria does. */
    private static QueryTree select(String entity, String attribute) {
        Expr.Path alias = Expr.Path.of(Expr.NO_POSITION, "c");
        Expr where = new Expr.Comparison(Expr.NO_POSITION, Expr.ComparisonOp.EQ,
                new Expr.Path(Expr.NO_POSITION, null, new ArrayList<>(List.of("c", attribute))),
                new Expr.Param(Expr.NO_POSITION, "p", 0));
        return new QueryTree.Select(-1, new QueryTree.QuerySpec(-1, false,
                List.of(new QueryTree.Selection(-1, alias, null)),
                List.of(new QueryTree.From(-1, entity, null, "c", List.of())), where, List.of(), null), List.of());
    }

    private static QueryPlan plan(String text) {
        return new QueryPlan(QueryPlan.Kind.DELETE, text, new Delete("t", null), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), Set.of("t"), null, null);
    }

    @Test
    void anEqualTreeBuiltAgainFindsThePlan() {
        QueryPlan plan = plan("by city");
        recent.put(select("Customer", "city"), plan);
        assertThat(recent.get(select("Customer", "city"))).isSameAs(plan);
    }

    @Test
    void aTreeOfTheSameOutlineIsComparedAndNotTakenForTheOther() {
        recent.put(select("Customer", "city"), plan("by city"));
        QueryTree byName = select("Customer", "name");
        assertThat(RecentTreePlans.outline(byName)).isEqualTo(RecentTreePlans.outline(select("Customer", "city")));
        assertThat(recent.get(byName)).isNull();
        QueryPlan plan = plan("by name");
        recent.put(byName, plan);
        assertThat(recent.get(select("Customer", "name"))).isSameAs(plan);
        assertThat(recent.get(select("Customer", "city"))).isNull();
    }

    @Test
    void treesOfOtherEntitiesKeepTheirOwnPlans() {
        QueryPlan customers = plan("customers");
        QueryPlan orders = plan("orders");
        recent.put(select("Customer", "city"), customers);
        recent.put(select("CustomerOrder", "status"), orders);
        assertThat(recent.get(select("Customer", "city"))).isSameAs(customers);
        assertThat(recent.get(select("CustomerOrder", "status"))).isSameAs(orders);
        assertThat(recent.get(select("Product", "city"))).isNull();
    }

    @Test
    void updatesAndDeletesHaveOutlinesToo() {
        QueryTree delete = new QueryTree.Delete(-1, "Customer", "c", null);
        QueryTree update = new QueryTree.Update(-1, "Customer", "c", List.of(new QueryTree.Assignment(-1,
                Expr.Path.of(-1, "c", "name"), new Expr.Param(-1, "n", 0))), null);
        QueryPlan deletePlan = plan("delete");
        recent.put(delete, deletePlan);
        assertThat(recent.get(new QueryTree.Delete(-1, "Customer", "c", null))).isSameAs(deletePlan);
        assertThat(recent.get(update)).isNull();
    }
}
