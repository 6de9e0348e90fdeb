package dev.athanor.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.core.error.AthanorException;
import dev.athanor.core.error.ConfigurationException;
import dev.athanor.core.error.ErrorCode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EngineConnectionTest {

    @TempDir
    Path dir;

    private Engine engine;

    @BeforeEach
    void createTable() {
        engine = Engine.builder("sqlite:///" + dir.resolve("app.db")).build();
        engine.execute("create table t (id integer primary key, name text)");
    }

    @AfterEach
    void closeEngine() {
        engine.close();
    }

    private long countRowsWithJdbc() throws SQLException {
        try (Connection jdbc = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("app.db"));
             Statement statement = jdbc.createStatement();
             ResultSet rs = statement.executeQuery("select count(*) from t")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    // ---- query timeout ----------------------------------------------------------------------------

    @Test
    void aQueryTimeoutAppliesToTheStatementsRunUntilItIsLifted() {
        // sqlite-jdbc does not interrupt a busy query, so only the bookkeeping is checked here; MariaDB cancels
        try (EngineConnection c = engine.connect()) {
            c.queryTimeout(2);
            assertThat(c.queryTimeout()).isEqualTo(2);
            assertThat(c.execute("select count(*) from t").scalar(Long.class)).isZero();
            try (StreamingResult rows = c.stream("select id from t")) {
                assertThat(rows.iterator().hasNext()).isFalse();
            }
            c.queryTimeout(0);
            assertThat(c.execute("select count(*) from t").scalar(Long.class)).isZero();
            assertThatThrownBy(() -> c.queryTimeout(-1)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    // ---- parameters -------------------------------------------------------------------------------

    @Test
    void tooFewOrTooManyValuesForTheMarkers() {
        try (EngineConnection c = engine.connect()) {
            assertParameterError(() -> c.execute("select ?"), ErrorCode.PARAMETER_COUNT,
                    "the SQL has 1 ? marker but 0 values were given");
            assertParameterError(() -> c.execute("select ?, ?", 1), ErrorCode.PARAMETER_COUNT,
                    "the SQL has 2 ? markers but 1 value was given");
            assertParameterError(() -> c.execute("select 1", 1, 2), ErrorCode.PARAMETER_COUNT,
                    "the SQL has 0 ? markers but 2 values were given");
        }
    }

    @Test
    void aNullArrayIsOneNullValue() {
        try (EngineConnection c = engine.connect()) {
            assertThat(c.execute("select ?", (Object[]) null).scalar()).isNull();
        }
    }

    @Test
    void namesGivenByPositionAreTheWrongStyle() {
        try (EngineConnection c = engine.connect()) {
            assertParameterError(() -> c.execute("select :a", 1), ErrorCode.PARAMETER_STYLE,
                    "the SQL uses :a but the values were given by position");
        }
    }

    @Test
    void namesWithoutAnyValuesAskForAMap() {
        try (EngineConnection c = engine.connect()) {
            assertParameterError(() -> c.execute("select :a"), ErrorCode.PARAMETER_NAME,
                    "the SQL uses :a but no values were given; pass them as a Map");
        }
    }

    @Test
    void markersGivenByNameAreTheWrongStyle() {
        try (EngineConnection c = engine.connect()) {
            assertParameterError(() -> c.execute("select ?", Map.of("a", 1)), ErrorCode.PARAMETER_STYLE,
                    "the SQL has ? markers but the values were given by name");
        }
    }

    @Test
    void aMissingNameIsNamedWithTheClosestGivenOne() {
        try (EngineConnection c = engine.connect()) {
            assertParameterError(() -> c.execute("select :name, :age", Map.of("nmae", "x", "age", 3)),
                    ErrorCode.PARAMETER_NAME, ":name has no value. Did you mean 'nmae'? Given: ");
        }
    }

    @Test
    void aNameMayBeUsedTwiceAndExtraNamesAreIgnored() {
        try (EngineConnection c = engine.connect()) {
            Row row = c.execute("select :v, :v + 1", Map.of("v", 10, "unused", 0)).one();

            assertThat(row.toArray()).containsExactly(10, 11);
        }
    }

    @Test
    void aNullValueByName() {
        Map<String, Object> values = new HashMap<>();
        values.put("v", null);
        try (EngineConnection c = engine.connect()) {
            assertThat(c.execute("select :v is null", values).scalar()).isEqualTo(1);
        }
    }

    @Test
    void aBackslashEndingASqliteStringDoesNotHideTheNextMarker() {
        try (EngineConnection c = engine.connect()) {
            Row row = c.execute("select 'C:\\', ?", 1).one();

            assertThat(row.toArray()).containsExactly("C:\\", 1);
        }
    }

    private static void assertParameterError(Runnable call, ErrorCode code, String what) {
        assertThatThrownBy(call::run)
                .isInstanceOfSatisfying(ConfigurationException.class, e -> {
                    assertThat(e.code()).isEqualTo(code);
                    assertThat(e.getMessage()).startsWith(code.code() + " " + code.title() + ": " + what)
                            .contains("\n  SQL: ");
                });
    }

    // ---- pages -------------------------------------------------------------------------------------

    @Test
    void aPageSkipsRowsAtTheCursorAndStopsAfterItsLastRow() throws SQLException {
        List<StatementEvent> statements = new ArrayList<>();
        List<Row> rowsRead = new ArrayList<>();
        try (Engine paged = Engine.builder("sqlite:///" + dir.resolve("app.db")).listener(new ExecutionListener() {
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
        }).build(); EngineConnection c = paged.connect()) {
            c.executeBatch("insert into t (id, name) values (?, ?)", List.of(new Object[] {1, "a"},
                    new Object[] {2, "b"}, new Object[] {3, "c"}, new Object[] {4, "d"}, new Object[] {5, "e"}));
            AtomicInteger produced = new AtomicInteger();
            // counts the rows SQLite produces: without ORDER BY each step evaluates it once
            org.sqlite.Function.create(c.jdbcConnection().unwrap(org.sqlite.SQLiteConnection.class), "produced",
                    new org.sqlite.Function() {
                        @Override
                        protected void xFunc() throws SQLException {
                            result(produced.incrementAndGet());
                        }
                    });
            statements.clear();
            rowsRead.clear();

            Result page = c.queryPage("select id, name, produced() from t where id > ?", null, 1, 2, 0);

            assertThat(page.all()).extracting(row -> row.get(1)).containsExactly("b", "c");
            assertThat(page.columns()).containsExactly("id", "name", "produced()");
            assertThat(produced.get()).isEqualTo(3);
            assertThat(statements).singleElement().satisfies(event -> {
                assertThat(event.sql()).isEqualTo("select id, name, produced() from t where id > ?");
                assertThat(event.rowCount()).isEqualTo(2);
            });
            assertThat(rowsRead).extracting(row -> row.get(1)).containsExactly("b", "c");
        }
    }

    @Test
    void theRowLimitOfAPageDoesNotStayOnTheCachedStatement() {
        try (EngineConnection c = engine.connect()) {
            c.executeBatch("insert into t (name) values (?)", List.of(new Object[] {"a"}, new Object[] {"b"},
                    new Object[] {"c"}));

            assertThat(c.queryPage("select name from t order by name desc", null, 0, 1).all())
                    .extracting(row -> row.get(0)).containsExactly("c");
            assertThat(c.execute("select name from t order by name desc").all()).extracting(row -> row.get(0))
                    .containsExactly("c", "b", "a");
            assertThat(c.queryPage("select name from t order by name desc", new Class<?>[] {String.class}, 2,
                    Integer.MAX_VALUE).all()).extracting(row -> row.get(0)).containsExactly("a");
        }
    }

    @Test
    void aPageStartingPastTheLastRowIsEmptyWithTheResultsColumns() {
        try (EngineConnection c = engine.connect()) {
            c.execute("insert into t (name) values ('a')");

            Result page = c.queryPage("select id, name from t", null, 5, 10);

            assertThat(page.all()).isEmpty();
            assertThat(page.rowCount()).isZero();
            assertThat(page.columns()).containsExactly("id", "name");
            assertThatThrownBy(() -> c.queryPage("select id from t", null, -1, 10))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("skip -1");
        }
    }

    // ---- batches ------------------------------------------------------------------------------------

    @Test
    void aBatchRunsOnceForEachParameterSet() throws SQLException {
        try (EngineConnection c = engine.connect()) {
            BatchResult result = c.executeBatch("insert into t (name) values (?)",
                    List.of(new Object[] {"a"}, new Object[] {"b"}, new Object[] {"c"}));

            assertThat(result.counts()).containsExactly(1, 1, 1);
            assertThat(result.totalRowCount()).isEqualTo(3);
        }
        assertThat(countRowsWithJdbc()).isEqualTo(3);
    }

    @Test
    void anEmptyBatchDoesNothing() {
        try (EngineConnection c = engine.connect()) {
            assertThat(c.executeBatch("insert into t (name) values (?)", List.of()))
                    .isEqualTo(new BatchResult(new int[0], List.of()));
        }
    }

    @Test
    void everySetOfABatchIsCheckedForItsCount() {
        try (EngineConnection c = engine.connect()) {
            assertParameterError(() -> c.executeBatch("insert into t (name) values (?)",
                            List.of(new Object[] {"a"}, new Object[] {"b", "c"})), ErrorCode.PARAMETER_COUNT,
                    "the SQL has 1 ? marker but 2 values were given");
        }
    }

    // ---- transactions and closing ----------------------------------------------------------------------

    @Test
    void aSecondTransactionOnTheSameConnectionIsRefused() {
        try (EngineConnection c = engine.connect(); Transaction tx = c.begin()) {
            assertThat(c.inTransaction()).isTrue();
            assertThatThrownBy(c::begin)
                    .isInstanceOfSatisfying(AthanorException.class,
                            e -> assertThat(e.code()).isEqualTo(ErrorCode.TRANSACTION_ACTIVE));
            assertThat(tx.isActive()).isTrue();
        }
    }

    @Test
    void aNewTransactionMayFollowAnEndedOne() throws SQLException {
        try (EngineConnection c = engine.connect()) {
            try (Transaction first = c.begin()) {
                c.execute("insert into t (name) values ('a')");
                first.commit();
            }
            assertThat(c.inTransaction()).isFalse();
            assertThat(c.jdbcConnection().getAutoCommit()).isTrue();
            try (Transaction second = c.begin()) {
                second.execute("insert into t (name) values ('b')");
            }
        }
        assertThat(countRowsWithJdbc()).isEqualTo(1);
    }

    @Test
    void closingRollsBackAnOpenTransaction() throws SQLException {
        EngineConnection c = engine.connect();
        c.begin();
        c.execute("insert into t (name) values ('a')");

        c.close();

        assertThat(c.isClosed()).isTrue();
        assertThat(c.inTransaction()).isFalse();
        assertThat(countRowsWithJdbc()).isZero();
    }

    @Test
    void closingRollsBackWorkBegunOnTheJdbcConnection() throws SQLException {
        try (EngineConnection c = engine.connect()) {
            c.jdbcConnection().setAutoCommit(false);
            c.execute("insert into t (name) values ('a')");
        }

        assertThat(countRowsWithJdbc()).isZero();
    }

    @Test
    void withoutATransactionEachStatementCommitsAtOnce() throws SQLException {
        try (EngineConnection c = engine.connect()) {
            c.execute("insert into t (name) values ('a')");

            assertThat(countRowsWithJdbc()).isEqualTo(1);
        }
    }

    @Test
    void aClosedConnectionRefusesWork() {
        EngineConnection c = engine.connect();
        c.close();
        c.close();

        for (Runnable call : List.<Runnable>of(() -> c.execute("select 1"), () -> c.execute("select 1", Map.of()),
                () -> c.stream("select 1"), () -> c.executeBatch("select 1", List.of()), c::begin,
                c::jdbcConnection)) {
            assertThatThrownBy(call::run)
                    .isInstanceOfSatisfying(AthanorException.class,
                            e -> assertThat(e.code()).isEqualTo(ErrorCode.CONNECTION_CLOSED));
        }
    }

    @Test
    void closingGivesTheConnectionBack() {
        EngineConnection c = engine.connect();
        assertThat(engine.poolStats().active()).isEqualTo(1);

        c.close();

        assertThat(engine.poolStats().active()).isZero();
        assertThat(c.engine()).isSameAs(engine);
    }

    @Test
    void connectionsInUseAtOnceAreDifferent() {
        try (EngineConnection first = engine.connect(); EngineConnection second = engine.connect()) {
            assertThat(engine.poolStats().active()).isEqualTo(2);
            assertThat(first.id()).isNotEqualTo(second.id());
            assertThat(first.statements()).isNotSameAs(second.statements());
        }
    }
}
