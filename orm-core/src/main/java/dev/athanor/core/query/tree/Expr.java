package dev.athanor.core.query.tree;

import java.util.List;

/**
 * A JPQL expression or condition as written: names are not resolved and nothing is typed yet. The
 * parser builds these from query text and the Criteria API builds the same nodes, so that both share
 * every later rule (resolution, typing, translation, the plan cache).
 *
 * <p>{@code pos} is the offset of the node's first character in the query text, for error messages
 * (line and column are computed from it); nodes built by Criteria have {@link #NO_POSITION}. Nodes are
 * records, so two trees built the same way are equal: Criteria queries are cached by their tree.
 */
public sealed interface Expr {

    /** The position of nodes that were not parsed from text. */
    int NO_POSITION = -1;

    /** Offset of the first character in the query text, or {@link #NO_POSITION}. */
    int pos();

    /**
     * A dotted name: {@code e}, {@code e.address.city}, {@code city} (omitted identification variable),
     * {@code com.example.Status.OPEN} (an enum constant) or {@code Employee} (an entity type literal,
     * as in {@code TYPE(e) = Employee}); resolution decides which. With a qualifier, the names follow
     * it: {@code TREAT(e.owner AS Person).name}, {@code KEY(m).id}, {@code VALUE(m).name}.
     *
     * @param qualifier what the names are taken from, or null when the first name starts the path
     * @param names the dotted names, at least one unless there is a qualifier
     */
    record Path(int pos, Expr qualifier, List<String> names) implements Expr {
        public Path {
            names = List.copyOf(names);
            if (qualifier == null && names.isEmpty()) {
                throw new IllegalArgumentException("a path has at least one name");
            }
        }

        public static Path of(int pos, String... names) {
            return new Path(pos, null, List.of(names));
        }
    }

    /**
     * A literal written in the query, or a value given to {@code CriteriaBuilder.literal}: a String,
     * Integer, Long, Float, Double, BigInteger, BigDecimal or Boolean from text; any value from
     * Criteria (an enum constant, a date). {@code NULL} is a literal whose value is null.
     * JDBC escapes ({@code {d '2024-01-31'}}, {@code {t '...'}}, {@code {ts '...'}}) become
     * LocalDate, LocalTime and LocalDateTime values.
     */
    record Literal(int pos, Object value) implements Expr {
    }

    /** {@code :name} (name set, position 0) or {@code ?3} (name null, position 3). */
    record Param(int pos, String name, int position) implements Expr {
        public Param {
            if ((name == null) == (position <= 0)) {
                throw new IllegalArgumentException("a parameter has a name or a position from 1, not both");
            }
        }

        /** {@code :name} or {@code ?n}, as written. */
        public String label() {
            return name != null ? ":" + name : "?" + position;
        }
    }

    /** {@code -operand}; unary plus is dropped by the parser. */
    record Negate(int pos, Expr operand) implements Expr {
    }

    /** {@code left op right} for + - * /; string concatenation is {@code Call("CONCAT")}. */
    record Arithmetic(int pos, ArithmeticOp op, Expr left, Expr right) implements Expr {
    }

    enum ArithmeticOp {
        PLUS("+"), MINUS("-"), TIMES("*"), DIVIDE("/");

        private final String text;

        ArithmeticOp(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }

    /**
     * A built-in function by its upper-case JPQL name, arguments as written: UPPER LOWER LENGTH LOCATE
     * SUBSTRING CONCAT LEFT RIGHT REPLACE ABS SQRT MOD CEILING FLOOR EXP LN POWER ROUND SIGN SIZE INDEX
     * COALESCE NULLIF KEY VALUE ENTRY TYPE ID VERSION. ({@code a || b} is CONCAT; TRIM, CAST, EXTRACT,
     * aggregates and FUNCTION have nodes of their own.)
     */
    record Call(int pos, String name, List<Expr> args) implements Expr {
        public Call {
            args = List.copyOf(args);
        }
    }

    /** {@code FUNCTION('name', args...)}: a database function, called as named. */
    record DatabaseFunction(int pos, String name, List<Expr> args) implements Expr {
        public DatabaseFunction {
            args = List.copyOf(args);
        }
    }

    /** {@code TRIM([LEADING|TRAILING|BOTH] [character] FROM source)}; character null means a space. */
    record Trim(int pos, TrimSpec spec, Expr character, Expr source) implements Expr {
    }

    enum TrimSpec {
        LEADING, TRAILING, BOTH
    }

