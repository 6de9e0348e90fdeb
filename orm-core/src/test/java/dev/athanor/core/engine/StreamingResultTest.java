package dev.athanor.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.core.error.AthanorException;
import dev.athanor.core.error.ErrorCode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class StreamingResultTest {

    /** Counts with SQLite's recursive CTE: rows the database makes one at a time, as many as asked. */
    private static final String COUNT_TO = "with recursive n(i) as (select 1 union all select i + 1 from n where i < ?)"
            + " select i from n";

    /** Remembers the rows the engine read, in the order it read them. */
    private static final class RowRecorder implements ExecutionListener {
        final List<Object> rows = new CopyOnWriteArrayList<>();
        final List<StatementEvent> statements = new CopyOnWriteArrayList<>();

        @Override
        public boolean wantsRows() {
            return true;
        }

        @Override
        public void rowRead(Row row) {
            rows.add(row.get(0));
        }

        @Override
        public void statementExecuted(StatementEvent event) {
            statements.add(event);
        }
    }

    @Test
    void rowsAreReadAsTheCallerIterates() {
        RowRecorder recorder = new RowRecorder();
        try (Engine engine = Engine.builder("sqlite:///:memory:").listener(recorder).build();
             EngineConnection connection = engine.connect();
             StreamingResult result = connection.stream(COUNT_TO, 1_000_000)) {
            assertThat(recorder.rows).isEmpty();
            assertThat(recorder.statements).singleElement()
                    .satisfies(s -> assertThat(s.rowCount()).as("still streaming").isEqualTo(-1));

            Iterator<Row> rows = result.iterator();
            assertThat(rows.next().get(0)).isEqualTo(1);
            assertThat(rows.next().get(0)).isEqualTo(2);

            assertThat(recorder.rows).containsExactly(1, 2);
        }
    }

    @Test
    @Timeout(30)
    void aResultTooLargeToHoldIsFineIfOnlyItsStartIsRead() {
        try (Engine engine = Engine.builder("sqlite:///:memory:").build();
             EngineConnection connection = engine.connect();
             StreamingResult result = connection.stream(COUNT_TO, Long.MAX_VALUE);
             Stream<Row> rows = result.stream()) {
            assertThat(rows.limit(5).map(r -> r.get(0))).containsExactly(1, 2, 3, 4, 5);
        }
    }

    @Test
    void iteratingToTheEndClosesTheResult() {
        try (Engine engine = Engine.builder("sqlite:///:memory:").build();
             EngineConnection connection = engine.connect()) {
            StreamingResult result = connection.stream(COUNT_TO, 3);
            Iterator<Row> rows = result.iterator();
            List<Object> seen = new ArrayList<>();
            while (rows.hasNext()) {
                seen.add(rows.next().get(0));
            }

            assertThat(seen).containsExactly(1, 2, 3);
            assertThat(result.isClosed()).isTrue();
            assertThat(rows.hasNext()).isFalse();
            assertThatThrownBy(rows::next).isInstanceOf(NoSuchElementException.class);
        }
    }

    @Test
    void closingTheConnectionClosesOpenStreams() {
        try (Engine engine = Engine.builder("sqlite:///:memory:").build()) {
            EngineConnection connection = engine.connect();
            StreamingResult first = connection.stream(COUNT_TO, 10);
            StreamingResult second = connection.stream("select 1");
            Iterator<Row> rows = first.iterator();
            rows.next();

            connection.close();

            assertThat(first.isClosed()).isTrue();
            assertThat(second.isClosed()).isTrue();
            assertResultClosed(rows::hasNext, "the streaming result is closed");
            assertThat(engine.poolStats().active()).isZero();
        }
    }

    @Test
    void aClosedResultCannotBeIterated() {
        try (Engine engine = Engine.builder("sqlite:///:memory:").build();
             EngineConnection connection = engine.connect()) {
            StreamingResult result = connection.stream("select 1");
            result.close();
            result.close();

            assertResultClosed(result::iterator, "the streaming result is closed");
        }
    }

    @Test
    void aResultIsIteratedOnce() {
        try (Engine engine = Engine.builder("sqlite:///:memory:").build();
             EngineConnection connection = engine.connect();
             StreamingResult result = connection.stream("select 1")) {
            result.iterator();

            assertResultClosed(result::iterator, "a streaming result can be iterated once");
        }
    }

    @Test
    void closingTheJavaStreamClosesTheResult() {
        try (Engine engine = Engine.builder("sqlite:///:memory:").build();
             EngineConnection connection = engine.connect()) {
            StreamingResult result = connection.stream(COUNT_TO, 10);
            try (Stream<Row> rows = result.stream()) {
                assertThat(rows.findFirst()).isPresent();
            }

            assertThat(result.isClosed()).isTrue();
        }
    }

    @Test
    void streamsTakeNamedParametersAndKnowTheirColumns() {
        try (Engine engine = Engine.builder("sqlite:///:memory:").build();
             EngineConnection connection = engine.connect();
             StreamingResult result = connection.stream("select :a as first, :b as second", Map.of("a", 1, "b", 2))) {
            assertThat(result.columns().labels()).containsExactly("first", "second");
            assertThat(result.iterator().next().get("SECOND")).isEqualTo(2);
        }
    }

    @Test
    void streamsAreNotCached() {
        try (Engine engine = Engine.builder("sqlite:///:memory:").build();
             EngineConnection connection = engine.connect();
             StreamingResult open = connection.stream("select 1")) {
            assertThat(open.isClosed()).isFalse();
            assertThat(connection.statements().size()).isZero();
        }
    }

    @Test
    void aStreamInsideATransactionSeesItsWrites() {
        try (Engine engine = Engine.builder("sqlite:///:memory:").build()) {
            engine.execute("create table t (x int)");
            try (Transaction tx = engine.begin()) {
                tx.execute("insert into t values (1), (2)");
                try (StreamingResult result = tx.stream("select x from t order by x")) {
                    List<Object> seen = new ArrayList<>();
                    result.forEach(row -> seen.add(row.get(0)));
                    assertThat(seen).containsExactly(1, 2);
                }
            }
            assertThat(engine.execute("select count(*) from t").scalar()).isEqualTo(0);
        }
    }

    private static void assertResultClosed(Runnable call, String what) {
        assertThatThrownBy(call::run)
                .isInstanceOfSatisfying(AthanorException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.RESULT_CLOSED);
                    assertThat(e.getMessage()).contains(what).contains("SQL: ");
                });
    }
}
