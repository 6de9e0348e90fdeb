package dev.athanor.core.query.jpql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.query.QueryException;
import dev.athanor.core.query.tree.QueryTree;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Feeds the parser tens of thousands of seeded random and mutated inputs: each must parse or fail with a
 * QUERY_SYNTAX QueryException positioned inside the text, never any other exception, and never hang.
 */
class JpqlParserFuzzTest {

    private static final long SEED = 0x5EEDL;
    private static final int RANDOM_SEQUENCES = 6_000;
    private static final int MUTATIONS_PER_QUERY = 450;
    private static final int NESTINGS = 1_000;

    static final List<String> CORPUS = List.of(
            "SELECT e FROM Employee e",
            "SELECT DISTINCT e.name AS n, e.age a FROM Employee e WHERE e.age > 30 ORDER BY n DESC NULLS LAST",
            "select o from Order o join o.lines l left outer join fetch o.customer where l.qty >= :min",
            "SELECT NEW com.example.Summary(e.name, COUNT(t)) FROM Employee e LEFT JOIN e.tasks t GROUP BY e.name",
            "SELECT e FROM Employee e WHERE e.salary BETWEEN 1000 AND 2000.5 OR e.name LIKE 'A%' ESCAPE '!'",
            "SELECT e FROM Employee e WHERE e.id IN (1, 2, 3) AND e.dept NOT IN :depts AND e.boss IN ?1",
            "SELECT e FROM Employee e WHERE e.boss IS NOT NULL AND e.tasks IS EMPTY",
            "SELECT e FROM Employee e WHERE :t MEMBER OF e.tasks AND NOT EXISTS (SELECT x FROM e.tasks x WHERE x.done = TRUE)",
            "SELECT e FROM Employee e WHERE e.salary > ALL (SELECT m.salary FROM Manager m WHERE m.dept = e.dept)",
            "SELECT e FROM Employee e WHERE e.salary = SOME (SELECT m.salary FROM Manager m) OR e.age < ANY (SELECT 1 FROM X x)",
            "SELECT CASE WHEN e.age < 18 THEN 'minor' ELSE 'adult' END FROM Employee e",
            "SELECT CASE e.kind WHEN 1 THEN 'a' WHEN 2 THEN 'b' END, COALESCE(e.a, e.b, 0), NULLIF(e.a, 0) FROM E e",
            "SELECT UPPER(e.name) || ' ' || LOWER(e.last), LENGTH(e.name), LOCATE('x', e.name, 2) FROM E e",
            "SELECT TRIM(LEADING 'x' FROM e.name), TRIM(e.name), TRIM(BOTH FROM e.name) FROM E e",
            "SELECT SUBSTRING(e.name, 1, 3), CONCAT(e.a, e.b), LEFT(e.a, 2), RIGHT(e.a, 2), REPLACE(e.a, 'x', 'y') FROM E e",
            "SELECT ABS(e.a), SQRT(e.a), MOD(e.a, 3), CEILING(e.a), FLOOR(e.a), EXP(e.a), LN(e.a) FROM E e",
            "SELECT POWER(e.a, 2), ROUND(e.a, 1), SIGN(e.a), SIZE(e.tasks), INDEX(t) FROM E e JOIN e.tasks t",
            "SELECT CAST(e.age AS String), EXTRACT(YEAR FROM e.born), FUNCTION('soundex', e.name) FROM E e",
            "SELECT CURRENT_DATE, CURRENT_TIME, CURRENT_TIMESTAMP, LOCAL DATE, LOCAL TIME, LOCAL DATETIME FROM E e",
            "SELECT e FROM E e WHERE TYPE(e) = Manager AND TREAT(e.boss AS Manager).level > 2",
            "SELECT KEY(m), VALUE(m).name, ENTRY(m) FROM E e JOIN e.map m",
            "SELECT ID(e), VERSION(e) FROM E e WHERE ID(e) = :id",
            "SELECT e FROM E e WHERE e.born > {d '2024-01-31'} AND e.at < {ts '2024-01-31 10:15:30.5'} AND e.t = {t '10:00:00'}",
            "SELECT 1 + 2 * -e.x / (3 - e.y), -5, 10L, 1.5F, 2.5D, 3BD, 4BI, 1e10 FROM E e",
            "SELECT e.dept, SUM(e.salary), AVG(DISTINCT e.age), MIN(e.a), MAX(e.a) FROM E e GROUP BY e.dept HAVING COUNT(e) > 1",
            "SELECT a.x FROM A a UNION ALL SELECT b.x FROM B b INTERSECT SELECT c.x FROM C c EXCEPT SELECT d.x FROM D d ORDER BY 1",
            "SELECT a.x FROM A a INTERSECT (SELECT b.x FROM B b UNION SELECT c.x FROM C c)",
            "UPDATE Employee e SET e.salary = e.salary * 1.1, e.boss = NULL WHERE e.id = :id",
            "UPDATE Employee SET salary = 1",
            "DELETE FROM Employee e WHERE e.age > 70 AND e.tasks IS EMPTY",
            "DELETE FROM Employee",
            "FROM Person",
            "SELECT name FROM Person WHERE age > 3",
            "FROM Person p WHERE p.age >= 18 ORDER BY p.name",
            "SELECT o FROM Order o, IN (o.lines) l WHERE l.product.name = 'it''s'",
            "SELECT o FROM Order o JOIN Customer c ON c.email = o.email LEFT JOIN TREAT(o.owner AS Person) p ON p.x = 1",
            "SELECT e, (SELECT COUNT(t) FROM Task t WHERE t.owner = e) FROM Employee e WHERE e.a != 3",
            "SELECT e FROM E e WHERE (e.a = 1 OR e.b = 2) AND NOT (e.c = 3) ORDER BY e.a ASC, e.b DESC NULLS FIRST",
            "SELECT OBJECT(e) FROM E e WHERE e.status = com.example.Status.OPEN",
            "SELECT e FROM E e WHERE EXISTS (SELECT 1 FROM IN e.lines l WHERE l.qty > 0)");

