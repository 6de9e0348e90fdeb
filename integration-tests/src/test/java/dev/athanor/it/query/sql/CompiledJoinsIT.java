package dev.athanor.it.query.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athanor.core.dialect.Dialect;
import dev.athanor.core.engine.Engine;
import dev.athanor.core.meta.AttributeModel;
import dev.athanor.core.meta.Metadata;
import dev.athanor.core.meta.build.MetadataBuilder;
import dev.athanor.core.query.EntitySelection;
import dev.athanor.core.query.QueryCompiler;
import dev.athanor.core.query.QueryPlan;
import dev.athanor.core.schema.SchemaManager;
import dev.athanor.core.sql.ast.BindParam;
import dev.athanor.core.sql.ast.ColumnRef;
import dev.athanor.core.sql.ast.Expression;
import dev.athanor.core.sql.ast.Statement;
import dev.athanor.core.sql.render.RenderedSql;
import dev.athanor.it.Target;
import dev.athanor.it.TestDatabase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Compiled JPQL whose paths join in places where a join is delicate, rendered by the dialect the
 * engine connected with and run on real SQLite and MariaDB: a subquery navigating an outer variable,
 * bulk UPDATE and DELETE whose WHERE and SET navigate associations (MariaDB and MySQL refuse some
 * subqueries on the changed table), and root paging ordered by a fetched collection. Rows are read
 * back with plain JDBC.
 */
class CompiledJoinsIT {

    @TempDir
    Path tempDir;

    public enum Status {
        OPEN, PAID
    }

    @Entity
    @Table(name = "cj_customer")
    public static class Customer {
        @Id
        public long id;
        public String name;
        public boolean active;
    }

    @Entity
    @Table(name = "cj_order")
    public static class Order {
        @Id
        public long id;
        @ManyToOne
        public Customer customer;
        @Enumerated(EnumType.STRING)
        public Status status;
        public int items;
        @OneToMany(mappedBy = "order")
        public List<Line> lines = new ArrayList<>();
    }

    @Entity
    @Table(name = "cj_line")
    public static class Line {
        @Id
        public long id;
        @ManyToOne
        public Order order;
        public int price;
    }

    private static final Metadata MODEL = new MetadataBuilder().add(Customer.class, Order.class, Line.class).build();

    /** Each entity's columns in attribute order, as the session's selection reads them. */
    private static final EntitySelection SELECTION = (entity, alias) -> {
        List<Expression> columns = new ArrayList<>();
        for (AttributeModel a : entity.attributes()) {
            a.columns().forEach(c -> columns.add(ColumnRef.of(alias, c.name())));
        }
        return columns;
    };

    private static final QueryCompiler COMPILER = new QueryCompiler(MODEL, SELECTION);

    /**
     * Customers 1 Ann (active, Oslo) and 2 Bob (inactive); orders 10 and 11 of Ann, 12 of Bob, 13 of
     * nobody; lines 100 (order 10, price 10), 101 (10, 2), 102 (11, 12), 103 (12, 14).
     */
    record Fixture(TestDatabase db, Engine engine, Dialect dialect) implements AutoCloseable {

        RenderedSql render(Statement statement) {
            return dialect.renderer().render(statement);
        }

        List<Long> ids(Statement statement, Object... slotValues) {
            RenderedSql sql = render(statement);
            return engine.execute(sql.sql(), sql.bind(slotValues)).all().stream()
                    .map(row -> ((Number) row.get(0)).longValue()).toList();
        }

        List<Long> ids(String jpql, Object... slotValues) {
            return ids(COMPILER.compile(jpql).statement(), slotValues);
        }

        long change(String jpql, Object... slotValues) {
            RenderedSql sql = render(COMPILER.compile(jpql).statement());
            return engine.execute(sql.sql(), sql.bind(slotValues)).rowCount();
        }

        @Override
        public void close() {
            new SchemaManager(engine, MODEL).drop();
            db.close();
        }
    }

