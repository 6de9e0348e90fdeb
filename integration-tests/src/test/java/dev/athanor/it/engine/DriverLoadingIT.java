package dev.athanor.it.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * In a fresh JVM with the agent and no SLF4J binding: building engines loads no JDBC driver and
 * opens nothing; the first statement loads only the driver it needs; echo still prints.
 */
class DriverLoadingIT {

    @TempDir
    Path tempDir;

    @Test
    void enginesLoadNoDriverUntilTheyRunAStatementAndEchoNeedsNoLoggingBinding() throws Exception {
        String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.contains("logback"))
                .collect(Collectors.joining(File.pathSeparator));
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-javaagent:" + System.getenv("ATHANOR_AGENT_JAR"),
                "-Xlog:class+load=info:stdout",
                "-cp", classPath,
                LazyEngineProbe.class.getName(),
                tempDir.resolve("probe.db").toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = readAll(process);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();

        int built = output.indexOf("PROBE engines built");
        assertThat(built).as(output).isPositive();
        String beforeFirstStatement = output.substring(0, built);
        String afterFirstStatement = output.substring(built);
        assertThat(beforeFirstStatement)
                .doesNotContain("org.sqlite.JDBC ")
                .doesNotContain("com.mysql.cj.jdbc.Driver ")
                .doesNotContain("com.zaxxer.hikari.HikariDataSource ");
        assertThat(output).contains("PROBE engines built: total=0, active=0, idle=0, waiting=0 / total=0, active=0,"
                + " idle=0, waiting=0");
        assertThat(afterFirstStatement).contains("org.sqlite.JDBC ")
                .contains("[athanor.SQL] select 1")
                .contains("PROBE select 1 = 1")
                // the connection is back; the pool may have opened more idle ones in the background meanwhile
                .containsPattern("PROBE after: total=([1-9]\\d*), active=0, idle=\\1, waiting=0");
        assertThat(output).contains("dev.athanor.agent.AthanorAgent ");
    }

    private static String readAll(Process process) throws IOException {
        return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
}
