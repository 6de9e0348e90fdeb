package dev.athanor.core.engine.echo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athanor.core.config.EchoMode;
import dev.athanor.core.engine.Engine;
import dev.athanor.core.engine.Transaction;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EchoListenerTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    private List<String> lines() {
        return bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void printsEachStatementWithItsValuesTimeAndRowCount() {
        try (Engine engine = Engine.builder("sqlite://").echo(true).echoTo(out).build()) {
            engine.execute("create table t (id integer primary key, name text, at text)");
            engine.execute("insert into t (name, at) values (?, ?)", "O'Brien", null);
            engine.execute("select name from t where id = :id", Map.of("id", 1));
        }

        assertThat(lines()).hasSize(6);
        assertThat(lines().get(0)).isEqualTo("[athanor.SQL] create table t (id integer primary key, name text, at text)");
        assertThat(lines().get(1)).matches("\\[athanor\\.SQL] \\(\\) -- \\d+\\.\\d{3} ms, 0 rows \\[conn 1]");
        assertThat(lines().get(2)).isEqualTo("[athanor.SQL] insert into t (name, at) values (?, ?)");
        assertThat(lines().get(3)).matches("\\[athanor\\.SQL] \\('O''Brien', NULL\\) -- \\d+\\.\\d{3} ms, 1 row \\[conn 1]");
        assertThat(lines().get(4)).isEqualTo("[athanor.SQL] select name from t where id = ?");
        assertThat(lines().get(5)).matches("\\[athanor\\.SQL] \\(1\\) -- \\d+\\.\\d{3} ms, 1 row \\[conn 1]");
    }

    @Test
    void printsBeginCommitAndRollback() {
        try (Engine engine = Engine.builder("sqlite://").echo(true).echoTo(out).build()) {
            engine.execute("create table t (x int)");
            bytes.reset();

            engine.inTransaction(c -> c.execute("insert into t values (1)"));
            try (Transaction tx = engine.begin()) {
                tx.execute("insert into t values (2)");
            }
        }

        assertThat(lines()).filteredOn(l -> l.startsWith("[athanor.TXN]")).satisfiesExactly(
                l -> assertThat(l).isEqualTo("[athanor.TXN] BEGIN [conn 1]"),
                l -> assertThat(l).matches("\\[athanor\\.TXN] COMMIT -- \\d+\\.\\d{3} ms \\[conn 1]"),
                l -> assertThat(l).isEqualTo("[athanor.TXN] BEGIN [conn 1]"),
                l -> assertThat(l).matches("\\[athanor\\.TXN] ROLLBACK -- \\d+\\.\\d{3} ms \\[conn 1]"));
        assertThat(lines()).containsSubsequence("[athanor.TXN] BEGIN [conn 1]", "[athanor.SQL] insert into t values (1)");
    }

    @Test
    void printsBatchesWithEachSet() {
        try (Engine engine = Engine.builder("sqlite://").echo(true).echoTo(out).build()) {
            engine.execute("create table t (x int)");
            bytes.reset();
            try (var connection = engine.connect()) {
                connection.executeBatch("insert into t values (?)", List.of(new Object[] {1}, new Object[] {2}));
            }
        }

        assertThat(lines()).hasSize(2);
        assertThat(lines().get(1)).matches("\\[athanor\\.SQL] batch of 2: \\(1\\), \\(2\\) -- \\d+\\.\\d{3} ms,"
                + " 2 rows \\[conn 1]");
    }

    @Test
    void printsNoRowsUnlessDebug() {
        try (Engine engine = Engine.builder("sqlite://").echo(true).echoTo(out).build()) {
            engine.execute("select 1, 'a'");
        }

        assertThat(lines()).noneMatch(l -> l.contains(" row ("));
    }

    @Test
    void debugPrintsTheRowsToo() {
        try (Engine engine = Engine.builder("sqlite://").echo(EchoMode.DEBUG).echoTo(out).build()) {
            engine.execute("select 1 as n, 'a' as s union all select 2, null");
        }

        assertThat(lines()).containsSubsequence("[athanor.SQL] select 1 as n, 'a' as s union all select 2, null",
                "[athanor.SQL] row (1, 'a')", "[athanor.SQL] row (2, NULL)");
        assertThat(lines().get(1)).endsWith("2 rows [conn 1]");
    }

    @Test
    void debugByOptionKey() {
        try (Engine engine = Engine.builder("sqlite://").option("echo", "debug").echoTo(out).build()) {
            engine.execute("select 42");
        }

        assertThat(lines()).contains("[athanor.SQL] row (42)");
    }

    @Test
    void aStreamIsPrintedAsStreamingAndItsRowsAsRead() {
        try (Engine engine = Engine.builder("sqlite://").echo(EchoMode.DEBUG).echoTo(out).build();
             var connection = engine.connect();
             var result = connection.stream("select 1 union all select 2")) {
            assertThat(lines()).hasSize(2);
            assertThat(lines().get(1)).endsWith(", streaming [conn 1]");

            result.iterator().next();

            assertThat(lines()).hasSize(3).last().isEqualTo("[athanor.SQL] row (1)");
        }
    }

    @Test
    void echoOffPrintsNothing() {
        try (Engine engine = Engine.builder("sqlite://").echoTo(out).build()) {
            engine.execute("select 1");
            engine.inTransaction(c -> c.execute("select 2"));
        }

        assertThat(bytes.size()).isZero();
    }
}
