package dev.athanor.it.query.jpql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.athanor.it.Target;
import dev.athanor.it.persistence.JpaUnit;
import dev.athanor.it.query.ShopData;
import jakarta.persistence.EntityManager;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Thousands of random and mutated JPQL strings thrown at {@code createQuery}: each is accepted or refused
 * with an IllegalArgumentException that carries an ATH-9xxx code and a line and column; never another
 * exception, never a hang. Seeded, so a failure replays; one target (a SQLite file), since nothing here
 * runs a statement.
 */
class JpqlFuzzIT {

    private static final long SEED = 0x5EED_0006L;
    private static final int MUTANTS = 5_000;
    private static final int RANDOM_STRINGS = 500;

    /** Valid queries over the IT model, the material the mutations start from. */
    static final List<String> VALID = List.of(
            "SELECT c FROM Customer c",
            "SELECT c FROM Customer c WHERE c.name = 'Ann' ORDER BY c.id",
            "SELECT c.name, c.address.city FROM Customer c WHERE c.rating > 2",
            "SELECT DISTINCT c FROM Customer c JOIN c.orders o WHERE o.status = :s",
            "SELECT c FROM Customer c LEFT JOIN FETCH c.orders WHERE c.id IN :ids",
            "SELECT o FROM PurchaseOrder o JOIN FETCH o.customer WHERE o.gift = TRUE",
            "SELECT NEW dev.athanor.it.query.model.CustomerTotal(c.name, COUNT(o.id), SUM(l.quantity))"
                    + " FROM Customer c JOIN c.orders o JOIN o.lines l GROUP BY c.name",
            "SELECT c.name, COUNT(o) FROM Customer c LEFT JOIN c.orders o GROUP BY c.name HAVING COUNT(o) > 1",
            "SELECT p FROM Product p WHERE p.price BETWEEN 1 AND 10 ORDER BY p.price DESC NULLS LAST",
            "SELECT p FROM Product p WHERE p.name LIKE 'A%' ESCAPE '!' OR p.code NOT LIKE '_B%'",
            "SELECT p FROM Product p WHERE :t MEMBER OF p.tags AND p.tags IS NOT EMPTY",
            "SELECT c FROM Customer c WHERE EXISTS (SELECT o FROM PurchaseOrder o WHERE o.customer = c)",
            "SELECT p FROM Product p WHERE p.price > ALL (SELECT l.unitPrice FROM OrderLine l WHERE l.quantity > 5)",
            "SELECT p FROM Product p WHERE p.price = ANY (SELECT l.unitPrice FROM OrderLine l)",
            "SELECT CASE WHEN p.stock IS NULL THEN 0 ELSE p.stock END FROM Product p",
            "SELECT COALESCE(c.email, c.name), NULLIF(c.rating, 0) FROM Customer c",
            "SELECT UPPER(c.name), LOWER(c.name), TRIM(c.name), LENGTH(c.name), LOCATE('n', c.name) FROM Customer c",
            "SELECT SUBSTRING(p.code, 1, 2), CONCAT(p.name, '-', p.code), p.name || p.code FROM Product p",
            "SELECT LEFT(p.name, 2), RIGHT(p.name, 2), REPLACE(p.name, 'a', 'b') FROM Product p",
            "SELECT ABS(l.quantity), SQRT(l.unitPrice), MOD(l.quantity, 3), SIZE(o.lines) FROM OrderLine l JOIN l.order o",
            "SELECT CEILING(p.price), FLOOR(p.price), EXP(p.price), LN(p.price), POWER(p.price, 2), ROUND(p.price, 1),"
                    + " SIGN(p.price) FROM Product p",
            "SELECT CAST(l.quantity AS String), EXTRACT(YEAR FROM o.shipDate) FROM OrderLine l JOIN l.order o",
            "SELECT o FROM PurchaseOrder o WHERE o.shipDate < CURRENT_DATE AND o.placedAt < CURRENT_TIMESTAMP",
            "SELECT c.name FROM Customer c WHERE c.address.city = 'Paris' UNION SELECT c.name FROM Customer c",
            "SELECT c.name FROM Customer c INTERSECT SELECT c2.name FROM Customer c2 EXCEPT SELECT t.label FROM Tag t",
            "UPDATE Product p SET p.price = p.price * 2, p.name = :n WHERE p.stock IS NULL",
            "DELETE FROM OrderLine l WHERE l.quantity < ?1",
            "SELECT id(o), version(o) FROM PurchaseOrder o WHERE o.customer.id = ?1",
            "FROM Customer WHERE name = :name",
            "SELECT t.label, COUNT(p) FROM Tag t LEFT JOIN t.products p ON p.price > 2 GROUP BY t.label",
            "SELECT c, p FROM Customer c JOIN Product p ON p.stock = c.rating, IN(c.orders) o WHERE TYPE(c) = Customer",
            "SELECT FUNCTION('lower', c.name) FROM Customer c WHERE c.id = (SELECT MAX(c2.id) FROM Customer c2)");

