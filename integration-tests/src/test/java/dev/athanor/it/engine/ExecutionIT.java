package dev.athanor.it.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.core.engine.BatchResult;
import dev.athanor.core.engine.Engine;
import dev.athanor.core.engine.EngineConnection;
import dev.athanor.core.engine.Result;
import dev.athanor.core.engine.Row;
import dev.athanor.core.engine.StreamingResult;
import dev.athanor.core.error.AthanorError;
import dev.athanor.core.error.ErrorCode;
import dev.athanor.it.Target;
import dev.athanor.it.TestDatabase;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Statements through engine.execute and engine.connect(), read back with plain JDBC. */
class ExecutionIT {

    @TempDir
    Path tempDir;

    private TestDatabase setUp(Target target) {
        TestDatabase db = TestDatabase.open(target, tempDir);
        db.sql("DROP TABLE IF EXISTS item",
                "CREATE TABLE item (" + db.autoId() + ", name VARCHAR(50) NOT NULL, price DECIMAL(10,2), qty INT)");
        return db;
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void selectOneReturnsOneAndGivesTheConnectionBack(Target target) {
        try (TestDatabase db = TestDatabase.open(target, tempDir)) {
            Engine engine = db.engine();
            Object one = engine.execute("select 1").scalar();
            assertThat(((Number) one).intValue()).isEqualTo(1);
            assertThat(engine.execute("select 1").scalar(Long.class)).isEqualTo(1L);
            assertThat(engine.poolStats().active()).isZero();
            assertThat(engine.poolStats().total()).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void insertsWithPositionalAndNamedParametersReachTheDatabase(Target target) {
        try (TestDatabase db = setUp(target)) {
            Engine engine = db.engine();
            Result first = engine.execute("insert into item (name, price, qty) values (?, ?, ?)", "apple",
                    new BigDecimal("1.25"), 3);
            Result second = engine.execute("insert into item (name, price, qty) values (:name, :price, :qty)",
                    Map.of("name", "pear", "price", new BigDecimal("2.50"), "qty", 7));

            assertThat(first.rowCount()).isEqualTo(1);
            assertThat(first.returnsRows()).isFalse();
            assertThat(((Number) first.generatedKey()).longValue()).isEqualTo(1L);
            assertThat(((Number) second.generatedKey()).longValue()).isEqualTo(2L);
            List<List<Object>> rows = db.query("select id, name, price, qty from item order by id");
            assertThat(rows).hasSize(2);
            assertThat(rows.get(0).get(1)).isEqualTo("apple");
            assertThat(new BigDecimal(rows.get(1).get(2).toString())).isEqualByComparingTo("2.50");
            assertThat(((Number) rows.get(1).get(3)).intValue()).isEqualTo(7);
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void resultGivesRowsByIndexAndLabelAndChecksHowManyThereAre(Target target) {
        try (TestDatabase db = setUp(target)) {
            db.sql("insert into item (name, price, qty) values ('a', 1.00, 1)",
                    "insert into item (name, price, qty) values ('b', 2.00, 2)");
            Engine engine = db.engine();

            Result result = engine.execute("select name AS Name, qty from item order by name");
            assertThat(result.columns()).containsExactly("Name", "qty");
            assertThat(result.rowCount()).isEqualTo(2);
            assertThat(result.all()).extracting(r -> r.get(0)).containsExactly("a", "b");
            Row first = result.first();
            assertThat(first.get("name")).isEqualTo("a");
            assertThat(first.get("NAME", String.class)).isEqualTo("a");
            assertThat(first.get(1, Integer.class)).isEqualTo(1);
            assertThat(first.asMap()).containsEntry("Name", "a");

            assertThatThrownBy(result::one).satisfies(e -> assertThat(((AthanorError) e).code())
                    .isEqualTo(ErrorCode.TOO_MANY_ROWS)).hasMessageContaining("select name");
            Result none = engine.execute("select name from item where qty > ?", 100);
            assertThat(none.first()).isNull();
            assertThat(none.scalar()).isNull();
            assertThatThrownBy(none::one).satisfies(e -> assertThat(((AthanorError) e).code())
                    .isEqualTo(ErrorCode.NO_ROW));
            assertThat(engine.execute("select name from item where qty = :q", Map.of("q", 2)).one().get(0))
                    .isEqualTo("b");
            assertThatThrownBy(() -> first.get("nmae")).hasMessageContaining("Did you mean 'Name'?");
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void updateAndDeleteReportTheRowsTheyChanged(Target target) {
        try (TestDatabase db = setUp(target)) {
            db.sql("insert into item (name, qty) values ('a', 1)", "insert into item (name, qty) values ('b', 1)",
                    "insert into item (name, qty) values ('c', 5)");
            Engine engine = db.engine();

            assertThat(engine.execute("update item set qty = qty + 1 where qty = ?", 1).rowCount()).isEqualTo(2);
            assertThat(engine.execute("delete from item where name = ?", "c").rowCount()).isEqualTo(1);

            assertThat(db.query("select name, qty from item order by name")).containsExactly(
                    List.of("a", 2), List.of("b", 2));
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void batchInsertsEveryRowOnOneConnection(Target target) {
        try (TestDatabase db = setUp(target)) {
            Engine engine = db.engine();
            List<Object[]> rows = new ArrayList<>();
            for (int i = 0; i < 250; i++) {
                rows.add(new Object[] {"n" + i, i});
            }
            BatchResult batch;
            try (EngineConnection connection = engine.connect()) {
                batch = connection.executeBatch("insert into item (name, qty) values (?, ?)", rows);
            }

            assertThat(batch.counts()).hasSize(250);
            assertThat(batch.totalRowCount()).isEqualTo(250);
            if (target == Target.MARIADB) {
                assertThat(batch.generatedKeys()).hasSize(250);
                assertThat(((Number) batch.generatedKeys().get(249)).longValue()).isEqualTo(250L);
            }
            assertThat(db.count("select count(*) from item")).isEqualTo(250);
            assertThat(db.count("select sum(qty) from item")).isEqualTo(249L * 250 / 2);
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void statementsOnOneConnectionShareIt(Target target) {
        try (TestDatabase db = setUp(target)) {
            Engine engine = db.engine();
            try (EngineConnection connection = engine.connect()) {
                connection.execute("insert into item (name, qty) values (?, ?)", "x", 1);
                assertThat(engine.poolStats().active()).isEqualTo(1);
                if (target == Target.MARIADB) {
                    Object id1 = connection.execute("select connection_id()").scalar();
                    Object id2 = connection.execute("select connection_id()").scalar();
                    assertThat(id1).isEqualTo(id2);
                }
                assertThat(connection.execute("select count(*) from item").scalar(Long.class)).isEqualTo(1L);
            }
            assertThat(engine.poolStats().active()).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    @SuppressWarnings("try") // closes the connection early on purpose
    void streamingReadsRowsAsTheyAreIterated(Target target) {
        try (TestDatabase db = setUp(target)) {
            Engine engine = db.engine();
            List<Object[]> rows = new ArrayList<>();
            for (int i = 0; i < 2000; i++) {
                rows.add(new Object[] {"s" + i, i});
            }
            try (EngineConnection connection = engine.connect()) {
                connection.executeBatch("insert into item (name, qty) values (?, ?)", rows);
            }
            long sum = 0;
            int seen = 0;
            try (EngineConnection connection = engine.connect();
                 StreamingResult stream = connection.stream("select qty from item where qty >= ? order by qty", 0)) {
                for (Row row : stream) {
                    sum += row.get(0, Long.class);
                    seen++;
                }
                assertThat(stream.isClosed()).isTrue();
            }
            assertThat(seen).isEqualTo(2000);
            assertThat(sum).isEqualTo(1999L * 2000 / 2);
            try (EngineConnection connection = engine.connect()) {
                StreamingResult open = connection.stream("select qty from item", new Object[0]);
                assertThat(open.iterator().next().get(0)).isNotNull();
                connection.close();
                assertThat(open.isClosed()).isTrue();
            }
            assertThat(engine.poolStats().active()).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void wrongParametersAreRefusedBeforeTheDatabaseSeesThem(Target target) {
        try (TestDatabase db = setUp(target)) {
            Engine engine = db.engine();
            assertThatThrownBy(() -> engine.execute("select * from item where id = ? and qty = ?", 1))
                    .isInstanceOf(IllegalArgumentException.class)
                    .satisfies(e -> assertThat(((AthanorError) e).code()).isEqualTo(ErrorCode.PARAMETER_COUNT))
                    .hasMessageContaining("2 ? markers but 1 value was given");
            assertThatThrownBy(() -> engine.execute("select * from item where id = :id", Map.of("ID", 1)))
                    .satisfies(e -> assertThat(((AthanorError) e).code()).isEqualTo(ErrorCode.PARAMETER_NAME))
                    .hasMessageContaining(":id has no value").hasMessageContaining("Did you mean 'ID'?");
            assertThatThrownBy(() -> engine.execute("select * from item where id = :id", 1))
                    .satisfies(e -> assertThat(((AthanorError) e).code()).isEqualTo(ErrorCode.PARAMETER_STYLE));
            assertThat(engine.execute("select ':not_a_param', '?' from item").columns()).hasSize(2);
        }
    }
}
