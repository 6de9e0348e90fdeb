package dev.athanor.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.athanor.agent.ChildJvm.Run;
import dev.athanor.agent.enhance.ClassFileVersionsTest;
import dev.athanor.runtime.ManagedEntity;
import example.app.AgentCheck;
import jakarta.persistence.Entity;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged agent enhancing classes in real JVMs: from the class path, the field access of other classes,
 * from a child class loader, as a {@code Launcher-Agent-Class}, after a dynamic attach, limited by
 * {@code packages=}, on broken classes, and on Java 25 class files when a JDK 25 is installed. The
 * application is {@link AgentCheck}.
 */
class EnhancingAgentIT {

    private static final Path JAR = Path.of(System.getProperty("athanor.agent.jar", "target/orm-agent.jar"));
    private static final Path TEST_CLASSES = Path.of(System.getProperty("athanor.test.classes", "target/test-classes"));
    private static final String NL = ChildJvm.NL;
    private static final String ITEM_FIELDS = "[id, name, quantity, price, parent, children, tags]";

    @TempDir
    Path scratch;

    private Path app;
    private String classPath;

    /** The test classes without the ones a test loads through a child loader, plus orm-core and the JPA API. */
    @BeforeEach
    void copyTheApplication() throws IOException {
        app = scratch.resolve("app");
        copy(TEST_CLASSES, app, path -> !path.startsWith("example/child") && !path.startsWith("example/orphan"));
        classPath = String.join(File.pathSeparator, app.toString(), location(ManagedEntity.class),
                location(Entity.class));
    }