    /** Tokens of JPQL text: strings, identifiers, numbers, parameters, two-character operators, single characters. */
    private static final Pattern TOKEN = Pattern.compile(
            "'(?:[^']|'')*'|[A-Za-z_][A-Za-z_0-9]*|\\d+(?:\\.\\d+)?|[:?][A-Za-z_0-9]+|<>|<=|>=|\\|\\||\\S");

    /** What a mutation may put in: keywords, literals of every type, names of the model, stray symbols. */
    private static final List<String> INSERTS = List.of("SELECT", "FROM", "WHERE", "JOIN", "FETCH", "ON", "AND", "OR",
            "NOT", "IN", "IS", "NULL", "EMPTY", "MEMBER", "OF", "BETWEEN", "LIKE", "ESCAPE", "GROUP", "BY", "HAVING",
            "ORDER", "ASC", "DESC", "NULLS", "FIRST", "DISTINCT", "NEW", "CASE", "WHEN", "THEN", "ELSE", "END",
            "UNION", "ALL", "ANY", "EXISTS", "COUNT", "SUM", "AVG", "TRUE", "FALSE", "42", "3.5", "'text'", "''",
            ":p", "?1", "?", ":", "(", ")", ",", ".", "=", "<>", "<", ">=", "+", "-", "*", "/", "||", "c", "o", "p",
            "Customer", "Customr", "PurchaseOrder", "Product", "Tag", "name", "Name", "orders", "lines", "price",
            "address", "city", "status", "gift", "quantity", "UPPER", "SUBSTRING", "CAST", "EXTRACT", "TYPE",
            "TREAT", "KEY", "VALUE", "INDEX", "id", "version", "this", "\"", "'", "#", "$", "{", "}", ";", "\\",
            "\u00e9t\u00e9", "\u0000", "\n", "0x1F", "1e309", "99999999999999999999");

    @TempDir
    Path dir;

    @Test
    void createQueryOnlyEverAcceptsOrRefusesWithAPositionedCode() {
        try (JpaUnit unit = JpaUnit.open(Target.SQLITE_FILE, dir, ShopData.CLASSES)) {
            List<String> failures = assertTimeoutPreemptively(Duration.ofMinutes(3), () -> fuzz(unit));
            assertThat(failures).as("queries that ended in neither success nor a positioned ATH-9xxx"
                    + " IllegalArgumentException (first ones shown)").isEmpty();
        }
    }

    private static List<String> fuzz(JpaUnit unit) {
        Random random = new Random(SEED);
        List<String> failures = new ArrayList<>();
        int accepted = 0;
        int refused = 0;
        try (EntityManager em = unit.em()) {
            for (String valid : VALID) {
                em.createQuery(valid); // the material must be valid, or the mutants prove little
            }
            List<String> inputs = new ArrayList<>(MUTANTS + RANDOM_STRINGS);
            for (int i = 0; i < MUTANTS; i++) {
                String query = VALID.get(random.nextInt(VALID.size()));
                int rounds = 1 + random.nextInt(3);
                for (int r = 0; r < rounds; r++) {
                    query = mutate(query, random);
                }
                inputs.add(query);
            }
            for (int i = 0; i < RANDOM_STRINGS; i++) {
                inputs.add(randomText(random));
            }
            for (String query : inputs) {
                try {
                    em.createQuery(query);
                    accepted++;
                } catch (IllegalArgumentException e) {
                    refused++;
                    String message = String.valueOf(e.getMessage());
                    // a blank query has no offending text to point at; everything else must say where
                    boolean positioned = message.contains("line ") || query.isBlank();
                    if (!message.matches("(?s).*ATH-9\\d{3}.*") || !positioned) {
                        record(failures, query, e);
                    }
                } catch (Throwable e) {
                    record(failures, query, e);
                }
            }
        }
        // most mutants must be broken, and some must survive, or the mutations are not doing their job
        assertThat(refused).isGreaterThan(MUTANTS / 2);
        assertThat(accepted).isPositive();
        return failures;
    }

