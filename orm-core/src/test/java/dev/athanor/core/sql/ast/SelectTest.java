package dev.athanor.core.sql.ast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SelectTest {

    private final Select base = Select.of(TableRef.of("t", "a"), ColumnRef.of("a", "x"));

    @Test
    void withersReturnNewSelectsAndLeaveTheOriginalAlone() {
        Select paged = base.withPage(BindParam.of(10), null).withDistinct(true);

        assertThat(paged.limit()).isEqualTo(BindParam.of(10));
        assertThat(paged.distinct()).isTrue();
        assertThat(base.limit()).isNull();
        assertThat(base.distinct()).isFalse();
        assertThat(paged).isNotEqualTo(base).isEqualTo(base.withDistinct(true).withPage(BindParam.of(10), null));
    }

    @Test
    void invariantsAreCheckedWithMessagesThatSayWhat() {
        assertThatThrownBy(() -> Select.of(List.of(), TableRef.of("t", null)))
                .hasMessage("a select list needs at least one item");
        assertThatThrownBy(() -> Select.of(null, Literal.of(1)).withJoin(Join.inner(TableRef.of("u", null),
                Literal.TRUE))).hasMessage("a SELECT with joins needs a FROM table");
        assertThatThrownBy(() -> new Join(Join.Type.LEFT, TableRef.of("u", null), null))
                .hasMessage("LEFT JOIN of u needs an ON condition");
        assertThatThrownBy(() -> new Subquery(base.withLock(Lock.FOR_UPDATE)))
                .hasMessageContaining("a subquery cannot lock rows");
        assertThatThrownBy(() -> new FunctionCall("drop table x; --", List.of(), false))
                .hasMessage("a function name is letters, digits and underscores, got 'drop table x; --'");
    }

    @Test
    void bindParametersCarryAValueOrASlot() {
        assertThat(BindParam.slot(2).isSlot()).isTrue();
        assertThat(BindParam.of(null).isSlot()).isFalse();
        assertThatThrownBy(() -> new BindParam("v", 0)).hasMessageContaining("a value or a slot, not both");
        assertThatThrownBy(() -> BindParam.slot(-1)).hasMessage("a slot index is 0 or more, got -1");
    }

    @Test
    void literalsAreConstantsOfSimpleTypes() {
        assertThatThrownBy(() -> Literal.of(Double.NaN)).hasMessage("SQL has no literal for NaN; bind it as a parameter");
        assertThatThrownBy(() -> Literal.of(java.time.LocalDate.of(2024, 1, 1)))
                .hasMessage("a literal is null, a number, a string or a boolean; got java.time.LocalDate (bind it as a"
                        + " parameter instead)");
    }
}
