package dev.athanor.core.query.compile;

import static dev.athanor.core.query.compile.CompilerFixture.compile;
import static dev.athanor.core.query.compile.CompilerFixture.error;
import static dev.athanor.core.query.compile.CompilerFixture.sql;
import static org.assertj.core.api.Assertions.assertThat;

import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.query.QueryPlan;
import dev.athanor.core.query.QueryPlan.ResultItem;
import dev.athanor.core.sql.ast.CompoundSelect;
import org.junit.jupiter.api.Test;

class SetOperationsTest {

    @Test
    void unionOrdersByOutputPositionFromAnAliasOrAnExpressionOfTheFirstMember() {
        assertThat(sql("SELECT c.fullname AS name, c.id FROM Customer c UNION ALL SELECT p.name, p.id FROM Product p"
                + " ORDER BY name DESC"))
                .isEqualTo("SELECT \"c1\".\"fullname\", \"c1\".\"id\" FROM \"Customer\" \"c1\" UNION ALL SELECT"
                        + " \"p2\".\"name\", \"p2\".\"id\" FROM \"Product\" \"p2\" ORDER BY 1 DESC");
        QueryPlan plan = compile("SELECT c.id FROM Customer c INTERSECT SELECT o.customer.id FROM Order o"
                + " EXCEPT SELECT t.id FROM Tag t ORDER BY c.id");
        CompoundSelect compound = (CompoundSelect) plan.statement();
        assertThat(compound.operator()).isEqualTo(CompoundSelect.SetOperator.EXCEPT);
        assertThat(((CompoundSelect) compound.left()).operator()).isEqualTo(CompoundSelect.SetOperator.INTERSECT);
        assertThat(compound.orderBy()).hasSize(1);
        assertThat(plan.resultType()).isEqualTo(Long.class);
        assertThat(plan.tables()).containsExactlyInAnyOrder("Customer", "orders", "Tag");
    }

    @Test
    void membersSelectingTheSameEntityShapeTheResultAsIt() {
        QueryPlan plan = compile("SELECT c FROM Customer c WHERE c.active = TRUE UNION SELECT o.customer FROM Order o");
        assertThat(plan.items()).containsExactly(new ResultItem.Entity(0, Shop.Customer.class));
        assertThat(plan.entities()).hasSize(1);
    }

    @Test
    void membersMustMatchInSizeAndType() {
        var sizes = error("SELECT c.id, c.fullname FROM Customer c UNION SELECT p.id FROM Product p");
        assertThat(sizes.code()).isEqualTo(ErrorCode.QUERY_TYPE);
        assertThat(sizes.getMessage()).contains("different numbers of items (2 and 1)");
        assertThat(error("SELECT c.fullname FROM Customer c UNION SELECT p.weight FROM Product p").getMessage())
                .contains("Item 1 of the set operation's members has incompatible types String and Double");
        assertThat(error("SELECT c FROM Customer c UNION SELECT p FROM Product p").getMessage())
                .contains("entity Customer and entity Product");
    }
}
