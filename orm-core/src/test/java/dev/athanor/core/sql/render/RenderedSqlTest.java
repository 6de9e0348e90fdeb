package dev.athanor.core.sql.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RenderedSqlTest {

    @Test
    void valuesOnlyStatementsGiveTheirParametersAsIs() {
        RenderedSql rendered = new RenderedSql("select ? , ?", Arrays.asList("a", null));

        assertThat(rendered.hasSlots()).isFalse();
        assertThat(rendered.slotCount()).isZero();
        assertThat(rendered.slots()).containsExactly(RenderedSql.NO_SLOT, RenderedSql.NO_SLOT);
        assertThat(rendered.parameters()).containsExactly("a", null);
        assertThat(rendered.bind()).containsExactly("a", null);
    }

    @Test
    void slotsTakeTheirValuesFromEachBindAndASlotMayBeUsedTwice() {
        RenderedSql rendered = new RenderedSql("update t set a = ?, b = ? where id = ? and a <> ?",
                Arrays.asList(null, "fixed", null, null), List.of(1, -1, 0, 1));

        assertThat(rendered.slotCount()).isEqualTo(2);
        assertThat(rendered.bind(7, "x")).containsExactly("x", "fixed", 7, "x");
        assertThat(rendered.bind(8, "y")).containsExactly("y", "fixed", 8, "y");
    }

    @Test
    void misuseSaysWhatToDo() {
        RenderedSql rendered = new RenderedSql("select ?", Arrays.asList((Object) null), List.of(0));

        assertThatThrownBy(rendered::parameters).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("give their values with bind(...)").hasMessageContaining("sql: select ?");
        assertThatThrownBy(rendered::bind).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("this statement takes 1 slot value(s), got 0");
        assertThatThrownBy(() -> new RenderedSql("select ?", List.of(1), List.of(-1, 0)))
                .hasMessageContaining("1 bind(s) but 2 slot entries");
    }
}
