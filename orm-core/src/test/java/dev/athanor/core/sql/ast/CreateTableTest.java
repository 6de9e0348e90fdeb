package dev.athanor.core.sql.ast;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CreateTableTest {

    @Test
    void anIdentityColumnMustBeTheWholePrimaryKey() {
        assertThatThrownBy(() -> CreateTable.of("t", List.of(ColumnDef.identity("id", "BIGINT"),
                ColumnDef.notNull("k", "INT")), List.of("id", "k")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("identity column(s) [id] of table t must be the whole primary key, which is [id, k]");
    }

    @Test
    void constraintsNameOnlyColumnsOfTheTable() {
        List<ColumnDef> columns = List.of(ColumnDef.notNull("id", "INT"), ColumnDef.of("name", "TEXT"));
        assertThatThrownBy(() -> CreateTable.of("t", columns, List.of("ID")))
                .hasMessage("primary key names column 'ID', which is not among [id, name]");
        assertThatThrownBy(() -> CreateTable.of("t", columns, List.of("id"))
                .withUnique(UniqueConstraint.of("uk", "nam")))
                .hasMessage("unique constraint uk names column 'nam', which is not among [id, name]");
        assertThatThrownBy(() -> CreateTable.of("t", columns, List.of("id"))
                .withForeignKeys(ForeignKey.of("fk", List.of("parent"), "p", List.of("id"))))
                .hasMessage("foreign key fk names column 'parent', which is not among [id, name]");
        assertThatThrownBy(() -> CreateTable.of("t", List.of(ColumnDef.of("a", "INT"), ColumnDef.of("a", "INT")),
                List.of())).hasMessage("the columns of table t names 'a' twice");
    }

    @Test
    void columnsAndKeysAreChecked() {
        assertThatThrownBy(() -> ColumnDef.of("a", " ")).hasMessage("column a needs a type");
        assertThatThrownBy(() -> ColumnDef.identity("id", "BIGINT").withDefault(Literal.of(1)))
                .hasMessage("identity column id is filled by the database; it takes no DEFAULT");
        assertThatThrownBy(() -> ForeignKey.of("fk", List.of("a", "b"), "p", List.of("id")))
                .hasMessage("foreign key fk has 2 column(s) [a, b] but references 1 [id]");
        assertThatThrownBy(() -> new CheckConstraint("ck", "")).hasMessage("check constraint ck needs a condition");
        assertThatThrownBy(() -> new CreateSequence("s", 1, 0)).hasMessage("sequence s needs a non-zero increment");
    }
}
