package dev.athanor.core.sql.ast;

import java.util.List;

/** {@code CONSTRAINT name FOREIGN KEY (columns) REFERENCES table (columns) [ON DELETE action]}. */
public record ForeignKey(String name, List<String> columns, String referencedTable, List<String> referencedColumns,
                         Action onDelete) {

    /** What deleting the referenced row does; NO_ACTION (refuse) unless said otherwise. */
    public enum Action {
        NO_ACTION("NO ACTION"), CASCADE("CASCADE"), SET_NULL("SET NULL");

        private final String sql;

        Action(String sql) {
            this.sql = sql;
        }

        public String sql() {
            return sql;
        }
    }

    public ForeignKey {
        Requires.name(name, "a foreign key");
        columns = Requires.columns(columns, "the columns of foreign key " + name);
        Requires.name(referencedTable, "the table foreign key " + name + " references");
        referencedColumns = Requires.columns(referencedColumns, "the referenced columns of foreign key " + name);
        if (columns.size() != referencedColumns.size()) {
            throw new IllegalArgumentException("foreign key " + name + " has " + columns.size() + " column(s) "
                    + columns + " but references " + referencedColumns.size() + " " + referencedColumns);
        }
        onDelete = onDelete == null ? Action.NO_ACTION : onDelete;
    }

    public static ForeignKey of(String name, List<String> columns, String referencedTable, List<String> referencedColumns) {
        return new ForeignKey(name, columns, referencedTable, referencedColumns, Action.NO_ACTION);
    }
}
