package dev.athanor.core.dialect.mysql;

import dev.athanor.core.sql.ast.ColumnDef;
import dev.athanor.core.sql.ast.CompoundSelect;
import dev.athanor.core.sql.ast.Concat;
import dev.athanor.core.sql.ast.CreateTable;
import dev.athanor.core.sql.ast.DropIndex;
import dev.athanor.core.sql.ast.Insert;
import dev.athanor.core.sql.ast.Expression;
import dev.athanor.core.sql.ast.Lock;
import dev.athanor.core.sql.ast.StandardFunction;
import dev.athanor.core.dialect.DialectRenderer;
import dev.athanor.core.sql.render.SqlWriter;
import java.util.List;

/**
 * SQL as MySQL and MariaDB read it: backquoted names, {@code LIMIT} with the largest BIGINT for an
 * offset alone, NULLS FIRST/LAST emulated with {@code x IS NULL}, {@code CONCAT()} (since
 * {@code ||} means OR), backslashes escaped in strings, {@code AUTO_INCREMENT} and InnoDB/utf8mb4
 * tables, and RETURNING, sequences, NOWAIT and SKIP LOCKED where the server's version has them.
 * JPQL's functions mostly keep their names; LENGTH counts characters ({@code CHAR_LENGTH}, since
 * LENGTH counts bytes here), integer division is {@code DIV} and the ISO week is {@code WEEK(x, 3)}.
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

    @Override
    protected void standardFunction(StandardFunction function, SqlWriter out) {
        List<Expression> args = function.arguments();
        switch (function.function()) {
            case LOCATE -> call("LOCATE", args, out);
            case CONCAT -> call("CONCAT", args, out);
            case INTEGER_DIVIDE -> {
                // DIV drops the fraction (toward zero), also for DOUBLE operands
                out.append('(');
                operand(args.get(0), MULTIPLICATIVE, out);
                out.append(" DIV ");
                operand(args.get(1), MULTIPLICATIVE + 1, out);
                out.append(')');
            }
            case EXTRACT_WEEK -> {
                // mode 3: weeks start on Monday, week 1 is the first with four days in the year (ISO-8601)
                out.append("WEEK(");
                expression(args.get(0), out);
                out.append(", 3)");
            }
            case EXTRACT_SECOND -> {
                // JPQL's seconds keep their fraction, which EXTRACT(SECOND) drops; 1E6 makes the sum a DOUBLE
                out.append("(EXTRACT(SECOND FROM ");
                expression(args.get(0), out);
                out.append(") + EXTRACT(MICROSECOND FROM ");
                expression(args.get(0), out);
                out.append(") / 1E6)");
            }
            case EXTRACT_DATE -> call("DATE", args, out);
            case EXTRACT_TIME -> call("TIME", args, out);
            // without a precision the fraction of a second is dropped; 6 is the precision DATETIME(6) columns keep
            case CURRENT_TIME -> out.append("CURRENT_TIME(6)");
            case CURRENT_TIMESTAMP -> out.append("CURRENT_TIMESTAMP(6)");
            default -> super.standardFunction(function, out);
        }
    }

    @Override
    protected String castType(StandardFunction.Function cast) {
        return switch (cast) {
            case CAST_STRING -> "CHAR";
            case CAST_INTEGER, CAST_LONG -> "SIGNED";
            case CAST_FLOAT, CAST_DOUBLE -> "DOUBLE";
            case CAST_BIG_DECIMAL -> "DECIMAL(65,30)";
            case CAST_BIG_INTEGER -> "DECIMAL(65,0)";
            default -> super.castType(cast);
        };
    }

    /** INTERSECT and EXCEPT came in MariaDB 10.3 and MySQL 8.0.31, their ALL forms in MariaDB 10.5. */
    @Override
    protected void compoundSelect(CompoundSelect compound, SqlWriter out) {
        if (compound.operator() != CompoundSelect.SetOperator.UNION) {
            if (!dialect.capabilities().intersectExcept()) {
                throw unsupported(compound.operator().name(), "Upgrade to MariaDB 10.3 or MySQL 8.0.31, or write the"
                        + " query with [NOT] EXISTS.");
            }
            boolean maria = dialect.server() != null && dialect.server().product().equals("MariaDB");
            if (compound.all() && maria && !dialect.server().atLeast(10, 5)) {
                throw unsupported(compound.operator() + " ALL", "Upgrade to MariaDB 10.5, or use "
                        + compound.operator() + " without ALL.");
            }
        }
        super.compoundSelect(compound, out);
    }
}
