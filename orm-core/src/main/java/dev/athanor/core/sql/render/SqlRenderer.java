package dev.athanor.core.sql.render;

import dev.athanor.core.error.AthanorException;
import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.error.ErrorMessage;
import dev.athanor.core.sql.ast.AddForeignKey;
import dev.athanor.core.sql.ast.Arithmetic;
import dev.athanor.core.sql.ast.Assignment;
import dev.athanor.core.sql.ast.Between;
import dev.athanor.core.sql.ast.BindParam;
import dev.athanor.core.sql.ast.Case;
import dev.athanor.core.sql.ast.CheckConstraint;
import dev.athanor.core.sql.ast.ColumnDef;
import dev.athanor.core.sql.ast.ColumnRef;
import dev.athanor.core.sql.ast.Comparison;
import dev.athanor.core.sql.ast.CompoundSelect;
import dev.athanor.core.sql.ast.Concat;
import dev.athanor.core.sql.ast.CreateIndex;
import dev.athanor.core.sql.ast.CreateSequence;
import dev.athanor.core.sql.ast.CreateTable;
import dev.athanor.core.sql.ast.Delete;
import dev.athanor.core.sql.ast.DropIndex;
import dev.athanor.core.sql.ast.DropSequence;
import dev.athanor.core.sql.ast.DropTable;
import dev.athanor.core.sql.ast.Exists;
import dev.athanor.core.sql.ast.Expression;
import dev.athanor.core.sql.ast.ForeignKey;
import dev.athanor.core.sql.ast.FunctionCall;
import dev.athanor.core.sql.ast.InList;
import dev.athanor.core.sql.ast.InSubquery;
import dev.athanor.core.sql.ast.IndexColumn;
import dev.athanor.core.sql.ast.Insert;
import dev.athanor.core.sql.ast.IsNull;
import dev.athanor.core.sql.ast.Join;
import dev.athanor.core.sql.ast.Like;
import dev.athanor.core.sql.ast.Literal;
import dev.athanor.core.sql.ast.Lock;
import dev.athanor.core.sql.ast.Logical;
import dev.athanor.core.sql.ast.Negate;
import dev.athanor.core.sql.ast.NextValue;
import dev.athanor.core.sql.ast.Not;
import dev.athanor.core.sql.ast.OrderItem;
import dev.athanor.core.sql.ast.QuantifiedComparison;
import dev.athanor.core.sql.ast.Select;
import dev.athanor.core.sql.ast.SelectItem;
import dev.athanor.core.sql.ast.StandardFunction;
import dev.athanor.core.sql.ast.Star;
import dev.athanor.core.sql.ast.Statement;
import dev.athanor.core.sql.ast.Subquery;
import dev.athanor.core.sql.ast.TableRef;
import dev.athanor.core.sql.ast.UniqueConstraint;
import dev.athanor.core.sql.ast.Update;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes statement trees as standard SQL text with {@code ?} markers. A dialect's renderer
 * subclasses it once and overrides the hooks where its database differs (quoting, LIMIT, NULLS
 * FIRST, RETURNING, identity columns, row locks...); every node also has its own protected method.
 * Stateless and thread-safe: each {@link #render} call writes into its own {@link SqlWriter}.
 */
public class SqlRenderer {

    private static final Logger LOG = LoggerFactory.getLogger(SqlRenderer.class);

    // How tightly each kind of expression binds; an operand binding looser than its place asks is parenthesised.
    protected static final int OR = 1;
    protected static final int AND = 2;
    protected static final int NOT = 3;
    protected static final int PREDICATE = 4;
    protected static final int ADDITIVE = 5;
    protected static final int MULTIPLICATIVE = 6;
    protected static final int UNARY = 7;
    protected static final int CONCATENATION = 8;
    protected static final int ATOM = 10;

    private final NodeDispatch dispatch = new NodeDispatch(this);
    private final Precedence precedence = new Precedence(this);

    /** Renders one statement. */
    public RenderedSql render(Statement statement) {
        SqlWriter out = new SqlWriter();
        statement.accept(dispatch, out);
        return out.finish();
    }

    /** Renders one expression on its own (for tests and for SQL fragments the query layer assembles). */
    public RenderedSql render(Expression expression) {
        SqlWriter out = new SqlWriter();
        expression(expression, out);
        return out.finish();
    }

    // ---- hooks: what differs between databases -------------------------------------------------------

    /** The database's name, for error messages. */
    protected String databaseName() {
        return "standard SQL";
    }

    /** An identifier, quoted. Every identifier is quoted, so reserved words and any case are safe. */
    protected String identifier(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    /** A string constant. */
    protected String stringLiteral(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    protected String booleanLiteral(boolean value) {
        return value ? "TRUE" : "FALSE";
    }

    /** The page clause after ORDER BY, for a limit and/or an offset (either may be null). */
    protected void limitOffset(BindParam limit, BindParam offset, SqlWriter out) {
        if (offset != null) {
            out.append(" OFFSET ").bind(offset).append(" ROWS");
        }
        if (limit != null) {
            out.append(" FETCH FIRST ").bind(limit).append(" ROWS ONLY");
        }
    }

    /** True when {@code NULLS FIRST/LAST} is understood; otherwise it is emulated with {@code x IS NULL}. */
    protected boolean nativeNullsOrdering() {
        return true;
    }

    /** True when {@code INSERT ... RETURNING} is understood. */
    protected boolean supportsReturning() {
        return true;
    }

    /** True when the database has sequences ({@code CREATE SEQUENCE}, {@code NEXT VALUE FOR}). */
    protected boolean supportsSequences() {
        return true;
    }

    /** True when {@code ALTER TABLE ... ADD CONSTRAINT} works. */
    protected boolean supportsAddConstraint() {
        return true;
    }

    /** The type a {@code CAST_...} function converts to. */
    protected String castType(StandardFunction.Function cast) {
        return switch (cast) {
            case CAST_STRING -> "VARCHAR(4000)";
            case CAST_INTEGER -> "INTEGER";
            case CAST_LONG, CAST_BIG_INTEGER -> "BIGINT";
            case CAST_FLOAT -> "REAL";
            case CAST_DOUBLE -> "DOUBLE PRECISION";
            case CAST_BIG_DECIMAL -> "DECIMAL(38,10)";
            default -> throw new IllegalArgumentException(cast + " is not a cast");
        };
    }

    /**
     * True when a member of a compound select may be written in parentheses; then a member that is
     * itself a compound select is parenthesised, so that {@code (a UNION b) INTERSECT c} keeps its meaning.
     */
    protected boolean parenthesizedCompoundMembers() {
        return true;
    }

    /** The lock clause at the end of a SELECT. */
    protected void lock(Lock lock, SqlWriter out) {
        out.append(lock.strength() == Lock.Strength.UPDATE ? " FOR UPDATE" : " FOR SHARE");
        lockWait(lock.whenLocked(), out);
    }

    protected final void lockWait(Lock.Wait wait, SqlWriter out) {
        if (wait == Lock.Wait.NOWAIT) {
            out.append(" NOWAIT");
        } else if (wait == Lock.Wait.SKIP_LOCKED) {
            out.append(" SKIP LOCKED");
        }
    }

    /** An INSERT without columns: one row of defaults. */
    protected void defaultValuesInsert(Insert insert, SqlWriter out) {
        if (insert.rows().size() > 1) {
            throw unsupported("an INSERT of " + insert.rows().size() + " rows of defaults only (no columns)",
                    "Insert the rows one at a time.");
        }
        out.append(" DEFAULT VALUES");
    }

    /** The definition of an identity (auto-increment) column. */
    protected void identityColumn(ColumnDef column, SqlWriter out) {
        out.append(identifier(column.name())).append(' ').append(column.type())
                .append(" NOT NULL GENERATED BY DEFAULT AS IDENTITY");
    }

    /** True when {@link #identityColumn} already declares the primary key, so the table-level clause is left out. */
    protected boolean identityDeclaresPrimaryKey() {
        return false;
    }

    /** What follows CREATE TABLE's closing parenthesis (storage engine, character set). */
    protected String tableOptions() {
        return "";
    }

    /**
     * A column's comment inside its definition. Standard SQL has none there (it has COMMENT ON, which
     * neither SQLite nor MySQL reads), so by default it is left out, with a DEBUG line.
     */
    protected void columnComment(String table, ColumnDef column, SqlWriter out) {
        LOG.debug("{} keeps no column comments: the comment of {}.{} is left out", databaseName(), table,
                column.name());
    }

    /** A table's comment after its closing parenthesis; left out by default, as {@link #columnComment}. */
    protected void tableComment(CreateTable table, SqlWriter out) {
        LOG.debug("{} keeps no table comments: the comment of {} is left out", databaseName(), table.table());
    }

    /**
     * The error for something this database cannot do. A user can cause it (a pessimistic lock on
     * SQLite), so it carries a code and what to do.
     */
    protected AthanorException unsupported(String what, String hint) {
        return new AthanorException(ErrorMessage.of(ErrorCode.UNSUPPORTED_SQL, what + " is not supported by "
                + databaseName()).detail("database", databaseName()).hint(hint));
    }

    // ---- queries and writes ------------------------------------------------------------------------------

    protected void select(Select select, SqlWriter out) {
        out.append("SELECT ");
        if (select.distinct()) {
            out.append("DISTINCT ");
        }
        list(select.items(), this::selectItem, out);
        if (select.from() != null) {
            out.append(" FROM ");
            table(select.from(), out);
        }
        for (Join join : select.joins()) {
            join(join, out);
        }
        if (select.where() != null) {
            out.append(" WHERE ");
            expression(select.where(), out);
        }
        if (!select.groupBy().isEmpty()) {
            out.append(" GROUP BY ");
            list(select.groupBy(), this::expression, out);
        }
        if (select.having() != null) {
            out.append(" HAVING ");
            expression(select.having(), out);
        }
        if (!select.orderBy().isEmpty()) {
            out.append(" ORDER BY ");
            list(select.orderBy(), this::orderItem, out);
        }
        if (select.limit() != null || select.offset() != null) {
            limitOffset(select.limit(), select.offset(), out);
        }
        if (select.lock() != null) {
            lock(select.lock(), out);
        }
    }

    /** {@code left UNION|INTERSECT|EXCEPT [ALL] right [ORDER BY n...] [page]}. */
    protected void compoundSelect(CompoundSelect compound, SqlWriter out) {
        compoundMember(compound.left(), false, out);
        out.append(' ').append(compound.operator().name()).append(compound.all() ? " ALL " : " ");
        compoundMember(compound.right(), true, out);
        if (!compound.orderBy().isEmpty()) {
            out.append(" ORDER BY ");
            list(compound.orderBy(), this::compoundOrderItem, out);
        }
        if (compound.limit() != null || compound.offset() != null) {
            limitOffset(compound.limit(), compound.offset(), out);
        }
    }

    /** One member (the left or the {@code right} one): a SELECT as it is, a nested compound select in parentheses. */
    protected void compoundMember(Statement member, boolean right, SqlWriter out) {
        if (member instanceof CompoundSelect nested && parenthesizedCompoundMembers()) {
            out.append('(');
            compoundSelect(nested, out);
            out.append(')');
        } else {
            member.accept(dispatch, out);
        }
    }

    /**
     * An ORDER BY position of a compound select. The {@code x IS NULL} emulation of NULLS FIRST/LAST
     * cannot be used here: {@code 1 IS NULL} is a constant, not the first column.
     */
    private void compoundOrderItem(OrderItem item, SqlWriter out) {
        if (item.nulls() != OrderItem.Nulls.DEFAULT && !nativeNullsOrdering()) {
            throw unsupported("NULLS " + item.nulls() + " in the ORDER BY of a UNION, INTERSECT or EXCEPT",
                    "Leave NULLS FIRST/LAST out (nulls sort as the lowest values here), or sort the result in Java.");
        }
        orderItem(item, out);
    }

    protected void selectItem(SelectItem item, SqlWriter out) {
        expression(item.expression(), out);
        if (item.alias() != null) {
            out.append(" AS ").append(identifier(item.alias()));
        }
    }

    protected void table(TableRef table, SqlWriter out) {
        out.append(identifier(table.table()));
        if (table.alias() != null) {
            out.append(' ').append(identifier(table.alias()));
        }
    }

    protected void join(Join join, SqlWriter out) {
        out.append(switch (join.type()) {
            case INNER -> " INNER JOIN ";
            case LEFT -> " LEFT JOIN ";
            case CROSS -> " CROSS JOIN ";
        });
        table(join.table(), out);
        if (join.on() != null) {
            out.append(" ON ");
            expression(join.on(), out);
        }
    }

    /** An ORDER BY item; without native NULLS FIRST/LAST, {@code x IS NULL [DESC], x} puts the nulls where asked. */
    protected void orderItem(OrderItem item, SqlWriter out) {
        String direction = item.descending() ? " DESC" : "";
        if (item.nulls() == OrderItem.Nulls.DEFAULT) {
            expression(item.expression(), out);
            out.append(direction);
        } else if (nativeNullsOrdering()) {
            expression(item.expression(), out);
            out.append(direction).append(item.nulls() == OrderItem.Nulls.FIRST ? " NULLS FIRST" : " NULLS LAST");
        } else {
            // IS NULL is 1 for nulls and 0 otherwise: descending puts them first, ascending last
            operand(item.expression(), ADDITIVE, out);
            out.append(item.nulls() == OrderItem.Nulls.FIRST ? " IS NULL DESC, " : " IS NULL, ");
            expression(item.expression(), out);
            out.append(direction);
        }
    }

    protected void insert(Insert insert, SqlWriter out) {
        out.append("INSERT INTO ").append(identifier(insert.table()));
        if (insert.columns().isEmpty()) {
            defaultValuesInsert(insert, out);
        } else {
            out.append(" (");
            list(insert.columns(), (column, w) -> w.append(identifier(column)), out);
            out.append(") VALUES ");
            list(insert.rows(), (row, w) -> {
                w.append('(');
                list(row, this::expression, w);
                w.append(')');
            }, out);
        }
        if (!insert.returning().isEmpty()) {
            if (!supportsReturning()) {
                throw unsupported("INSERT ... RETURNING", "Read generated keys through JDBC (the engine returns them"
                        + " for single-row inserts), or upgrade to SQLite 3.35 or MariaDB 10.5.");
            }
            out.append(" RETURNING ");
            list(insert.returning(), (column, w) -> w.append(identifier(column)), out);
        }
    }

    protected void update(Update update, SqlWriter out) {
        out.append("UPDATE ").append(identifier(update.table())).append(" SET ");
        list(update.assignments(), this::assignment, out);
        where(update.where(), out);
    }

    protected void assignment(Assignment assignment, SqlWriter out) {
        out.append(identifier(assignment.column())).append(" = ");
        expression(assignment.value(), out);
    }

    protected void delete(Delete delete, SqlWriter out) {
        out.append("DELETE FROM ").append(identifier(delete.table()));
        where(delete.where(), out);
    }

    private void where(Expression condition, SqlWriter out) {
        if (condition != null) {
            out.append(" WHERE ");
            expression(condition, out);
        }
    }

    // ---- DDL ---------------------------------------------------------------------------------------

    protected void createTable(CreateTable table, SqlWriter out) {
        refuseBinds(out, "CREATE TABLE " + table.table());
        out.append("CREATE TABLE ").append(identifier(table.table())).append(" (");
        list(table.columns(), (column, w) -> columnDefinition(column, table, w), out);
        boolean identity = table.columns().stream().anyMatch(ColumnDef::identity);
        if (!table.primaryKey().isEmpty() && !(identity && identityDeclaresPrimaryKey())) {
            out.append(", PRIMARY KEY ");
            columnList(table.primaryKey(), out);
        }
        for (UniqueConstraint unique : table.uniques()) {
            out.append(", CONSTRAINT ").append(identifier(unique.name())).append(" UNIQUE ");
            columnList(unique.columns(), out);
        }
        for (ForeignKey key : table.foreignKeys()) {
            out.append(", ");
            foreignKey(key, out);
        }
        for (CheckConstraint check : table.checks()) {
            out.append(", CONSTRAINT ").append(identifier(check.name())).append(" CHECK (").append(check.condition())
                    .append(')');
        }
        out.append(')').append(tableOptions());
        if (table.comment() != null) {
            tableComment(table, out);
        }
        if (table.options() != null) {
            out.append(' ').append(table.options());
        }
    }

    /** A column of CREATE TABLE; primary key columns are NOT NULL whatever the definition says. */
    protected void columnDefinition(ColumnDef column, CreateTable table, SqlWriter out) {
        if (column.identity()) {
            identityColumn(column, out);
        } else {
            plainColumn(column, table, out);
        }
        if (column.options() != null) {
            out.append(' ').append(column.options());
        }
        if (column.comment() != null) {
            columnComment(table.table(), column, out);
        }
    }

    private void plainColumn(ColumnDef column, CreateTable table, SqlWriter out) {
        out.append(identifier(column.name())).append(' ').append(column.type());
        if (!column.nullable() || table.primaryKey().contains(column.name())) {
            out.append(" NOT NULL");
        }
        if (column.defaultValue() != null) {
            out.append(" DEFAULT ");
            if (column.defaultValue() instanceof Literal) {
                expression(column.defaultValue(), out);
            } else {
                out.append('(');
                expression(column.defaultValue(), out);
                out.append(')');
            }
        }
    }

    protected void foreignKey(ForeignKey key, SqlWriter out) {
        out.append("CONSTRAINT ").append(identifier(key.name())).append(" FOREIGN KEY ");
        columnList(key.columns(), out);
        out.append(" REFERENCES ").append(identifier(key.referencedTable())).append(' ');
        columnList(key.referencedColumns(), out);
        if (key.onDelete() != ForeignKey.Action.NO_ACTION) {
            out.append(" ON DELETE ").append(key.onDelete().sql());
        }
    }

    protected void addForeignKey(AddForeignKey add, SqlWriter out) {
        if (!supportsAddConstraint()) {
            throw unsupported("ALTER TABLE ... ADD CONSTRAINT (foreign key " + add.foreignKey().name() + " on "
                    + add.table() + ")", "Declare the foreign key in the table's CREATE TABLE.");
        }
        out.append("ALTER TABLE ").append(identifier(add.table())).append(" ADD ");
        foreignKey(add.foreignKey(), out);
    }

    protected void dropTable(DropTable drop, SqlWriter out) {
        out.append(drop.ifExists() ? "DROP TABLE IF EXISTS " : "DROP TABLE ").append(identifier(drop.table()));
    }

    protected void createIndex(CreateIndex index, SqlWriter out) {
        out.append(index.unique() ? "CREATE UNIQUE INDEX " : "CREATE INDEX ").append(identifier(index.name()))
                .append(" ON ").append(identifier(index.table())).append(" (");
        list(index.columns(), this::indexColumn, out);
        out.append(')');
    }

    private void indexColumn(IndexColumn column, SqlWriter out) {
        out.append(identifier(column.name()));
        if (column.descending()) {
            out.append(" DESC");
        }
    }

    protected void dropIndex(DropIndex drop, SqlWriter out) {
        out.append(drop.ifExists() ? "DROP INDEX IF EXISTS " : "DROP INDEX ").append(identifier(drop.name()));
    }

    protected void createSequence(CreateSequence sequence, SqlWriter out) {
        requireSequences("CREATE SEQUENCE " + sequence.name());
        out.append("CREATE SEQUENCE ").append(identifier(sequence.name())).append(" START WITH ")
                .append(String.valueOf(sequence.start())).append(" INCREMENT BY ")
                .append(String.valueOf(sequence.increment()));
    }

    protected void dropSequence(DropSequence drop, SqlWriter out) {
        requireSequences("DROP SEQUENCE " + drop.name());
        out.append(drop.ifExists() ? "DROP SEQUENCE IF EXISTS " : "DROP SEQUENCE ").append(identifier(drop.name()));
    }

    private void requireSequences(String what) {
        if (!supportsSequences()) {
            throw unsupported(what, "Use IDENTITY ids, or a table that holds the next id, on this database.");
        }
    }

    private static void refuseBinds(SqlWriter out, String statement) {
        out.refuseBinds(statement + " cannot take bind parameters: DDL is not prepared with values; use a Literal");
    }

    // ---- expressions ---------------------------------------------------------------------------------

    public final void expression(Expression expression, SqlWriter out) {
        expression.accept(dispatch, out);
    }

    /** Writes the expression, in parentheses when it binds looser than {@code minimum}. */
    protected final void operand(Expression expression, int minimum, SqlWriter out) {
        if (precedenceOf(expression) < minimum) {
            out.append('(');
            expression(expression, out);
            out.append(')');
        } else {
            expression(expression, out);
        }
    }

    protected final int precedenceOf(Expression expression) {
        return expression.accept(precedence, null);
    }

    /** How tightly a concatenation binds as this database writes it ({@code ||} binds tightest in standard SQL). */
    protected int concatPrecedence() {
        return CONCATENATION;
    }

    protected void columnRef(ColumnRef column, SqlWriter out) {
        if (column.tableAlias() != null) {
            out.append(identifier(column.tableAlias())).append('.');
        }
        out.append(identifier(column.column()));
    }

    protected void star(Star star, SqlWriter out) {
        if (star.tableAlias() != null) {
            out.append(identifier(star.tableAlias())).append('.');
        }
        out.append('*');
    }

    protected void literal(Literal literal, SqlWriter out) {
        Object value = literal.value();
        if (value == null) {
            out.append("NULL");
        } else if (value instanceof String text) {
            out.append(stringLiteral(text));
        } else if (value instanceof Boolean flag) {
            out.append(booleanLiteral(flag));
        } else if (value instanceof BigDecimal decimal) {
            out.append(decimal.toPlainString());
        } else {
            out.append(value.toString());
        }
    }

    protected void comparison(Comparison comparison, SqlWriter out) {
        operand(comparison.left(), ADDITIVE, out);
        out.append(' ').append(comparison.operator().sql()).append(' ');
        operand(comparison.right(), ADDITIVE, out);
    }

    protected void arithmetic(Arithmetic arithmetic, SqlWriter out) {
        int level = arithmetic.operator().multiplicative() ? MULTIPLICATIVE : ADDITIVE;
        operand(arithmetic.left(), level, out);
        out.append(' ').append(arithmetic.operator().sql()).append(' ');
        // left-associative: a - (b - c) keeps its parentheses
        operand(arithmetic.right(), level + 1, out);
    }

    protected void negate(Negate negate, SqlWriter out) {
        // parenthesised unless plainly a name or a marker: "--" would start a comment
        Expression operand = negate.operand();
        boolean plain = operand instanceof ColumnRef || operand instanceof BindParam;
        out.append(plain ? "-" : "-(");
        expression(operand, out);
        if (!plain) {
            out.append(')');
        }
    }

    protected void concat(Concat concat, SqlWriter out) {
        List<Expression> parts = concat.parts();
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                out.append(" || ");
            }
            operand(parts.get(i), CONCATENATION, out);
        }
    }

    protected void logical(Logical logical, SqlWriter out) {
        int level = logical.operator() == Logical.Operator.AND ? AND : OR;
        String separator = logical.operator() == Logical.Operator.AND ? " AND " : " OR ";
        List<Expression> operands = logical.operands();
        for (int i = 0; i < operands.size(); i++) {
            if (i > 0) {
                out.append(separator);
            }
            operand(operands.get(i), level, out);
        }
    }

    protected void not(Not not, SqlWriter out) {
        out.append("NOT (");
        expression(not.operand(), out);
        out.append(')');
    }

    protected void isNull(IsNull isNull, SqlWriter out) {
        operand(isNull.operand(), ADDITIVE, out);
        out.append(isNull.negated() ? " IS NOT NULL" : " IS NULL");
    }

    /** {@code x IN (...)}; an empty list, which SQL does not allow, is written as the constant it means. */
    protected void inList(InList in, SqlWriter out) {
        if (in.values().isEmpty()) {
            out.append(in.negated() ? "1 = 1" : "1 = 0");
            return;
        }
        operand(in.operand(), ADDITIVE, out);
        out.append(in.negated() ? " NOT IN (" : " IN (");
        list(in.values(), this::expression, out);
        out.append(')');
    }

    protected void inSubquery(InSubquery in, SqlWriter out) {
        operand(in.operand(), ADDITIVE, out);
        out.append(in.negated() ? " NOT IN (" : " IN (");
        select(in.query(), out);
        out.append(')');
    }

    protected void between(Between between, SqlWriter out) {
        operand(between.operand(), ADDITIVE, out);
        out.append(between.negated() ? " NOT BETWEEN " : " BETWEEN ");
        operand(between.low(), ADDITIVE, out);
        out.append(" AND ");
        operand(between.high(), ADDITIVE, out);
    }

    protected void like(Like like, SqlWriter out) {
        operand(like.operand(), ADDITIVE, out);
        out.append(like.negated() ? " NOT LIKE " : " LIKE ");
        operand(like.pattern(), ADDITIVE, out);
        if (like.escape() != null) {
            out.append(" ESCAPE ");
            operand(like.escape(), ADDITIVE, out);
        }
    }

    protected void exists(Exists exists, SqlWriter out) {
        out.append("EXISTS (");
        select(exists.query(), out);
        out.append(')');
    }

    protected void functionCall(FunctionCall call, SqlWriter out) {
        out.append(call.name()).append('(');
        if (call.distinct()) {
            out.append("DISTINCT ");
        }
        list(call.arguments(), this::expression, out);
        out.append(')');
    }

    protected void caseExpression(Case expression, SqlWriter out) {
        out.append("CASE");
        if (expression.operand() != null) {
            out.append(' ');
            expression(expression.operand(), out);
        }
        for (Case.When when : expression.whens()) {
            out.append(" WHEN ");
            expression(when.condition(), out);
            out.append(" THEN ");
            expression(when.result(), out);
        }
        if (expression.otherwise() != null) {
            out.append(" ELSE ");
            expression(expression.otherwise(), out);
        }
        out.append(" END");
    }

    protected void subquery(Subquery subquery, SqlWriter out) {
        out.append('(');
        select(subquery.query(), out);
        out.append(')');
    }

    /** A JPQL function; the default writes its standard-SQL spelling, dialects override what they spell otherwise. */
    protected void standardFunction(StandardFunction function, SqlWriter out) {
        StandardSpelling.write(this, function, out);
    }

    /** {@code left op ALL|ANY (SELECT ...)}. */
    protected void quantifiedComparison(QuantifiedComparison comparison, SqlWriter out) {
        operand(comparison.left(), ADDITIVE, out);
        out.append(' ').append(comparison.operator().sql()).append(' ').append(comparison.quantifier().name())
                .append(" (");
        select(comparison.query(), out);
        out.append(')');
    }

    protected void nextValue(NextValue next, SqlWriter out) {
        requireSequences("NEXT VALUE FOR " + next.sequence());
        out.append("NEXT VALUE FOR ").append(identifier(next.sequence()));
    }

    // ---- helpers -------------------------------------------------------------------------------------

    /** Writes the items separated by commas. */
    protected static <T> void list(List<T> items, BiConsumer<T, SqlWriter> item, SqlWriter out) {
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            item.accept(items.get(i), out);
        }
    }

    /** {@code NAME(arg, ...)}. */
    protected final void call(String name, List<Expression> arguments, SqlWriter out) {
        out.append(name).append('(');
        list(arguments, this::expression, out);
        out.append(')');
    }

    protected final void columnList(List<String> columns, SqlWriter out) {
        out.append('(');
        list(columns, (column, w) -> w.append(identifier(column)), out);
        out.append(')');
    }

    /** The parameters given, nulls left out, in order. */
    protected static List<BindParam> present(BindParam... parameters) {
        List<BindParam> present = new ArrayList<>(parameters.length);
        for (BindParam parameter : parameters) {
            if (parameter != null) {
                present.add(parameter);
            }
        }
        return present;
    }
}
