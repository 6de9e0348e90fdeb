package dev.athanor.core.query.compile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athanor.core.query.QueryException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Valid queries over the {@link Shop} mutated at random (tokens dropped, repeated, swapped or replaced by
 * names of the model): compiling either succeeds or throws a {@link QueryException}, never another
 * exception, so that a user's mistake is always reported as one.
 */
class CompilerFuzzTest {

    private static final List<String> SEEDS = List.of(
            "SELECT o FROM Order o JOIN FETCH o.lines l JOIN FETCH l.product WHERE o.total > 10 ORDER BY o.placed",
            "SELECT c.fullname, COUNT(o) FROM Customer c LEFT JOIN c.orders o GROUP BY c.fullname HAVING COUNT(o) > 1",
            "SELECT o FROM Order o WHERE o.customer = :c AND o.status IN :s AND :t MEMBER OF o.tags",
            "SELECT NEW dev.athanor.core.query.compile.Shop$CustomerTotal(c.fullname, COUNT(o)) FROM Customer c"
                    + " JOIN c.orders o GROUP BY c.fullname",
            "SELECT c FROM Customer c WHERE c.orders IS EMPTY OR SIZE(c.favourites) > 1 AND c.address.city LIKE 'O%'",
            "UPDATE Order o SET o.items = o.items + 1, o.customer = NULL WHERE o.status = ?1",
            "DELETE FROM Customer c WHERE NOT EXISTS (SELECT o FROM Order o WHERE o.customer = c)",
            "SELECT c.fullname AS n FROM Customer c UNION SELECT p.name FROM Product p ORDER BY n",
            "SELECT CASE WHEN o.items > 2 THEN UPPER(c.fullname) ELSE COALESCE(c.address.city, 'x') END,"
                    + " EXTRACT(YEAR FROM o.placed), MOD(o.items, 3), o.total / 2 FROM Order o JOIN o.customer c",
            "SELECT o.id FROM Order o WHERE o.total >= ALL (SELECT o2.total FROM Order o2) AND TYPE(o.customer) ="
                    + " Customer AND ID(o) BETWEEN 1 AND 10",
            "SELECT t.label, VERSION(o) FROM Order o JOIN o.tags t WHERE EXISTS (SELECT l FROM o.lines l WHERE"
                    + " l.product.sku = :sku)");

    private static final List<String> WORDS = List.of("o", "c", "l", "p", "t", "Order", "Customer", "Product",
            "lines", "orders", "tags", "customer", "address", "city", "status", "total", "items", "sku", "id",
            "version", "fullname", ".", ",", "(", ")", "=", "<", "+", "/", "'x'", "1", "2.5", "NULL", "TRUE", ":p",
            "?1", "SELECT", "FROM", "WHERE", "JOIN", "FETCH", "LEFT", "ON", "AND", "OR", "NOT", "IN", "IS", "EMPTY",
            "MEMBER", "OF", "GROUP", "BY", "HAVING", "ORDER", "COUNT", "SUM", "AVG", "MAX", "SIZE", "KEY", "VALUE",
            "TREAT", "AS", "NEW", "CASE", "WHEN", "THEN", "ELSE", "END", "EXISTS", "ALL", "ANY", "UNION", "DISTINCT",
            "dev.athanor.core.query.compile.Shop.Status.OPEN", "LOCAL", "DATE", "CAST", "String", "TYPE");

    @Test
    void mutatedQueriesFailOnlyWithQueryExceptions() {
        Random random = new Random(Long.getLong("fuzz.seed", 20261206L));
        int compiled = 0;
        for (int i = 0; i < Integer.getInteger("fuzz.runs", 6000); i++) {
            String query = mutate(SEEDS.get(random.nextInt(SEEDS.size())), random);
            try {
                CompilerFixture.compile(query);
                compiled++;
            } catch (QueryException expected) {
                assertThat(expected.getMessage()).startsWith("ATH-90");
            } catch (RuntimeException | StackOverflowError e) {
                throw new AssertionError("compiling [" + query + "] threw " + e, e);
            }
        }
        assertThat(compiled).isPositive();
    }

    @Test
    void theSeedsCompile() {
        SEEDS.forEach(CompilerFixture::compile);
    }

    private static String mutate(String seed, Random random) {
        List<String> tokens = new ArrayList<>(List.of(seed.replace("(", " ( ").replace(")", " ) ").replace(",", " , ")
                .replace(".", " . ").trim().split("\\s+")));
        int edits = 1 + random.nextInt(3);
        for (int e = 0; e < edits && !tokens.isEmpty(); e++) {
            int at = random.nextInt(tokens.size());
            switch (random.nextInt(4)) {
                case 0 -> tokens.remove(at);
                case 1 -> tokens.add(at, tokens.get(random.nextInt(tokens.size())));
                case 2 -> tokens.set(at, WORDS.get(random.nextInt(WORDS.size())));
                default -> {
                    int other = random.nextInt(tokens.size());
                    String swap = tokens.get(at);
                    tokens.set(at, tokens.get(other));
                    tokens.set(other, swap);
                }
            }
        }
        return String.join(" ", tokens).replace(" . ", ".");
    }
}
