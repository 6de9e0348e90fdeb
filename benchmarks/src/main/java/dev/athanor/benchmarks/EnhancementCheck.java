package dev.athanor.benchmarks;

import dev.athanor.runtime.ManagedEntity;
import java.util.ArrayList;
import java.util.List;

/**
 * Refuses to benchmark entity classes the agent did not enhance. Without the agent Athanor still
 * works, on snapshot dirty checks and eager to-ones, so a run without it would measure another
 * product under the same name; every JPA benchmark's setup calls this first.
 */
final class EnhancementCheck {

    private EnhancementCheck() {
    }

    static void requireEnhanced(Class<?>... entities) {
        List<String> plain = new ArrayList<>();
        for (Class<?> entity : entities) {
            if (!ManagedEntity.class.isAssignableFrom(entity)) {
                plain.add(entity.getName());
            }
        }
        if (!plain.isEmpty()) {
            throw new IllegalStateException("the entity classes " + plain + " are not enhanced, so this JVM runs"
                    + " without Athanor's agent and its numbers would not be those users get. Run the benchmarks"
                    + " with benchmarks/run-benchmarks.sh, or add -jvmArgsAppend"
                    + " -javaagent:orm-agent/target/orm-agent.jar to the JMH command line (-javaagent:... before"
                    + " -cp for a plain main); build the agent with mvn -q -B package -DskipTests -pl orm-agent -am");
        }
    }
}