    private static final String[] VOCABULARY = {
        "SELECT", "DISTINCT", "FROM", "WHERE", "GROUP", "BY", "HAVING", "ORDER", "ASC", "DESC", "NULLS", "FIRST",
        "LAST", "AS", "JOIN", "LEFT", "OUTER", "INNER", "FETCH", "ON", "IN", "AND", "OR", "NOT", "BETWEEN", "LIKE",
        "ESCAPE", "IS", "NULL", "EMPTY", "MEMBER", "OF", "EXISTS", "ALL", "ANY", "SOME", "CASE", "WHEN", "THEN",
        "ELSE", "END", "NEW", "UPDATE", "SET", "DELETE", "UNION", "INTERSECT", "EXCEPT", "TRUE", "FALSE", "TREAT",
        "KEY", "VALUE", "ENTRY", "TYPE", "ID", "VERSION", "COUNT", "SUM", "AVG", "MIN", "MAX", "UPPER", "TRIM",
        "LEADING", "TRAILING", "BOTH", "CAST", "EXTRACT", "YEAR", "FUNCTION", "COALESCE", "NULLIF", "SUBSTRING",
        "LOCAL", "DATE", "TIME", "DATETIME", "CURRENT_DATE", "OBJECT", "e", "o", "x", "Employee", "name", "(", ")",
        ",", ".", "=", "<>", "!=", "<", "<=", ">", ">=", "+", "-", "*", "/", "||", "{", "}", "d", "ts", ":p", "?1",
        "?0", "1", "2.5", "10L", "3BD", "1e5", "'s'", "'2024-01-31'", "'unterminated", "é", "\n", ";",
    };

    private static final Pattern TOKEN = Pattern.compile("'(?:[^']|'')*'|\\w+|<>|<=|>=|!=|\\|\\||\\S");
    private static final String ODD_CHARS = "()'.,:?{}=<>!|-+*/ \n\t;\"#@\\`é😀\u0000\u00A0\uD800";

    private final Random random = new Random(SEED);
    private int runs;

    @Test
    void corpusQueriesParse() {
        for (String query : CORPUS) {
            assertThat(JpqlParser.parse(query)).as(query).isInstanceOf(QueryTree.class);
        }
    }

