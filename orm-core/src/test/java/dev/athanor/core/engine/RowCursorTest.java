package dev.athanor.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.core.error.AthanorException;
import dev.athanor.core.error.ErrorCode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rows read one at a time from the open result, against what {@link EngineConnection#query} reads of the same SQL. */
class RowCursorTest {

    private static final String SELECT = "select id, name, born, score from t where id > ? order by id";
    private static final Class<?>[] TYPES = {Long.class, String.class, null, Double.class};

    @TempDir
    Path dir;

    private Engine engine;

    @BeforeEach
    void createTable() {
        engine = Engine.builder("sqlite:///" + dir.resolve("app.db")).build();
        engine.execute("create table t (id integer primary key, name text, born text, score real)");
        try (EngineConnection c = engine.connect()) {
            c.executeBatch("insert into t (id, name, born, score) values (?, ?, ?, ?)", List.of(
                    new Object[] {1, "a", "2024-01-31", 1.5}, new Object[] {2, null, null, null},
                    new Object[] {3, "c", "1999-12-01", 0.0}));
        }
    }

    @AfterEach
    void closeEngine() {
        engine.close();
    }

    private static List<List<Object>> read(RowCursor cursor) {
        List<List<Object>> rows = new ArrayList<>();
        while (cursor.next()) {
            rows.add(java.util.Arrays.asList(cursor.get(0, Long.class), cursor.get(1, String.class),
                    cursor.get(2, LocalDate.class), cursor.get(3, Double.class)));
        }
        return rows;
    }

    @Test
    void readsTheValuesAQueryReadsConvertedTheSameWay() {
        try (EngineConnection c = engine.connect()) {
            List<List<Object>> expected = new ArrayList<>();
            for (Row row : c.query(SELECT, TYPES, Integer.MAX_VALUE, 0)) {
                expected.add(java.util.Arrays.asList(row.get(0, Long.class), row.get(1, String.class),
                        row.get(2, LocalDate.class), row.get(3, Double.class)));
            }
            try (RowCursor cursor = c.cursor(SELECT, TYPES, 0)) {
                List<List<Object>> rows = read(cursor);
                assertThat(rows).isEqualTo(expected).hasSize(3);
                assertThat(rows.get(0)).containsExactly(1L, "a", LocalDate.of(2024, 1, 31), 1.5);
                assertThat(rows.get(1)).containsExactly(2L, null, null, null);
                assertThat(cursor.next()).as("after the last row").isFalse();
            }
        }
    }

    @Test
    void aColumnAskedForAgainOnARowGivesItsValueAsEitherType() {
        try (EngineConnection c = engine.connect(); RowCursor cursor = c.cursor(SELECT, TYPES, 0)) {
            assertThat(cursor.next()).isTrue();
            assertThat(cursor.get(0, Long.class)).isEqualTo(1L);
            assertThat(cursor.get(0, Long.class)).isEqualTo(1L);
            assertThat(cursor.get(0, Integer.class)).as("asked as another type").isEqualTo(1);
            assertThat(cursor.get(2, String.class)).isEqualTo("2024-01-31");
            assertThat(cursor.get(2, LocalDate.class)).isEqualTo(LocalDate.of(2024, 1, 31));
            assertThat(cursor.next()).isTrue();
            assertThat(cursor.get(0, Long.class)).as("the next row's").isEqualTo(2L);
            assertThat(cursor.get(2, LocalDate.class)).isNull();
        }
    }

    @Test
    void aColumnOutsideTheResultFailsNamingTheColumns() {
        try (EngineConnection c = engine.connect(); RowCursor cursor = c.cursor(SELECT, TYPES, 0)) {
            cursor.next();
            assertThatThrownBy(() -> cursor.get(4, Long.class)).isInstanceOf(AthanorException.class)
                    .hasMessageContaining(ErrorCode.NO_SUCH_COLUMN.code()).hasMessageContaining("index 4")
                    .hasMessageContaining("[id, name, born, score]");
        }
    }

    @Test
    void theStatementGoesBackToTheCacheWhenTheCursorCloses() {
        try (EngineConnection c = engine.connect()) {
            int cached = c.statements().size();
            try (RowCursor cursor = c.cursor(SELECT, TYPES, 0)) {
                cursor.next();
                // the statement is in use: the same SQL meanwhile runs on another one
                assertThat(c.query(SELECT, TYPES, Integer.MAX_VALUE, 1).rowCount()).isEqualTo(2);
                assertThat(cursor.get(0, Long.class)).isEqualTo(1L);
            }
            assertThat(c.statements().size()).isEqualTo(cached + 1);
            try (RowCursor again = c.cursor(SELECT, TYPES, 2)) {
                assertThat(read(again)).extracting(row -> row.get(0)).containsExactly(3L);
            }
        }
    }

    @Test
    void aPagedCursorStepsOverTheRowsBeforeThePageAndEndsAfterItsLast() throws java.sql.SQLException {
        try (EngineConnection c = engine.connect()) {
            c.executeBatch("insert into t (id, name) values (?, ?)", List.of(new Object[] {4, "d"},
                    new Object[] {5, "e"}, new Object[] {6, "f"}));
            java.util.concurrent.atomic.AtomicInteger produced = new java.util.concurrent.atomic.AtomicInteger();
            // counts the rows SQLite produces: without ORDER BY each step evaluates it once
            org.sqlite.Function.create(c.jdbcConnection().unwrap(org.sqlite.SQLiteConnection.class), "produced",
                    new org.sqlite.Function() {
                        @Override
                        protected void xFunc() throws java.sql.SQLException {
                            result(produced.incrementAndGet());
                        }
                    });
            try (RowCursor page = c.cursorPage("select id, name, produced() from t where id > ?", null, 2, 2, 1)) {
                assertThat(page.columns().labels()).containsExactly("id", "name", "produced()");
                List<Object> ids = new ArrayList<>();
                while (page.next()) {
                    ids.add(page.get(0, Long.class));
                }
                assertThat(ids).containsExactly(4L, 5L);
                assertThat(page.next()).as("after the page").isFalse();
            }
            assertThat(produced.get()).as("rows the driver stepped to: the page's end, no further").isEqualTo(4);
            try (RowCursor past = c.cursorPage("select id from t", null, 10, 5)) {
                assertThat(past.next()).isFalse();
            }
            assertThat(c.query("select id from t", null, Integer.MAX_VALUE).rowCount())
                    .as("the page's row limit does not stay on the cached statement").isEqualTo(6);
            assertThatThrownBy(() -> c.cursorPage("select id from t", null, 0, -1))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("limit -1");
        }
    }

    @Test
    void columnsTypedAfterTheQueryRanAreFetchedAsThoseTypes() {
        try (EngineConnection c = engine.connect(); RowCursor cursor = c.cursor(SELECT, null, 0)) {
            cursor.fetchAs(new Class<?>[] {Long.class, String.class});
            assertThat(cursor.next()).isTrue();
            assertThat(cursor.get(0, Object.class)).as("fetched as the Long it was typed").isEqualTo(1L);
            assertThat(cursor.get(3, Object.class)).as("an untyped column, as the driver gives it").isEqualTo(1.5);
        }
    }

    @Test
    void aWatchedQueryIsReportedWithItsRowCountAndRowsAsAnyQuery() {
        List<StatementEvent> statements = new ArrayList<>();
        List<Row> rowsRead = new ArrayList<>();
        try (Engine watched = Engine.builder("sqlite:///" + dir.resolve("app.db")).listener(new ExecutionListener() {
            @Override
            public void statementExecuted(StatementEvent event) {
                statements.add(event);
            }

            @Override
            public boolean wantsRows() {
                return true;
            }

            @Override
            public void rowRead(Row row) {
                rowsRead.add(row);
            }
        }).build(); EngineConnection c = watched.connect(); RowCursor cursor = c.cursor(SELECT, TYPES, 1)) {
            assertThat(statements).singleElement().satisfies(event -> {
                assertThat(event.sql()).isEqualTo(SELECT);
                assertThat(event.rowCount()).isEqualTo(2);
                assertThat(event.parameterSets()).containsExactly(List.of(1));
            });
            assertThat(rowsRead).extracting(row -> row.get(0)).containsExactly(2L, 3L);
            assertThat(read(cursor)).extracting(row -> row.get(1)).containsExactly(null, "c");
        }
    }
}
