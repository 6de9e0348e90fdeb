package dev.athanor.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AgentMainTest {

    private static final String VERSION = System.getProperty("athanor.expected.version");

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return AgentMain.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void versionPrintsTheBuildVersion() {
        assertThat(VERSION).as("surefire passes the project version").isNotBlank();

        assertThat(run("--version")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("Athanor agent " + VERSION + System.lineSeparator());
        assertThat(err.size()).isZero();
    }

    @Test
    void helpPrintsTheUsage() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .startsWith("Athanor agent " + VERSION)
                .contains("-javaagent:/path/to/orm-agent.jar[=OPTIONS]", "verbose", "packages=PKG[:PKG...]");
        assertThat(err.size()).isZero();
    }

    @Test
    void noArgumentPrintsTheUsage() {
        assertThat(run()).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(AgentMain.usage());
    }

    @Test
    void anUnknownArgumentPrintsTheUsageOnStandardError() {
        assertThat(run("--frobnicate")).isEqualTo(2);
        assertThat(out.size()).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8))
                .startsWith("orm-agent: unknown argument '--frobnicate'")
                .endsWith(AgentMain.usage());
    }

    @Test
    void moreThanOneArgumentIsAnError() {
        assertThat(run("--version", "--help")).isEqualTo(2);
        assertThat(out.size()).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("orm-agent: expected one argument, got 2");
    }
}
