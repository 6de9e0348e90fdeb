package dev.athanor.core.dialect.sqlite;

import dev.athanor.core.dialect.DialectRenderer;
import dev.athanor.core.error.AthanorException;
import dev.athanor.core.sql.ast.ColumnDef;
import dev.athanor.core.sql.ast.ColumnRef;
import dev.athanor.core.sql.ast.Comparison;
import dev.athanor.core.sql.ast.CompoundSelect;
import dev.athanor.core.sql.ast.Expression;
import dev.athanor.core.sql.ast.FunctionCall;
import dev.athanor.core.sql.ast.InSubquery;
import dev.athanor.core.sql.ast.IsNull;
import dev.athanor.core.sql.ast.Lock;
import dev.athanor.core.sql.ast.QuantifiedComparison;
import dev.athanor.core.sql.ast.StandardFunction;
import dev.athanor.core.sql.ast.Subquery;
import dev.athanor.core.sql.ast.Statement;
import dev.athanor.core.sql.render.SqlWriter;

/**
 * SQL as SQLite reads it: double-quoted names, {@code LIMIT -1 OFFSET ?} for an offset alone,
 * {@code INTEGER PRIMARY KEY AUTOINCREMENT} identities, every constraint inside CREATE TABLE,
 * native NULLS FIRST/LAST and RETURNING where the version has them, and no row locks. JPQL's
 * functions are spelled with SQLite's own ({@link SqliteFunctions}); ALL and ANY, which SQLite
 * lacks, are decided with IN or from the subquery's extremes.
 */
public final class SqliteRenderer extends DialectRenderer<SqliteDialect> {

    /** The alias of a subquery wrapped to be searched row by row; unusual, so that it hides no alias of the query. */
    private static final String ROWS = "athanor_rows";
    private static final String VALUE = "athanor_value";

    private final SqliteFunctions functions = new SqliteFunctions(this);

    SqliteRenderer(SqliteDialect dialect) {
        super(dialect);
    }

    @Override
    protected String databaseName() {
        return dialect.server() == null ? "SQLite" : dialect.server().toString();
    }

