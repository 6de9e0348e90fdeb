package dev.athanor.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class AthanorAgentTest {

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private String start(String agentArgs) {
        AthanorAgent.start(agentArgs, "premain", null, new PrintStream(err, true, StandardCharsets.UTF_8));
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void remembersTheOptionsSilently() {
        assertThat(start("packages=com.example")).isEmpty();
        assertThat(AthanorAgent.options()).contains(new AgentOptions(false, List.of("com.example")));
    }

    @Test
    void noOptionsMeanTheDefaults() {
        assertThat(start(null)).isEmpty();
        assertThat(AthanorAgent.options()).contains(AgentOptions.DEFAULTS);
    }

    @Test
    void verboseSaysWhoStartedItAndWithWhat() {
        assertThat(start("verbose")).startsWith("[athanor-agent] Athanor agent ")
                .contains("started by premain", "verbose=true");
    }

    @Test
    void anUnknownOptionIsReportedNotThrown() {
        assertThat(start("verbose,turbo")).contains("[athanor-agent] unknown option 'turbo'", "verbose, packages=");
        assertThat(AthanorAgent.options()).get().extracting(AgentOptions::verbose).isEqualTo(true);
    }

    @Test
    void theJvmEntryPointsNeverThrow() {
        assertThatCode(() -> {
            AthanorAgent.premain(",,", null);
            AthanorAgent.agentmain("", null);
        }).doesNotThrowAnyException();
        assertThat(AthanorAgent.options()).contains(AgentOptions.DEFAULTS);
    }
}