    private Fixture setUp(Target target) {
        TestDatabase db = TestDatabase.open(target, tempDir);
        Engine engine = db.engine();
        SchemaManager schema = new SchemaManager(engine, MODEL);
        schema.drop();
        schema.create();
        db.sql("INSERT INTO cj_customer (id, name, active) VALUES (1, 'Ann', TRUE), (2, 'Bob', FALSE)",
                "INSERT INTO cj_order (id, customer_id, status, items) VALUES (10, 1, 'OPEN', 3), (11, 1, 'OPEN', 1),"
                        + " (12, 2, 'PAID', 7), (13, NULL, 'OPEN', 9)",
                "INSERT INTO cj_line (id, order_id, price) VALUES (100, 10, 10), (101, 10, 2), (102, 11, 12),"
                        + " (103, 12, 14)");
        return new Fixture(db, engine, Dialect.of(engine));
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void aSubqueryJoinsForItsOwnPathsAndKeepsOuterRowsWithoutTheTarget(Target target) {
        try (Fixture f = setUp(target)) {
            assertThat(f.ids("SELECT o.id FROM Order o WHERE NOT EXISTS (SELECT l FROM Line l WHERE l.order = o"
                    + " AND o.customer.name = 'Ann') ORDER BY o.id")).containsExactly(12L, 13L);
            assertThat(f.ids("SELECT o.id FROM Order o WHERE o.items = 9 OR EXISTS (SELECT l FROM Line l"
                    + " WHERE l.order = o AND o.customer.active = TRUE) ORDER BY o.id")).containsExactly(10L, 11L, 13L);
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void bulkStatementsWhosePathsJoinChangeWhatTheSameSelectFinds(Target target) {
        try (Fixture f = setUp(target)) {
            String where = " WHERE o.customer.name = :n OR o.items = 9";
            assertThat(f.ids("SELECT o.id FROM Order o" + where + " ORDER BY o.id", "Ann")).containsExactly(10L, 11L);
            assertThat(f.change("UPDATE Order o SET o.status = 'PAID', o.items = LENGTH(o.customer.name) + o.items"
                    + where, "Ann")).isEqualTo(2);
            assertThat(f.db().query("SELECT id, status, items FROM cj_order ORDER BY id").toString())
                    .isEqualTo("[[10, PAID, 6], [11, PAID, 4], [12, PAID, 7], [13, OPEN, 9]]");
            assertThat(f.change("DELETE FROM Line l WHERE l.order.customer.active = TRUE AND l.price < :p", 11))
                    .isEqualTo(2);
            assertThat(f.db().query("SELECT id FROM cj_line ORDER BY id").toString()).isEqualTo("[[102], [103]]");
            assertThat(f.change("DELETE FROM Order o WHERE o.customer.name = 'Ann' AND o.lines IS EMPTY"))
                    .isEqualTo(1);
            assertThat(f.db().query("SELECT id FROM cj_order ORDER BY id").toString())
                    .isEqualTo("[[11], [12], [13]]");
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void aPageOfRootsOrderedByAFetchedCollectionHoldsEachRootOnce(Target target) {
        try (Fixture f = setUp(target)) {
            QueryPlan plan = COMPILER.compile("SELECT o FROM Order o LEFT JOIN FETCH o.lines l ORDER BY l.price DESC");
            // rows: 12 (14), 11 (12), 10 (10), 10 (2), 13 (no line, NULL sorts last descending)
            assertThat(page(f, plan, 2, 0)).containsExactly(12L, 11L);
            assertThat(page(f, plan, 2, 2)).containsExactly(10L, 13L);
            assertThat(page(f, plan, 10, 0)).containsExactly(12L, 11L, 10L, 13L);
            // ascending, NULLs first (both databases' default): 13's only row is the NULL one, 10's first is 2
            QueryPlan ascending = COMPILER.compile("SELECT o FROM Order o LEFT JOIN FETCH o.lines l ORDER BY l.price");
            assertThat(page(f, ascending, 2, 0)).containsExactly(13L, 10L);
            assertThat(page(f, ascending, 2, 2)).containsExactly(11L, 12L);
            QueryPlan nullsLast = COMPILER.compile("SELECT o FROM Order o LEFT JOIN FETCH o.lines l"
                    + " ORDER BY l.price NULLS LAST");
            assertThat(page(f, nullsLast, 10, 0)).containsExactly(10L, 11L, 12L, 13L);
        }
    }

    private static List<Long> page(Fixture f, QueryPlan plan, int size, int offset) {
        return f.ids(plan.pagedRoots().rootIds().withPage(BindParam.of(size), BindParam.of(offset)));
    }
}