    /** {@code CAST(operand AS type)}, type as written (String, Integer, Long, Float, Double, ...). */
    record Cast(int pos, Expr operand, String type) implements Expr {
    }

    /** {@code EXTRACT(field FROM source)}, field upper-case: YEAR QUARTER MONTH WEEK DAY HOUR MINUTE SECOND DATE TIME. */
    record Extract(int pos, String field, Expr source) implements Expr {
    }

    /** CURRENT_DATE, CURRENT_TIME, CURRENT_TIMESTAMP, LOCAL DATE, LOCAL TIME, LOCAL DATETIME. */
    record CurrentTemporal(int pos, Temporal kind) implements Expr {
    }

    enum Temporal {
        CURRENT_DATE, CURRENT_TIME, CURRENT_TIMESTAMP, LOCAL_DATE, LOCAL_TIME, LOCAL_DATETIME
    }

    /** {@code COUNT SUM AVG MIN MAX}, with DISTINCT or not; {@code COUNT(e)} counts entities. */
    record Aggregate(int pos, AggregateFunction function, boolean distinct, Expr argument) implements Expr {
    }

    enum AggregateFunction {
        COUNT, SUM, AVG, MIN, MAX
    }

    /** {@code TREAT(path AS EntityName)}; used as a path's qualifier or a join's target. */
    record Treat(int pos, Expr path, String entityName) implements Expr {
    }

    /** {@code CASE [operand] WHEN .. THEN .. [ELSE ..] END}; operand null for a searched CASE. */
    record Case(int pos, Expr operand, List<When> whens, Expr otherwise) implements Expr {
        public Case {
            whens = List.copyOf(whens);
        }
    }

    /** One {@code WHEN condition-or-value THEN result}. */
    record When(Expr when, Expr then) {
    }

    /** A subquery used as a value or in IN: {@code (SELECT ...)}. */
    record SubqueryExpr(int pos, QueryTree.QuerySpec query) implements Expr {
    }

    /** {@code ALL|ANY|SOME (subquery)}, the right side of a comparison. */
    record Quantified(int pos, Quantifier quantifier, QueryTree.QuerySpec query) implements Expr {
    }

    enum Quantifier {
        ALL, ANY, SOME
    }

    /** {@code NEW com.example.Dto(arg, ...)}, in a select list only. */
    record Constructor(int pos, String className, List<Expr> args) implements Expr {
        public Constructor {
            args = List.copyOf(args);
        }
    }

    // ---- conditions ----

    /** {@code left op right}. */
    record Comparison(int pos, ComparisonOp op, Expr left, Expr right) implements Expr {
    }

    enum ComparisonOp {
        EQ("="), NE("<>"), LT("<"), LE("<="), GT(">"), GE(">=");

        private final String text;

        ComparisonOp(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }

    /** {@code value [NOT] BETWEEN low AND high}. */
    record Between(int pos, boolean not, Expr value, Expr low, Expr high) implements Expr {
    }

    /**
     * {@code value [NOT] IN (a, b, ...)}, {@code IN :collectionParameter} (one {@link Param} item, no
     * parentheses needed) or {@code IN (subquery)} (one {@link SubqueryExpr} item).
     */
    record In(int pos, boolean not, Expr value, List<Expr> items) implements Expr {
        public In {
            items = List.copyOf(items);
        }
    }

    /** {@code value [NOT] LIKE pattern [ESCAPE escape]}; escape may be null. */
    record Like(int pos, boolean not, Expr value, Expr pattern, Expr escape) implements Expr {
    }

    /** {@code value IS [NOT] NULL}. */
    record IsNull(int pos, boolean not, Expr value) implements Expr {
    }

    /** {@code collectionPath IS [NOT] EMPTY}. */
    record IsEmpty(int pos, boolean not, Expr collection) implements Expr {
    }

    /** {@code value [NOT] MEMBER [OF] collectionPath}. */
    record MemberOf(int pos, boolean not, Expr value, Expr collection) implements Expr {
    }

    /** {@code [NOT] EXISTS (subquery)}. */
    record Exists(int pos, boolean not, QueryTree.QuerySpec query) implements Expr {
    }

    /** {@code a AND b AND ...} (two or more operands). */
    record And(int pos, List<Expr> operands) implements Expr {
        public And {
            operands = List.copyOf(operands);
        }
    }

    /** {@code a OR b OR ...} (two or more operands). */
    record Or(int pos, List<Expr> operands) implements Expr {
        public Or {
            operands = List.copyOf(operands);
        }
    }

    /** {@code NOT operand}. */
    record Not(int pos, Expr operand) implements Expr {
    }
}
