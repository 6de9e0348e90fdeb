package dev.athanor.core.sql.ast;

/** A table in FROM or JOIN, with the alias its columns are qualified by (null: none). */
public record TableRef(String table, String alias) {

    public TableRef {
        Requires.name(table, "a table reference");
        Requires.optionalName(alias, "a table alias");
    }

    public static TableRef of(String table, String alias) {
        return new TableRef(table, alias);
    }
}
