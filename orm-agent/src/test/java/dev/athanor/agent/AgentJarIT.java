package dev.athanor.agent;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athanor.agent.ChildJvm.Run;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledForJreRange;
import org.junit.jupiter.api.condition.JRE;
import org.junit.jupiter.api.io.TempDir;

/** Checks the packaged {@code orm-agent.jar}: its contents, and how it behaves in a real JVM. */
class AgentJarIT {

    private static final String SHADED = "dev/athanor/agent/shaded/bytebuddy/";
    private static final String VERSION = System.getProperty("athanor.expected.version");
    private static final Path JAR = Path.of(System.getProperty("athanor.agent.jar", "target/orm-agent.jar"));
    private static final Path TEST_CLASSES = Path.of(System.getProperty("athanor.test.classes", "target/test-classes"));
    private static final String NL = System.lineSeparator();

    private static List<String> entries;
    private static Attributes manifest;

    @TempDir
    Path scratch;

    @BeforeAll
    static void readJar() throws IOException {
        assertThat(VERSION).as("failsafe passes the project version").isNotBlank();
        assertThat(JAR).as("the packaged agent").isRegularFile();
        try (JarFile jar = new JarFile(JAR.toFile())) {
            entries = jar.stream().map(JarEntry::getName).collect(Collectors.toUnmodifiableList());
            manifest = jar.getManifest().getMainAttributes();
        }
    }

    @Test
    void manifestDeclaresTheAgentAndTheLauncher() {
        assertThat(manifest.getValue("Premain-Class")).isEqualTo("dev.athanor.agent.AthanorAgent");
        assertThat(manifest.getValue("Agent-Class")).isEqualTo("dev.athanor.agent.AthanorAgent");
        assertThat(manifest.getValue("Launcher-Agent-Class")).isEqualTo("dev.athanor.agent.AthanorAgent");
        assertThat(manifest.getValue("Main-Class")).isEqualTo("dev.athanor.agent.AgentMain");
        assertThat(manifest.getValue("Can-Retransform-Classes")).isEqualTo("true");
        assertThat(manifest.getValue("Can-Redefine-Classes")).isEqualTo("false");
        assertThat(manifest.getValue("Implementation-Title")).isEqualTo("Athanor agent");
        assertThat(manifest.getValue("Implementation-Version")).isEqualTo(VERSION);
    }

    @Test
    void byteBuddyIsShadedAndRelocated() {
        assertThat(entries).contains(SHADED + "ByteBuddy.class", "dev/athanor/agent/AthanorAgent.class");
        assertThat(entries).noneMatch(name -> name.startsWith("net/") || name.contains("/net/bytebuddy/"));
        assertThat(entries).noneMatch(name -> name.endsWith("module-info.class"));
        assertThat(entries).noneMatch(name -> name.matches("META-INF/[^/]+\\.(SF|DSA|RSA|EC)"));
        assertThat(entries).noneMatch(name -> name.startsWith("META-INF/maven/net.bytebuddy"));
        assertThat(entries).doesNotHaveDuplicates();
    }

    @Test
    void versionedClassesAreRelocatedAndTheJarSaysItIsMultiRelease() {
        List<String> versioned = entries.stream()
                .filter(name -> name.startsWith("META-INF/versions/") && name.endsWith(".class"))
                .collect(Collectors.toList());
        if (!versioned.isEmpty()) {
            assertThat(manifest.getValue("Multi-Release")).isEqualTo("true");
        }
        assertThat(versioned).allMatch(name -> name.matches("META-INF/versions/\\d+/" + SHADED + ".+"));
    }

    @Test
    void onlyTheAgentsOwnPackagesAreBundled() {
        assertThat(entries).filteredOn(name -> name.endsWith(".class"))
                .allMatch(name -> name.startsWith("dev/athanor/agent/")
                        || name.matches("META-INF/versions/\\d+/dev/athanor/agent/.+"));
    }

    @Test
    void noClassStillNamesTheOriginalPackage() throws IOException {
        List<String> leaks = new ArrayList<>();
        try (JarFile jar = new JarFile(JAR.toFile())) {
            for (JarEntry entry : Collections.list(jar.entries())) {
                if (entry.getName().endsWith(".class")) {
                    String text = new String(jar.getInputStream(entry).readAllBytes(), StandardCharsets.ISO_8859_1);
                    if (text.contains("net/bytebuddy/")) {
                        leaks.add(entry.getName());
                    }
                }
            }
        }
        assertThat(leaks).as("classes referring to net/bytebuddy/ types").isEmpty();
    }

