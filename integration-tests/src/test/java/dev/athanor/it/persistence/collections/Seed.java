package dev.athanor.it.persistence.collections;

import dev.athanor.it.persistence.JpaUnit;
import java.sql.Statement;

/** Rows put in with plain JDBC before a test, so that what the session reads is known. */
final class Seed {

    private Seed() {
    }

    /**
     * Orders 1..{@code orders}, each with {@code linesPerOrder} lines whose line numbers run
     * against their ids, so that only {@code @OrderBy("lineNo")} reads them in line order.
     */
    static void orders(JpaUnit unit, int orders, int linesPerOrder) {
        unit.jdbc(connection -> {
            try (Statement statement = connection.createStatement()) {
                long line = 1;
                for (int o = 1; o <= orders; o++) {
                    statement.executeUpdate("INSERT INTO it_coll_order (id, customer, status) VALUES (" + o
                            + ", 'customer " + o + "', 'new')");
                    for (int n = linesPerOrder; n >= 1; n--, line++) {
                        statement.executeUpdate("INSERT INTO it_coll_line (id, line_no, product, quantity, order_id)"
                                + " VALUES (" + line + ", " + n + ", 'o" + o + "-l" + n + "', " + n + ", " + o + ")");
                    }
                }
            }
            return null;
        });
        unit.forget();
    }

    /** Students 1 (Ann) and 2 (Bob), courses 10, 20 and 30; Ann takes 10 and 20, Bob takes 10. */
    static void school(JpaUnit unit) {
        unit.jdbc(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("INSERT INTO it_coll_student (id, name) VALUES (1, 'Ann'), (2, 'Bob')");
                statement.executeUpdate("INSERT INTO it_coll_course (id, title) VALUES (10, 'Algebra'),"
                        + " (20, 'Biology'), (30, 'Chemistry')");
                statement.executeUpdate("INSERT INTO it_coll_enrolment (student_id, course_id) VALUES (1, 10),"
                        + " (1, 20), (2, 10)");
            }
            return null;
        });
        unit.forget();
    }
}