    @Test
    void anEntityOnTheClassPathIsEnhanced() throws Exception {
        Run run = ChildJvm.java(scratch, "-javaagent:" + JAR, "-cp", classPath, AgentCheck.class.getName());

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).isEqualTo("Item managed: true" + NL + "Item fields: " + ITEM_FIELDS + NL
                + "Item dirty after setName: true mask 2" + NL + "still running" + NL);
        assertThat(run.err()).isEmpty();
    }

    @Test
    void theApplicationsOwnByteBuddyWorksBesideTheAgent() throws Exception {
        String withByteBuddy = classPath + File.pathSeparator + location(net.bytebuddy.ByteBuddy.class);
        Run run = ChildJvm.java(scratch, "-javaagent:" + JAR, "-cp", withByteBuddy,
                example.app.OwnByteBuddy.class.getName());

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).isEqualTo("made by the application" + NL + "Item managed: true, dirty: true" + NL);
    }

    @Test
    void verboseListsEachClassEnhanced() throws Exception {
        Run run = ChildJvm.java(scratch, "-javaagent:" + JAR + "=verbose", "-cp", classPath,
                AgentCheck.class.getName());

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.err().lines().filter(line -> !line.contains("started by")))
                .containsExactly("[athanor-agent] enhanced example.model.Item (7 tracked fields)");
    }

    @Test
    void aServiceWritingAPublicFieldOfAnEntityMarksItDirtyWhereverItsPackage() throws Exception {
        Run run = ChildJvm.java(scratch, "-javaagent:" + JAR + "=verbose,packages=example.model", "-cp", classPath,
                AgentCheck.class.getName(), "fields");

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).isEqualTo("Post managed: true" + NL + "Post dirty after a service wrote its public field:"
                + " true mask 2, title hello" + NL + "still running" + NL);
        // Post names Invoice and Audited in its own field access, so the verifier loads them too
        assertThat(run.err().lines()).contains("[athanor-agent] enhanced example.model.Post (4 tracked fields)",
                "[athanor-agent] rewrote 1 field access in example.app.Newsdesk");
    }

    @Test
    void aClassOutsideThePackagesOptionIsNotEnhanced() throws Exception {
        Run run = ChildJvm.java(scratch, "-javaagent:" + JAR + "=verbose,packages=com.acme", "-cp", classPath,
                AgentCheck.class.getName());

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).isEqualTo("Item managed: false" + NL + "still running" + NL);
        assertThat(run.err()).doesNotContain("enhanced example");
    }

    @Test
    void anEntityOfAChildClassLoaderIsEnhanced() throws Exception {
        Path child = scratch.resolve("child");
        copy(TEST_CLASSES, child, path -> path.startsWith("example/child"));

        Run run = ChildJvm.java(scratch, "-javaagent:" + JAR + "=verbose", "-cp", classPath,
                AgentCheck.class.getName(), "child", child.toString());

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).isEqualTo("Gadget loader is child: true" + NL + "Gadget managed: true" + NL
                + "Gadget dirty after setName: true" + NL + "still running" + NL);
        assertThat(run.err()).contains("[athanor-agent] enhanced example.child.Gadget (1 tracked field)");
    }

    @Test
    void brokenClassesAreReportedAndTheJvmKeepsRunning() throws Exception {
        Path broken = scratch.resolve("broken");
        copy(TEST_CLASSES, broken, path -> path.equals(Path.of("example/orphan/Child.class")));
        Path junk = broken.resolve("example/junk/Junk.class");
        Files.createDirectories(junk.getParent());
        // a Java 17 class-file header, then garbage that happens to name a persistence annotation
        Files.write(junk, ("\u00ca\u00fe\u00ba\u00be\u0000\u0000\u0000\u003d"
                + " garbage that names Ljakarta/persistence/Entity;").getBytes(StandardCharsets.ISO_8859_1));

        Run run = ChildJvm.java(scratch, "-javaagent:" + JAR, "-cp", classPath, AgentCheck.class.getName(),
                "broken", broken.toString(), "example.junk.Junk", "example.orphan.Child");

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).isEqualTo("example.junk.Junk failed: ClassFormatError" + NL
                + "example.orphan.Child failed: NoClassDefFoundError" + NL + "still running" + NL);
        assertThat(run.err()).contains("WARNING: example.junk.Junk NOT enhanced: its class file cannot be read",
                "WARNING: example.orphan.Child NOT enhanced: the class file of its superclass example.orphan.Parent"
                        + " cannot be found");
    }

    @Test
    void aLauncherAgentClassJarEnhancesWithoutJavaagent() throws Exception {
        Path dir = Files.createDirectories(scratch.resolve("launcher"));
        Files.copy(JAR, dir.resolve("orm-agent.jar"));
        List<String> classPathEntries = new ArrayList<>(List.of("orm-agent.jar"));
        classPathEntries.add(copyNextTo(dir, Path.of(location(ManagedEntity.class)), "orm-core"));
        classPathEntries.add(copyNextTo(dir, Path.of(location(Entity.class)), "jakarta-persistence"));
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.put(Attributes.Name.MAIN_CLASS, AgentCheck.class.getName());
        main.put(new Attributes.Name("Launcher-Agent-Class"), "dev.athanor.agent.AthanorAgent");
        main.put(Attributes.Name.CLASS_PATH, String.join(" ", classPathEntries));
        Path appJar = dir.resolve("app.jar");
        try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(appJar), manifest);
             Stream<Path> files = Files.walk(app.resolve("example"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                jar.putNextEntry(new JarEntry(app.relativize(file).toString().replace(File.separatorChar, '/')));
                Files.copy(file, jar);
                jar.closeEntry();
            }
        }

        Run run = ChildJvm.java(scratch, "-jar", appJar.toString());

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).startsWith("Item managed: true" + NL).contains("Item dirty after setName: true");
    }

    @Test
    void attachedToARunningJvmTheAgentNamesTheEntitiesLoadedBefore() throws Exception {
        copy(TEST_CLASSES, app, path -> path.startsWith("example/child"));

        Run run = ChildJvm.java(scratch, "-Djdk.attach.allowAttachSelf=true", "-cp", classPath,
                AgentCheck.class.getName(), "attach", JAR.toString());

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).isEqualTo("Item managed after attach: false" + NL + "Gadget managed after attach: true"
                + NL + "still running" + NL);
        assertThat(run.err()).contains("1 managed class(es) were loaded before the agent was attached and are NOT"
                + " enhanced: example.model.Item.");
    }

    @Test
    void java25ClassFilesAreEnhancedOnAJdk25() throws Exception {
        Path jdk = ClassFileVersionsTest.jdk25Home().orElse(null);
        assumeTrue(jdk != null, "no JDK 25 installed (set JAVA25_HOME)");
        Path source = scratch.resolve("src/shop/Order.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, ClassFileVersionsTest.orderSource(25));
        Path main = scratch.resolve("src/shop/Main.java");
        Files.writeString(main, """
                package shop;

                import dev.athanor.runtime.AttributeTracker;
                import dev.athanor.runtime.ManagedEntity;

                public class Main {
                    public static void main(String[] args) {
                        Order order = new Order("new");
                        AttributeTracker tracker = new AttributeTracker(null);
                        ((ManagedEntity) (Object) order).$athanor$tracker(tracker);
                        order.addLine();
                        order.setStatus("paid");
                        System.out.println(Runtime.version().feature() + " " + order.getStatus() + " "
                                + Long.toBinaryString(tracker.dirtyMask()));
                    }
                }
                """);
        Path classes = Files.createDirectories(scratch.resolve("classes25"));
        ClassFileVersionsTest.compileWith(jdk, 25, source, classes);
        ClassFileVersionsTest.compileWith(jdk, 25, main, classes);

        Run run = ChildJvm.java(jdk, scratch, "-javaagent:" + JAR + "=verbose", "-cp",
                String.join(File.pathSeparator, classes.toString(), location(ManagedEntity.class),
                        location(Entity.class)), "shop.Main");

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).isEqualTo("25 PAID 110" + NL);
        assertThat(run.err()).contains("[athanor-agent] enhanced shop.Order (3 tracked fields)");
    }

    private static String location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Copies a jar or a class directory into {@code dir}; returns its Class-Path entry. */
    private static String copyNextTo(Path dir, Path source, String name) throws IOException {
        if (Files.isDirectory(source)) {
            copy(source, dir.resolve(name), path -> true);
            return name + "/";
        }
        Files.copy(source, dir.resolve(name + ".jar"));
        return name + ".jar";
    }

    private static void copy(Path from, Path to, java.util.function.Predicate<Path> include) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path relative = from.relativize(file);
                if (include.test(relative)) {
                    Path target = to.resolve(relative);
                    Files.createDirectories(target.getParent());
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