    @Test
    void theShadedByteBuddyGeneratesClasses() throws Exception {
        assertThat(subclassObjectWithShadedByteBuddy(null)).startsWith((byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE);
    }

    @Test
    @EnabledForJreRange(min = JRE.JAVA_24)
    void theShadedByteBuddyFindsItsVersionedClassFileApiBridge() throws Exception {
        assertThat(subclassObjectWithShadedByteBuddy("CLASS_FILE_API_ONLY"))
                .startsWith((byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE);
    }

    /** Makes a subclass of Object with the jar's Byte Buddy, optionally with one of its class writers. */
    private static byte[] subclassObjectWithShadedByteBuddy(String classWriter) throws Exception {
        String shaded = SHADED.replace('/', '.');
        try (URLClassLoader loader = new URLClassLoader(new URL[] {JAR.toUri().toURL()},
                ClassLoader.getPlatformClassLoader())) {
            Class<?> byteBuddyType = loader.loadClass(shaded + "ByteBuddy");
            Object byteBuddy = byteBuddyType.getConstructor().newInstance();
            if (classWriter != null) {
                Class<?> factory = loader.loadClass(shaded + "utility.AsmClassWriter$Factory");
                Object writer = loader.loadClass(shaded + "utility.AsmClassWriter$Factory$Default")
                        .getField(classWriter).get(null);
                byteBuddy = byteBuddyType.getMethod("with", factory).invoke(byteBuddy, writer);
            }
            Object builder = byteBuddyType.getMethod("subclass", Class.class).invoke(byteBuddy, Object.class);
            Method make = loader.loadClass(shaded + "dynamic.DynamicType$Builder").getMethod("make");
            Method getBytes = loader.loadClass(shaded + "dynamic.DynamicType").getMethod("getBytes");
            return (byte[]) getBytes.invoke(make.invoke(builder));
        }
    }

    @Test
    void versionPrintsTheBuildVersion() throws Exception {
        Run run = java("-jar", JAR.toString(), "--version");
        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).isEqualTo("Athanor agent " + VERSION + NL);
        assertThat(run.err()).as("the launcher agent starts silently").isEmpty();
    }

    @Test
    void helpAndNoArgumentPrintTheUsage() throws Exception {
        Run help = java("-jar", JAR.toString(), "--help");
        Run bare = java("-jar", JAR.toString());

        assertThat(help.exit()).as(help.toString()).isZero();
        assertThat(help.out()).contains("-javaagent:", "verbose", "packages=PKG[:PKG...]");
        assertThat(bare.exit()).as(bare.toString()).isZero();
        assertThat(bare.out()).isEqualTo(help.out());
    }

    @Test
    void anUnknownArgumentExitsWithTwoAndTheUsageOnStandardError() throws Exception {
        Run run = java("-jar", JAR.toString(), "--bogus");
        assertThat(run.exit()).as(run.toString()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("unknown argument '--bogus'", "-javaagent:");
    }

    @Test
    void anApplicationRunsUnderTheVerboseAgent() throws Exception {
        Run run = java("-javaagent:" + JAR + "=verbose", "-cp", TEST_CLASSES.toString(),
                SampleApplication.class.getName());

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).isEqualTo("sample application ran" + NL
                + "agent options: AgentOptions[verbose=true, packages=[]]" + NL);
        assertThat(run.err()).startsWith("[athanor-agent] Athanor agent " + VERSION + " started by premain");
    }

    @Test
    void anApplicationRunsUnderTheAgentWithoutOptions() throws Exception {
        Run run = java("-javaagent:" + JAR, "-cp", TEST_CLASSES.toString(), SampleApplication.class.getName());

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).endsWith("agent options: AgentOptions[verbose=false, packages=[]]" + NL);
        assertThat(run.err()).isEmpty();
    }

    @Test
    void anUnknownOptionIsReportedAndTheApplicationStillRuns() throws Exception {
        Run run = java("-javaagent:" + JAR + "=turbo,packages=com.example:org.acme", "-cp", TEST_CLASSES.toString(),
                SampleApplication.class.getName());

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out())
                .endsWith("agent options: AgentOptions[verbose=false, packages=[com.example, org.acme]]" + NL);
        assertThat(run.err()).contains("unknown option 'turbo'", "verbose, packages=PKG[:PKG...]");
    }

    @Test
    void withoutTheAgentTheApplicationSeesNoOptions() throws Exception {
        Run run = java("-cp", TEST_CLASSES + File.pathSeparator + JAR, SampleApplication.class.getName());

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).endsWith("agent options: none" + NL);
    }

    private Run java(String... args) throws IOException, InterruptedException {
        return ChildJvm.java(scratch, args);
    }
}
