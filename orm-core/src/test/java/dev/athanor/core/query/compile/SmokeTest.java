package dev.athanor.core.query.compile;

import org.junit.jupiter.api.Test;

class SmokeTest {
    @Test
    void prints() {
        for (String q : new String[] {
            "SELECT o FROM Order o",
            "SELECT o FROM Order o WHERE o.customer.fullname = 'x' AND o.status = :s",
            "SELECT c.fullname, COUNT(o) FROM Customer c LEFT JOIN c.orders o GROUP BY c.fullname",
            "SELECT o FROM Order o JOIN FETCH o.lines l JOIN FETCH l.product WHERE o.total > 10 ORDER BY o.placed",
            "SELECT t FROM Order o JOIN o.tags t WHERE o.customer.id = ?1",
            "SELECT c FROM Customer c WHERE c.orders IS EMPTY",
            "SELECT c FROM Customer c WHERE SIZE(c.favourites) > 1",
            "SELECT o FROM Order o WHERE :t MEMBER OF o.tags",
            "UPDATE Order o SET o.items = o.items + 1 WHERE o.status = dev.athanor.core.query.compile.Shop.Status.OPEN",
            "DELETE FROM Customer c WHERE NOT EXISTS (SELECT o FROM Order o WHERE o.customer = c)",
            "SELECT c.fullname FROM Customer c UNION SELECT p.name FROM Product p ORDER BY 1",
        }) {
            try {
                var plan = CompilerFixture.compile(q);
                System.out.println(q + "\n  -> " + CompilerFixture.sqlite(plan) + "\n  -> " + plan.slots() + " " + plan.items()
                        + (plan.pagedRoots() != null ? "\n  paged " + new dev.athanor.core.dialect.sqlite.SqliteDialect().renderer().render(plan.pagedRoots().rootIds()).sql() : ""));
            } catch (RuntimeException e) {
                System.out.println(q + "\n  !! " + e);
                e.printStackTrace(System.out);
            }
        }
    }
}
