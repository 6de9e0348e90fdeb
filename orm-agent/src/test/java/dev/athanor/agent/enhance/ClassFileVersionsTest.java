package dev.athanor.agent.enhance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.athanor.agent.scan.ClassHeader;
import dev.athanor.agent.scan.ClassHeaderReader;
import dev.athanor.runtime.AttributeTracker;
import dev.athanor.runtime.ManagedEntity;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Enhances entities compiled at test time for each class-file version the agent supports. Releases up to
 * the running JDK's are compiled in-process, loaded (so verified) and exercised; newer ones are compiled
 * with a JDK 25 when one is installed ({@code JAVA25_HOME} or the Temurin package), and only enhanced and
 * read back ({@code AgentJarIT} runs them on that JDK).
 */
public class ClassFileVersionsTest {

    @TempDir
    Path dir;

    /** An entity whose code has the branches, lambdas and (from Java 21) pattern switches of its release. */
    public static String orderSource(int release) {
        String describe = release >= 21
                ? """
                    public String describe(Object other) {
                        return switch (other) {
                            case Order o when o.lines > lines -> "smaller than " + o.status;
                            case Order o -> "not smaller than " + o.status;
                            case String s -> s + " " + status;
                            default -> status;
                        };
                    }
                  """
                : """
                    public String describe(Object other) {
                        if (other instanceof Order o) {
                            return (o.lines > lines ? "smaller than " : "not smaller than ") + o.status;
                        }
                        return other instanceof String s ? s + " " + status : status;
                    }
                  """;
        String constructor = release >= 25
                ? """
                    public Order(String status) {
                        if (status == null) {
                            throw new IllegalArgumentException("status");
                        }
                        this.status = status;
                        super();
                    }
                  """
                : """
                    public Order(String status) {
                        this.status = status;
                    }
                  """;
        return """
                package shop;

                import jakarta.persistence.Entity;
                import jakarta.persistence.Id;
                import java.util.function.Supplier;

                @Entity
                public class Order {
                    @Id
                    private Long id;
                    private String status;
                    private int lines;

                    public Order() {
                    }
                """ + constructor + """
                    public void setStatus(String status) {
                        Supplier<String> upper = () -> status.toUpperCase();
                        this.status = lines > 0 ? upper.get() : status;
                    }

                    public String getStatus() {
                        return status;
                    }

                    public void addLine() {
                        lines++;
                    }
                """ + describe + """
                }
                """;
    }

    @ParameterizedTest(name = "--release {0}")
    @ValueSource(ints = {17, 21, 25})
    void entitiesOfEachReleaseAreEnhancedAndWork(int release) throws Exception {
        int running = Runtime.version().feature();
        Optional<Path> jdk25 = release > running ? jdk25Home() : Optional.empty();
        assumeTrue(release <= running || jdk25.isPresent(), "no JDK can compile --release " + release);
        Path source = dir.resolve("src/shop/Order.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, orderSource(release));
        Path classes = Files.createDirectories(dir.resolve("classes"));
        if (release <= running) {
            compileInProcess(release, source, classes);
        } else {
            compileWith(jdk25.get(), release, source, classes);
        }

        byte[] original = Files.readAllBytes(classes.resolve("shop/Order.class"));
        assertThat(original[7]).as("class-file major version").isEqualTo((byte) (44 + release));
        EnhancementResult result = new Enhancer(ClassBytes.NONE, name -> false).enhance("shop/Order", original);
        assertThat(result.status()).as(result.describe()).isEqualTo(EnhancementResult.Status.ENHANCED);
        ClassHeader enhanced = ClassHeaderReader.read(result.bytes());
        assertThat(enhanced.version()).isEqualTo(44 + release);
        assertThat(enhanced.fields()).extracting(f -> f.name()).contains("$athanor$tracker", "$athanor$FIELDS");
        if (release > running) {
            return;
        }

        EnhancingTestLoader loader = EnhancingTestLoader.forDirectory(classes);
        Class<?> type = loader.loadClass("shop.Order");
        ManagedEntity order = (ManagedEntity) type.getConstructor(String.class).newInstance("new");
        RecordingLoader lazy = new RecordingLoader();
        AttributeTracker tracker = new AttributeTracker(lazy);
        order.$athanor$tracker(tracker);

        EnhancerTest.call(order, "addLine");
        EnhancerTest.call(order, "setStatus", "paid");

        assertThat(order.$athanor$fields()).containsExactly("id", "status", "lines");
        assertThat(tracker.dirtyMask()).isEqualTo(0b110L);
        assertThat(order.$athanor$get(1)).isEqualTo("PAID");
        Object bigger = type.getConstructor(String.class).newInstance("open");
        ((ManagedEntity) bigger).$athanor$set(2, 5);
        assertThat(EnhancerTest.call(order, "describe", bigger)).isEqualTo("smaller than open");
        assertThat(EnhancerTest.call(order, "describe", "status")).isEqualTo("status PAID");
        assertThat(lazy.calls).containsExactly("dirtied");
    }

    private static void compileInProcess(int release, Path source, Path classes) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int status = javac.run(null, null, null, "--release", Integer.toString(release), "-cp",
                System.getProperty("java.class.path"), "-d", classes.toString(), source.toString());
        assertThat(status).as("javac --release " + release).isZero();
    }

    public static void compileWith(Path jdk, int release, Path source, Path classes) throws IOException,
            InterruptedException {
        List<String> command = new ArrayList<>(List.of(jdk.resolve("bin/javac").toString(), "--release",
                Integer.toString(release), "-cp", classes + File.pathSeparator + System.getProperty("java.class.path"),
                "-d", classes.toString(),
                source.toString()));
        Process javac = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(javac.getInputStream().readAllBytes());
        assertThat(javac.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(javac.exitValue()).as(String.join(" ", command) + File.separator + output).isZero();
    }

    /** A JDK 25 or later: {@code JAVA25_HOME}, else the Temurin package's directory. */
    public static Optional<Path> jdk25Home() {
        List<Path> candidates = new ArrayList<>();
        String env = System.getenv("JAVA25_HOME");
        if (env != null && !env.isBlank()) {
            candidates.add(Path.of(env));
        }
        candidates.add(Path.of("/usr/lib/jvm/temurin-25-jdk-amd64"));
        return candidates.stream().filter(home -> Files.isExecutable(home.resolve("bin/javac"))).findFirst();
    }
}
