package dev.athanor.core.dialect.mysql;

import dev.athanor.core.sql.ast.ColumnDef;
import dev.athanor.core.sql.ast.Concat;
import dev.athanor.core.sql.ast.CreateTable;
import dev.athanor.core.sql.ast.DropIndex;
import dev.athanor.core.sql.ast.Insert;
import dev.athanor.core.sql.ast.Lock;
import dev.athanor.core.dialect.DialectRenderer;
import dev.athanor.core.sql.render.SqlWriter;

/**
 * SQL as MySQL and MariaDB read it: backquoted names, {@code LIMIT} with the largest BIGINT for an
 * offset alone, NULLS FIRST/LAST emulated with {@code x IS NULL}, {@code CONCAT()} (since
 * {@code ||} means OR), backslashes escaped in strings, {@code AUTO_INCREMENT} and InnoDB/utf8mb4
 * tables, and RETURNING, sequences, NOWAIT and SKIP LOCKED where the server's version has them.
 */
public final class MySqlRenderer extends DialectRenderer<MySqlDialect> {

    MySqlRenderer(MySqlDialect dialect) {
        super(dialect);
    }

    @Override
    protected String databaseName() {
        return dialect.server() == null ? "MySQL/MariaDB (version not yet known)" : dialect.server().toString();
    }

    @Override
    protected String stringLiteral(String value) {
        String escaped = dialect.backslashEscapes() ? value.replace("\\", "\\\\") : value;
        return "'" + escaped.replace("'", "''") + "'";
    }

    @Override
    protected void lock(Lock lock, SqlWriter out) {
        if (!dialect.capabilities().forUpdate()) {
            throw unsupported("SELECT ... FOR UPDATE", "Use optimistic locking (@Version) on this server.");
        }
        if (lock.whenLocked() == Lock.Wait.NOWAIT && !dialect.capabilities().nowait()) {
            throw unsupported("FOR UPDATE NOWAIT", "Wait for the lock (the default), or upgrade to MySQL 8 or MariaDB"
                    + " 10.3.");
        }
        if (lock.whenLocked() == Lock.Wait.SKIP_LOCKED && !dialect.capabilities().skipLocked()) {
            throw unsupported("FOR UPDATE SKIP LOCKED", "Wait for the lock (the default), or upgrade to MySQL 8 or"
                    + " MariaDB 10.6.");
        }
        if (lock.strength() == Lock.Strength.SHARE && !mysql8()) {
            // MariaDB has no FOR SHARE; LOCK IN SHARE MODE is its spelling, and it takes NOWAIT and SKIP LOCKED
            out.append(" LOCK IN SHARE MODE");
            lockWait(lock.whenLocked(), out);
        } else {
            super.lock(lock, out);
        }
    }

    private boolean mysql8() {
        return dialect.server() != null && dialect.server().product().equals("MySQL") && dialect.server().atLeast(8, 0);
    }

    /** {@code ||} is OR in MySQL's default mode. */
    @Override
    protected void concat(Concat concat, SqlWriter out) {
        out.append("CONCAT(");
        list(concat.parts(), this::expression, out);
        out.append(')');
    }

    @Override
    protected int concatPrecedence() {
        return ATOM;
    }

    /** MySQL has no DEFAULT VALUES; {@code () VALUES ()} also takes several rows. */
    @Override
    protected void defaultValuesInsert(Insert insert, SqlWriter out) {
        out.append(" () VALUES ");
        list(insert.rows(), (row, w) -> w.append("()"), out);
    }

    @Override
    protected void identityColumn(ColumnDef column, SqlWriter out) {
        out.append(identifier(column.name())).append(' ').append(column.type()).append(" NOT NULL AUTO_INCREMENT");
    }

    @Override
    protected String tableOptions() {
        return " ENGINE=InnoDB DEFAULT CHARSET=utf8mb4";
    }

    @Override
    protected void columnComment(String table, ColumnDef column, SqlWriter out) {
        out.append(" COMMENT ").append(stringLiteral(column.comment()));
    }

    @Override
    protected void tableComment(CreateTable table, SqlWriter out) {
        out.append(" COMMENT=").append(stringLiteral(table.comment()));
    }

    /** MySQL names the table; only MariaDB knows {@code IF EXISTS} here. */
    @Override
    protected void dropIndex(DropIndex drop, SqlWriter out) {
        boolean maria = dialect.server() != null && dialect.server().product().equals("MariaDB");
        if (drop.ifExists() && !maria) {
            throw unsupported("DROP INDEX IF EXISTS", "Drop the index only when it exists (MySQL has no IF EXISTS"
                    + " here; MariaDB has).");
        }
        out.append(drop.ifExists() ? "DROP INDEX IF EXISTS " : "DROP INDEX ").append(identifier(drop.name()))
                .append(" ON ").append(identifier(drop.table()));
    }
}
