package dev.athanor.core.sql.ast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InsertTest {

    @Test
    void everyRowHasOneValuePerColumn() {
        assertThatThrownBy(() -> new Insert("person", List.of("name", "age"), List.of(List.of(BindParam.of("a"),
                BindParam.of(1)), List.of(BindParam.of("b"))), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("row 1 of INSERT INTO person has 1 value(s) for 2 column(s) [name, age]");
    }

    @Test
    void namesAndRowsAreChecked() {
        assertThatThrownBy(() -> Insert.of("person", List.of("name", "name"), List.of(Literal.NULL, Literal.NULL)))
                .hasMessage("the columns of INSERT INTO person names 'name' twice");
        assertThatThrownBy(() -> new Insert("person", List.of("a"), List.of(), List.of()))
                .hasMessage("the VALUES of INSERT INTO person needs at least one item");
        assertThatThrownBy(() -> Insert.of(" ", List.of("a"), List.of(Literal.NULL)))
                .hasMessage("an INSERT needs a name, got ' '");
        assertThatThrownBy(() -> Insert.of("t", List.of("a"), java.util.Arrays.asList((Expression) null)))
                .hasMessage("row 0 of INSERT INTO t has a null item at index 0");
    }

    @Test
    void theNodeKeepsNoReferenceToTheCallersLists() {
        List<String> columns = new ArrayList<>(List.of("a"));
        List<Expression> row = new ArrayList<>(List.of(BindParam.of(1)));
        Insert insert = Insert.of("t", columns, row);
        columns.add("b");
        row.clear();

        assertThat(insert.columns()).containsExactly("a");
        assertThat(insert.rows().get(0)).containsExactly(BindParam.of(1));
        assertThatThrownBy(() -> insert.rows().get(0).add(Literal.NULL)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(insert.withReturning("id").returning()).containsExactly("id");
        assertThat(insert.returning()).isEmpty();
    }
}
