package dev.athanor.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.core.error.DatabaseException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StatementCacheTest {

    private Connection physical;

    @BeforeEach
    void open() throws SQLException {
        physical = DriverManager.getConnection("jdbc:sqlite::memory:");
    }

    @AfterEach
    void close() throws SQLException {
        physical.close();
    }

    // ---- on a driver connection -------------------------------------------------------------------

    @Test
    void theSameSqlGetsTheSameStatementBack() throws SQLException {
        StatementCache cache = new StatementCache(physical, 1, 4);

        PreparedStatement first = cache.prepare("select ?", false).statement;
        cache.release(new StatementCache.Entry("select ?", false, first), true);
        PreparedStatement second = cache.prepare("select ?", false).statement;

        assertThat(second).isSameAs(first);
        assertThat(second.isClosed()).isFalse();
    }

    @Test
    void aStatementInUseIsNotHandedOutAgain() throws SQLException {
        StatementCache cache = new StatementCache(physical, 1, 4);

        PreparedStatement inUse = cache.prepare("select ?", false).statement;
        PreparedStatement other = cache.prepare("select ?", false).statement;

        assertThat(other).isNotSameAs(inUse);
        assertThat(cache.size()).isZero();
    }

    @Test
    void givingBackTwoStatementsForOneSqlKeepsOneAndClosesTheOther() throws SQLException {
        StatementCache cache = new StatementCache(physical, 1, 4);
        PreparedStatement first = cache.prepare("select ?", false).statement;
        PreparedStatement second = cache.prepare("select ?", false).statement;

        cache.release(new StatementCache.Entry("select ?", false, first), true);
        cache.release(new StatementCache.Entry("select ?", false, second), true);

        assertThat(cache.size()).isEqualTo(1);
        assertThat(first.isClosed()).isTrue();
        assertThat(cache.prepare("select ?", false).statement).isSameAs(second);
    }

    @Test
    void statementsAskingForKeysAreKeptApart() throws SQLException {
        StatementCache cache = new StatementCache(physical, 1, 4);
        PreparedStatement plain = cache.prepare("select 1", false).statement;
        PreparedStatement withKeys = cache.prepare("select 1", true).statement;
        cache.release(new StatementCache.Entry("select 1", false, plain), true);
        cache.release(new StatementCache.Entry("select 1", true, withKeys), true);

        assertThat(cache.size()).isEqualTo(2);
        assertThat(cache.prepare("select 1", true).statement).isSameAs(withKeys);
        assertThat(cache.prepare("select 1", false).statement).isSameAs(plain);
    }

    @Test
    void theLeastRecentlyUsedStatementGoesFirst() throws SQLException {
        StatementCache cache = new StatementCache(physical, 1, 2);
        PreparedStatement a = use(cache, "select 'a'");
        PreparedStatement b = use(cache, "select 'b'");
        assertThat(use(cache, "select 'a'")).isSameAs(a);

        PreparedStatement c = use(cache, "select 'c'");

        assertThat(cache.size()).isEqualTo(2);
        assertThat(b.isClosed()).as("least recently used").isTrue();
        assertThat(a.isClosed()).isFalse();
        assertThat(c.isClosed()).isFalse();
    }

    private static PreparedStatement use(StatementCache cache, String sql) throws SQLException {
        PreparedStatement statement = cache.prepare(sql, false).statement;
        cache.release(new StatementCache.Entry(sql, false, statement), true);
        return statement;
    }

    @Test
    void aBrokenStatementIsClosedNotKept() throws SQLException {
        StatementCache cache = new StatementCache(physical, 1, 4);
        PreparedStatement broken = cache.prepare("select 1", false).statement;

        cache.release(new StatementCache.Entry("select 1", false, broken), false);

        assertThat(broken.isClosed()).isTrue();
        assertThat(cache.size()).isZero();
    }

    @Test
    void aStatementClosedMeanwhileIsReplaced() throws SQLException {
        StatementCache cache = new StatementCache(physical, 1, 4);
        PreparedStatement closed = use(cache, "select 1");
        closed.close();

        PreparedStatement fresh = cache.prepare("select 1", false).statement;

        assertThat(fresh).isNotSameAs(closed);
        assertThat(fresh.isClosed()).isFalse();
    }

    @Test
    void sizeZeroKeepsNothing() throws SQLException {
        StatementCache cache = new StatementCache(physical, 1, 0);
        PreparedStatement first = use(cache, "select 1");
        PreparedStatement second = cache.prepare("select 1", false).statement;

        assertThat(second).isNotSameAs(first);
        assertThat(first.isClosed()).isTrue();
        assertThat(cache.size()).isZero();
    }

    @Test
    void clearClosesEverything() throws SQLException {
        StatementCache cache = new StatementCache(physical, 7, 4);
        PreparedStatement a = use(cache, "select 1");
        PreparedStatement b = use(cache, "select 2");

        cache.clear();

        assertThat(cache.size()).isZero();
        assertThat(a.isClosed()).isTrue();
        assertThat(b.isClosed()).isTrue();
        assertThat(cache.id()).isEqualTo(7);
    }

    @Test
    void staleOnceItsConnectionIsClosed() throws SQLException {
        StatementCache cache = new StatementCache(physical, 1, 4);
        assertThat(cache.isStale()).isFalse();

        physical.close();

        assertThat(cache.isStale()).isTrue();
    }

    // ---- in the engine --------------------------------------------------------------------------------

    @Test
    void columnLabelsAreReadOnceButFollowAChangeInTheNumberOfColumns() {
        try (Engine engine = Engine.builder("sqlite:///:memory:").build();
             EngineConnection connection = engine.connect()) {
            connection.execute("create table t (a int)");
            connection.execute("insert into t (a) values (1)");
            Result before = connection.execute("select * from t");
            Result again = connection.execute("select * from t");
            assertThat(again.columns()).isSameAs(before.columns());

            connection.execute("alter table t add column b int");
            Result after = connection.execute("select * from t");

            assertThat(after.columns()).containsExactly("a", "b");
            assertThat(after.one().get("b")).isNull();
        }
    }

    @Test
    void theEngineReusesTheStatementForTheSameSqlOnTheSameConnection() throws SQLException {
        try (Engine engine = Engine.builder("sqlite:///:memory:").build();
             EngineConnection connection = engine.connect()) {
            StatementCache cache = connection.statements();
            connection.execute("select ?", 1);
            PreparedStatement used = cache.prepare("select ?", false).statement;
            cache.release(new StatementCache.Entry("select ?", false, used), true);

            assertThat(connection.execute("select ?", 2).scalar()).isEqualTo(2);
            assertThat(connection.execute("select ?", 3).scalar()).isEqualTo(3);

            assertThat(cache.size()).isEqualTo(1);
            assertThat(used.isClosed()).isFalse();
            assertThat(cache.prepare("select ?", false).statement).isSameAs(used);
        }
    }

    @Test
    void theEngineKeepsTheCacheOfAConnectionAcrossBorrowings() {
        try (Engine engine = Engine.builder("sqlite:///:memory:").build()) {
            StatementCache first;
            try (EngineConnection connection = engine.connect()) {
                connection.execute("select 1");
                first = connection.statements();
            }
            try (EngineConnection connection = engine.connect()) {
                assertThat(connection.statements()).isSameAs(first);
                assertThat(connection.statements().size()).isEqualTo(1);
            }
        }
    }

    @Test
    void namedParametersShareTheStatementOfTheirRewrittenSql() {
        try (Engine engine = Engine.builder("sqlite:///:memory:").build();
             EngineConnection connection = engine.connect()) {
            connection.execute("select :a", Map.of("a", 1));
            connection.execute("select ?", 2);

            assertThat(connection.statements().size()).isEqualTo(1);
        }
    }

    @Test
    void theEngineCachesUpToStatementCacheSize() {
        try (Engine engine = Engine.builder("sqlite:///:memory:").option("statement_cache_size", 2).build();
             EngineConnection connection = engine.connect()) {
            connection.execute("select 1");
            connection.execute("select 2");
            connection.execute("select 3");

            assertThat(connection.statements().size()).isEqualTo(2);
        }
    }

    @Test
    void statementCacheSizeZeroTurnsItOff() throws SQLException {
        try (Engine engine = Engine.builder("sqlite:///:memory:").option("statement_cache_size", 0).build();
             EngineConnection connection = engine.connect()) {
            connection.execute("select 1");
            connection.execute("select 1");

            assertThat(connection.statements().size()).isZero();
            PreparedStatement first = use(connection.statements(), "select 1");
            assertThat(connection.statements().prepare("select 1", false)).isNotSameAs(first);
        }
    }

    @Test
    void aFailedStatementIsNotKept() {
        try (Engine engine = Engine.builder("sqlite:///:memory:").build();
             EngineConnection connection = engine.connect()) {
            connection.execute("create table t (x int unique)");
            connection.execute("insert into t values (1)");
            int before = connection.statements().size();

            assertThatThrownBy(() -> connection.execute("insert into t values (?)", 1))
                    .isInstanceOf(DatabaseException.class);

            assertThat(connection.statements().size()).isEqualTo(before);
        }
    }
}
