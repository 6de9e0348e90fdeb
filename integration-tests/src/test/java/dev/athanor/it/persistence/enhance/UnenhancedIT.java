package dev.athanor.it.persistence.enhance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Without the agent: one warning lists the classes that were not enhanced and the three fixes, and
 * the unit works on snapshots with eager loading; {@code athanor.enhancement=required} refuses to
 * boot with the same list. Run in a JVM of its own, started without {@code -javaagent}.
 */
class UnenhancedIT {

    @TempDir
    Path dir;

    private record Run(int exit, String output) {
    }

    private Run run(String enhancement) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                PlainApp.class.getName(), dir.resolve("plain.db").toString(), enhancement)
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the application finishes").isTrue();
        return new Run(process.exitValue(), output);
    }

    @Test
    void withoutTheAgentOneWarningNamesTheClassesAndTheFixesAndTheUnitStillWorks() throws Exception {
        Run run = run("auto");
        assertThat(run.exit()).as(run.output()).isZero();
        List<String> warnings = run.output().lines().filter(l -> l.contains("ATH-8018")).toList();
        assertThat(warnings).hasSize(1);
        assertThat(warnings.get(0)).contains("Shop$Customer", "Shop$PurchaseOrder", "Shop$Address", "-javaagent",
                "Launcher-Agent-Class", "build time", "EAGERLY");
        assertThat(run.output()).contains("enhanced=false", "customerLoaded=true",
                "customerClass=" + Shop.Customer.class.getName(), "total=12");
    }

    @Test
    void requiredEnhancementRefusesToBootListingTheClasses() throws Exception {
        Run run = run("required");
        assertThat(run.exit()).as(run.output()).isEqualTo(3);
        assertThat(run.output()).contains("refused=", "ATH-8018", "athanor.enhancement=required",
                "Shop$Customer", "-javaagent");
    }
}