    /** About 25,000 inputs; a few seconds here, so the timeout only catches a hang (a lexer that stops advancing). */
    @Test
    void randomAndMutatedInputsParseOrFailWithSyntaxError() {
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            for (int i = 0; i < RANDOM_SEQUENCES; i++) {
                check(randomSequence());
            }
            for (String query : CORPUS) {
                List<String> tokens = tokens(query);
                for (int i = 0; i < MUTATIONS_PER_QUERY; i++) {
                    check(mutate(query, tokens));
                }
            }
            for (int i = 0; i < NESTINGS; i++) {
                check(deepNesting());
            }
        });
        assertThat(runs).isGreaterThanOrEqualTo(20_000);
    }

    private void check(String input) {
        runs++;
        try {
            assertThat(JpqlParser.parse(input)).isNotNull();
        } catch (QueryException e) {
            if (e.code() != ErrorCode.QUERY_SYNTAX || e.position() < 0 || e.position() > input.length()) {
                throw new AssertionError("bad error " + e.code() + " at " + e.position() + " for: " + input, e);
            }
            assertThat(e.getMessage()).startsWith("ATH-9001");
        } catch (Throwable t) {
            throw new AssertionError("parser threw " + t + " for: " + input, t);
        }
    }

    private String randomSequence() {
        int length = 1 + random.nextInt(30);
        StringBuilder text = new StringBuilder(random.nextBoolean() ? "SELECT " : "");
        for (int i = 0; i < length; i++) {
            text.append(VOCABULARY[random.nextInt(VOCABULARY.length)]).append(random.nextInt(4) == 0 ? "" : " ");
        }
        return text.toString();
    }

    private static List<String> tokens(String query) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(query);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }

    private String mutate(String query, List<String> original) {
        List<String> tokens = new ArrayList<>(original);
        switch (random.nextInt(8)) {
            case 0 -> tokens.remove(random.nextInt(tokens.size()));
            case 1 -> {
                int at = random.nextInt(tokens.size());
                tokens.add(at, tokens.get(at));
            }
            case 2 -> {
                int a = random.nextInt(tokens.size());
                int b = random.nextInt(tokens.size());
                String swap = tokens.get(a);
                tokens.set(a, tokens.get(b));
                tokens.set(b, swap);
            }
            case 3 -> tokens.add(random.nextInt(tokens.size() + 1), VOCABULARY[random.nextInt(VOCABULARY.length)]);
            case 4 -> {
                return query.substring(0, random.nextInt(query.length() + 1));
            }
            case 5 -> {
                StringBuilder text = new StringBuilder(query);
                for (int i = 1 + random.nextInt(3); i > 0 && text.length() > 0; i--) {
                    text.deleteCharAt(random.nextInt(text.length()));
                }
                return text.toString();
            }
            case 6 -> {
                StringBuilder text = new StringBuilder(query);
                int at = random.nextInt(text.length() + 1);
                int cp = random.nextInt(3) == 0 ? random.nextInt(0x2FFFF)
                        : ODD_CHARS.codePointAt(ODD_CHARS.offsetByCodePoints(0,
                                random.nextInt(ODD_CHARS.codePointCount(0, ODD_CHARS.length()))));
                if (Character.isValidCodePoint(cp)) {
                    text.insert(at, Character.toChars(cp));
                }
                return text.toString();
            }
            default -> {
                StringBuilder text = new StringBuilder(query);
                int a = random.nextInt(text.length());
                int b = random.nextInt(text.length());
                char swap = text.charAt(a);
                text.setCharAt(a, text.charAt(b));
                text.setCharAt(b, swap);
                return text.toString();
            }
        }
        return String.join(random.nextInt(5) == 0 ? "" : " ", tokens);
    }

    private String deepNesting() {
        String[][] shapes = {
            {"(", ")"}, {"NOT ", ""}, {"-", ""}, {"UPPER(", ")"}, {"(SELECT x FROM X x WHERE ", ")"},
            {"CASE WHEN ", " THEN 1 END = 1"}, {"COALESCE(", ", 1)"}, {"EXISTS (SELECT y FROM Y y WHERE ", ")"},
            {"TREAT(", " AS T).x"}, {"(SELECT a FROM A a) IN (", ")"},
        };
        String[] shape = shapes[random.nextInt(shapes.length)];
        int depth = random.nextInt(400);
        boolean closed = random.nextInt(4) != 0;
        StringBuilder text = new StringBuilder("SELECT e FROM E e WHERE ");
        text.append(shape[0].repeat(depth)).append("e.a = 1");
        if (closed) {
            text.append(shape[1].repeat(depth));
        }
        return text.toString();
    }
}