    /** True when the math functions (ceil, ln, power...) are there: SQLite 3.35, which sqlite-jdbc builds with them. */
    boolean mathFunctions() {
        return dialect.server() == null || dialect.server().atLeast(3, 35);
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

    @Override
    protected void standardFunction(StandardFunction function, SqlWriter out) {
        if (!functions.write(function, out)) {
            super.standardFunction(function, out);
        }
    }

    @Override
    protected String castType(StandardFunction.Function cast) {
        return switch (cast) {
            case CAST_STRING -> "TEXT";
            case CAST_INTEGER, CAST_LONG, CAST_BIG_INTEGER -> "INTEGER";
            case CAST_FLOAT, CAST_DOUBLE -> "REAL";
            case CAST_BIG_DECIMAL -> "NUMERIC";
            default -> super.castType(cast);
        };
    }

    /** The expression, parenthesised unless it is one term, for an operand of the SQL that {@link SqliteFunctions} writes. */
    void operandOf(Expression expression, SqlWriter out) {
        operand(expression, ATOM, out);
    }

    /** The coded error for a function this SQLite cannot compute, for {@link SqliteFunctions}. */
    AthanorException refuse(String what, String hint) {
        return unsupported(what, hint);
    }

    /**
     * SQLite has no {@code op ALL/ANY (subquery)}. {@code = ANY} is {@code IN} and {@code <> ALL} is
     * {@code NOT IN}, which SQLite has. The others are decided in SQL's three-valued logic from the
     * subquery's extremes, with the left operand kept in the outer query, where it may be an aggregate
     * of the outer group: an empty subquery makes ALL true and ANY false; otherwise the smallest or
     * largest value decides it when it can; otherwise a NULL among the values makes the result NULL,
     * as does a NULL left operand (the CASE then has no branch that holds).
     */
    @Override
    protected void quantifiedComparison(QuantifiedComparison comparison, SqlWriter out) {
        boolean all = comparison.quantifier() == QuantifiedComparison.Quantifier.ALL;
        Comparison.Operator operator = comparison.operator();
        if (operator == Comparison.Operator.EQ && !all || operator == Comparison.Operator.NE && all) {
            expression(new InSubquery(comparison.left(), comparison.query(), all), out);
            return;
        }
        QuantifiedRows rows = new QuantifiedRows(comparison.query());
        Expression left = comparison.left();
        String decided = all ? " THEN 0" : " THEN 1";
        String undecided = all ? " THEN 1 END" : " THEN 0 END";
        out.append("CASE WHEN NOT EXISTS (");
        select(comparison.query(), out);
        out.append(all ? ") THEN 1 WHEN " : ") THEN 0 WHEN ");
        if (operator == Comparison.Operator.EQ || operator == Comparison.Operator.NE) {
            // = ALL fails and <> ANY holds as soon as one value differs: the smallest or the largest does
            compareWithExtreme(left, Comparison.Operator.NE, "MIN", rows, out);
            out.append(" OR ");
            compareWithExtreme(left, Comparison.Operator.NE, "MAX", rows, out);
            out.append(decided).append(" WHEN ");
            noNullValue(comparison, out);
            out.append(" AND ");
            compareWithExtreme(left, Comparison.Operator.EQ, "MIN", rows, out);
            out.append(undecided);
            return;
        }
        // x > ALL compares with the largest value, x > ANY with the smallest; the other way round for <
        boolean greater = operator == Comparison.Operator.GT || operator == Comparison.Operator.GE;
        String extreme = greater == all ? "MAX" : "MIN";
        if (all) {
            out.append("NOT (");
            compareWithExtreme(left, operator, extreme, rows, out);
            out.append(')');
        } else {
            compareWithExtreme(left, operator, extreme, rows, out);
        }
        out.append(decided).append(" WHEN ");
        noNullValue(comparison, out);
        out.append(all ? " AND " : " AND NOT (");
        compareWithExtreme(left, operator, extreme, rows, out);
        out.append(all ? "" : ")").append(undecided);
    }

    /** {@code left op (SELECT MIN|MAX(value) ...)}. */
    private void compareWithExtreme(Expression left, Comparison.Operator operator, String extreme, QuantifiedRows rows,
                                    SqlWriter out) {
        operand(left, ATOM, out);
        out.append(' ').append(operator.sql()).append(' ');
        if (rows.plain()) {
            expression(new Subquery(rows.withItem(FunctionCall.of(extreme, rows.value()))), out);
        } else {
            out.append("(SELECT ").append(extreme).append('(');
            expression(ColumnRef.of(ROWS, VALUE), out);
            out.append(") FROM (");
            select(rows.withValueAlias(VALUE), out);
            out.append(") AS ").append(identifier(ROWS)).append(')');
        }
    }

    /** {@code NOT EXISTS} a row of the subquery whose value is NULL. */
    private void noNullValue(QuantifiedComparison comparison, SqlWriter out) {
        out.append("NOT ");
        rowExists(comparison, value -> new IsNull(value, false), out);
    }

    /**
     * {@code EXISTS} a row of the subquery for which {@code test} of its value holds. A plain subquery
     * gets the test added to its WHERE; one whose value is computed over its rows (GROUP BY, HAVING,
     * DISTINCT, an aggregate, a page) is wrapped, and its rows searched.
     */
    private void rowExists(QuantifiedComparison comparison, java.util.function.Function<Expression, Expression> test,
                           SqlWriter out) {
        out.append("EXISTS (");
        QuantifiedRows rows = new QuantifiedRows(comparison.query());
        if (rows.plain()) {
            select(rows.withCondition(test.apply(rows.value())), out);
        } else {
            out.append("SELECT 1 FROM (");
            select(rows.withValueAlias(VALUE), out);
            out.append(") AS ").append(identifier(ROWS)).append(" WHERE ");
            expression(test.apply(ColumnRef.of(ROWS, VALUE)), out);
        }
        out.append(')');
    }

    /**
     * SQLite reads a compound select from left to right and takes no parentheses around its members,
     * so a nested compound on the left is written flat and one on the right as a subquery in FROM.
     */
    @Override
    protected void compoundSelect(CompoundSelect compound, SqlWriter out) {
        if (compound.all() && compound.operator() != CompoundSelect.SetOperator.UNION) {
            throw unsupported(compound.operator() + " ALL", "SQLite has only " + compound.operator() + " (without"
                    + " duplicates); use " + compound.operator() + " without ALL, or run the query on MariaDB.");
        }
        super.compoundSelect(compound, out);
    }

    @Override
    protected boolean parenthesizedCompoundMembers() {
        return false;
    }

    @Override
    protected void compoundMember(Statement member, boolean right, SqlWriter out) {
        if (member instanceof CompoundSelect nested && right) {
            out.append("SELECT * FROM (");
            compoundSelect(nested, out);
            out.append(')');
        } else {
            super.compoundMember(member, right, out);
        }
    }
}
