package dev.athanor.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the tutorial exactly as the README says, from the built jars, and reads what it printed. */
class TutorialIT {

    @TempDir
    Path workDir;

    @Test
    void tutorialRunsUnderTheAgentAndShowsEachStepInOrder() throws Exception {
        ProcessBuilder builder = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-javaagent:" + System.getProperty("athanor.agent.jar"),
                "-jar", System.getProperty("athanor.tutorial.jar")))
                .directory(workDir.toFile())
                .redirectErrorStream(true);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(out).isZero();

        assertThat(out).containsSubsequence(
                "== 1. Version", "0.1.0-SNAPSHOT",
                "== 2. An engine on sqlite:///:memory:, with echo",
                "== 3. Nothing is connected yet", "started: false; pool: total=0, active=0, idle=0, waiting=0",
                "== 4. select 1", "[athanor.SQL] select 1", "1 row", "one = 1",
                "== 5. The connection went back to the pool", "pool: total=1, active=0, idle=1, waiting=0",
                "[athanor.TXN] BEGIN", "[athanor.TXN] COMMIT",
                "x: 2  y: 4", "x: 6  y: 8",
                "A MySQL engine with pool_recycle");
        if (System.getenv("ATHANOR_MYSQL_URL") != null) {
            assertThat(out).contains("server: MariaDB").contains("connections live 3600s");
        } else {
            assertThat(out).contains("never connects");
        }
        assertThat(out).doesNotContain("Exception");
        assertThat(Files.exists(workDir.resolve("app.db"))).isFalse();
    }
}
