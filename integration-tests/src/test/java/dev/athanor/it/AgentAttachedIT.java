package dev.athanor.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/** The integration tests run as users will: under -javaagent with the built orm-agent.jar. */
class AgentAttachedIT {

    @Test
    void testsRunUnderTheBuiltAgent() throws Exception {
        assertThat(ManagementFactory.getRuntimeMXBean().getInputArguments())
                .anySatisfy(arg -> assertThat(arg).startsWith("-javaagent:").endsWith("orm-agent/target/orm-agent.jar"));
        assertThat(Class.forName("dev.athanor.agent.AthanorAgent", false, ClassLoader.getSystemClassLoader()))
                .isNotNull();
    }
}
