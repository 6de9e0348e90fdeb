package dev.athanor.it.engine;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import dev.athanor.Athanor;
import dev.athanor.core.engine.Engine;
import dev.athanor.core.engine.Transaction;
import dev.athanor.testing.LogCapture;
import dev.athanor.it.Target;
import dev.athanor.it.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Echo prints statements, parameters, timing, row counts and transactions; loggers get the same. */
class EchoIT {

    @TempDir
    Path tempDir;

    /** Runs the action with System.out captured, and returns what it printed. */
    private static String stdout(Runnable action) {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setOut(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void echoPrintsEachStatementWithParametersTimeAndRowsToStandardOutput(Target target) {
        try (TestDatabase db = TestDatabase.open(target, tempDir)) {
            String url = db.url();
            Object[] sum = new Object[1];
            String printed = stdout(() -> {
                try (Engine engine = Athanor.createEngine(url, Map.of("echo", true))) {
                    sum[0] = engine.execute("select ? + ? AS total", 1, 2).scalar(Long.class);
                    try (Transaction tx = engine.begin()) {
                        tx.execute("select :word AS w", Map.of("word", "it's"));
                        tx.commit();
                    }
                }
            });
            assertThat(sum[0]).isEqualTo(3L);
            assertThat(printed)
                    .contains("[athanor.SQL] select ? + ? AS total")
                    .containsPattern("\\[athanor\\.SQL] \\(1, 2\\) -- \\d+\\.\\d{3} ms, 1 row \\[conn \\d+]")
                    .contains("[athanor.TXN] BEGIN")
                    .contains("[athanor.SQL] select ? AS w")
                    .contains("('it''s')")
                    .containsPattern("\\[athanor\\.TXN] COMMIT -- \\d+\\.\\d{3} ms");
            assertThat(printed.indexOf("BEGIN")).isLessThan(printed.indexOf("select ? AS w"));
            assertThat(printed.indexOf("select ? AS w")).isLessThan(printed.indexOf("COMMIT"));
            assertThat(printed).doesNotContain("[athanor.SQL] row");
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void echoDebugAlsoPrintsTheRows(Target target) {
        try (TestDatabase db = TestDatabase.open(target, tempDir)) {
            String url = db.url();
            String printed = stdout(() -> {
                try (Engine engine = Athanor.createEngine(url, Map.of("echo", "debug"))) {
                    engine.execute("select 'a' AS x UNION ALL select 'b' ORDER BY 1");
                }
            });
            assertThat(printed).contains("[athanor.SQL] row ('a')").contains("[athanor.SQL] row ('b')")
                    .contains("2 rows");
        }
    }

    @Test
    void withoutEchoNothingIsPrintedButTheLoggersStillGetEveryEventAtDebug() {
        try (LogCapture sql = LogCapture.of("dev.athanor.SQL", Level.DEBUG);
             LogCapture txn = LogCapture.of("dev.athanor.TXN", Level.DEBUG)) {
            String printed = stdout(() -> {
                try (Engine engine = Athanor.createEngine("sqlite://")) {
                    engine.execute("select ?", 42);
                    try (Transaction tx = engine.begin()) {
                        tx.execute("select 1");
                    }
                }
            });
            assertThat(printed).doesNotContain("athanor.SQL");
            assertThat(sql.messages(Level.DEBUG)).anySatisfy(m -> assertThat(m).startsWith("select ?")
                    .contains("(42)").contains("1 row"));
            assertThat(sql.messages(Level.DEBUG)).hasSize(2);
            assertThat(txn.messages(Level.DEBUG)).hasSize(2);
            assertThat(txn.messages(Level.DEBUG).get(0)).startsWith("BEGIN");
            assertThat(txn.messages(Level.DEBUG).get(1)).startsWith("ROLLBACK");
        }
    }

    @Test
    void batchesAreEchoedAsOneStatementWithTheirParameterSets() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Engine engine = Engine.builder("sqlite:///:memory:").echo(true)
                .echoTo(new PrintStream(out, true, StandardCharsets.UTF_8)).build()) {
            engine.execute("create table t (x int)");
            try (var connection = engine.connect()) {
                java.util.List<Object[]> rows = new java.util.ArrayList<>();
                for (int i = 0; i < 12; i++) {
                    rows.add(new Object[] {i});
                }
                connection.executeBatch("insert into t (x) values (?)", rows);
            }
        }
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("batch of 12: (0), (1), (2)")
                .contains("... 2 more")
                .contains("12 rows");
    }
}
