package dev.athanor.core.dialect.sqlite;

import dev.athanor.core.sql.ast.ColumnDef;
import dev.athanor.core.sql.ast.Lock;
import dev.athanor.core.dialect.DialectRenderer;
import dev.athanor.core.sql.render.SqlWriter;

/**
 * SQL as SQLite reads it: double-quoted names, {@code LIMIT -1 OFFSET ?} for an offset alone,
 * {@code INTEGER PRIMARY KEY AUTOINCREMENT} identities, every constraint inside CREATE TABLE,
 * native NULLS FIRST/LAST and RETURNING where the version has them, and no row locks.
 */
public final class SqliteRenderer extends DialectRenderer<SqliteDialect> {

    SqliteRenderer(SqliteDialect dialect) {
        super(dialect);
    }

    @Override
    protected String databaseName() {
        return dialect.server() == null ? "SQLite" : dialect.server().toString();
    }

    @Override
    protected void lock(Lock lock, SqlWriter out) {
        throw unsupported("SELECT ... FOR " + lock.strength(), "SQLite has no row locks: a writing transaction locks"
                + " the whole database. Run the read and the write in one transaction instead of a pessimistic lock.");
    }

    /** Only {@code INTEGER PRIMARY KEY} makes the column the rowid; AUTOINCREMENT never reuses a deleted id. */
    @Override
    protected void identityColumn(ColumnDef column, SqlWriter out) {
        out.append(identifier(column.name())).append(" INTEGER PRIMARY KEY AUTOINCREMENT");
    }

    @Override
    protected boolean identityDeclaresPrimaryKey() {
        return true;
    }
}