    /** Keeps the first query of each kind of failure (exception class and first line of its message). */
    private static void record(List<String> failures, String query, Throwable e) {
        String message = String.valueOf(e.getMessage()).strip();
        String kind = e.getClass().getName() + ": " + message.lines().findFirst().orElse("");
        if (failures.size() < 25 && failures.stream().noneMatch(f -> f.endsWith(kind))) {
            failures.add(query.replace("\n", "\\n") + "\n    -> " + kind);
        }
    }

    /** One mutation of {@code query}, keeping the text between tokens as it was. */
    static String mutate(String query, Random random) {
        List<int[]> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(query);
        while (m.find()) {
            tokens.add(new int[] {m.start(), m.end()});
        }
        if (tokens.isEmpty()) {
            return query + INSERTS.get(random.nextInt(INSERTS.size()));
        }
        int[] t = tokens.get(random.nextInt(tokens.size()));
        String token = query.substring(t[0], t[1]);
        return switch (random.nextInt(8)) {
            case 0 -> query.substring(0, t[0]) + query.substring(t[1]); // delete a token
            case 1 -> query.substring(0, t[1]) + " " + token + query.substring(t[1]); // duplicate it
            case 2 -> { // swap it with the next token
                int index = tokens.indexOf(t);
                if (index + 1 >= tokens.size()) {
                    yield query.substring(0, t[0]);
                }
                int[] next = tokens.get(index + 1);
                yield query.substring(0, t[0]) + query.substring(next[0], next[1]) + query.substring(t[1], next[0])
                        + token + query.substring(next[1]);
            }
            case 3 -> query.substring(0, t[0]) + misspell(token, random) + query.substring(t[1]); // misspell a name
            case 4 -> query.substring(0, t[0]) + INSERTS.get(random.nextInt(INSERTS.size())) + query.substring(t[1]);
            case 5 -> query.substring(0, t[0]) + INSERTS.get(random.nextInt(INSERTS.size())) + " " + query.substring(t[0]);
            case 6 -> query.substring(0, random.nextInt(query.length() + 1)); // truncate
            default -> { // random characters somewhere
                int at = random.nextInt(query.length() + 1);
                yield query.substring(0, at) + randomChars(random, 1 + random.nextInt(3)) + query.substring(at);
            }
        };
    }

    private static String misspell(String token, Random random) {
        if (token.length() < 2) {
            return token + token;
        }
        StringBuilder out = new StringBuilder(token);
        int at = random.nextInt(token.length());
        switch (random.nextInt(4)) {
            case 0 -> out.deleteCharAt(at);
            case 1 -> out.insert(at, (char) ('a' + random.nextInt(26)));
            case 2 -> out.setCharAt(at, Character.isUpperCase(token.charAt(at))
                    ? Character.toLowerCase(token.charAt(at)) : Character.toUpperCase(token.charAt(at)));
            default -> {
                int other = Math.min(at + 1, token.length() - 1);
                char c = out.charAt(at);
                out.setCharAt(at, out.charAt(other));
                out.setCharAt(other, c);
            }
        }
        return out.toString();
    }

    private static String randomText(Random random) {
        StringBuilder out = new StringBuilder();
        int words = random.nextInt(12);
        for (int i = 0; i < words; i++) {
            out.append(random.nextInt(3) == 0 ? randomChars(random, 1 + random.nextInt(4))
                    : INSERTS.get(random.nextInt(INSERTS.size()))).append(random.nextBoolean() ? " " : "");
        }
        return out.toString();
    }

    private static String randomChars(Random random, int count) {
        String alphabet = "abcXYZ019 _.,:;?!()'\"|=<>+-*/%@#\\\t\n\u00e9\u20ac\ud83d\ude00";
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < count; i++) {
            out.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return out.toString();
    }
}
