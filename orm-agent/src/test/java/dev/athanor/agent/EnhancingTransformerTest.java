package dev.athanor.agent;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athanor.agent.enhance.EnhancementListener;
import dev.athanor.agent.enhance.EnhancementResult;
import example.app.Newsdesk;
import example.model.Clerk;
import example.model.Item;
import example.model.Plain;
import example.model.Post;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnhancingTransformerTest {

    private static final ClassLoader TEST_LOADER = EnhancingTransformerTest.class.getClassLoader();

    @TempDir
    Path dir;

    private final List<String> heard = new ArrayList<>();
    private final EnhancementListener listener = new EnhancementListener() {
        @Override
        public void onResult(EnhancementResult result) {
            heard.add(result.status() + " " + result.className());
        }

        @Override
        public void onError(String className, Throwable error) {
            heard.add("ERROR " + className + ": " + error.getMessage());
        }

        @Override
        public void onWarning(String message) {
            heard.add("WARNING " + message);
        }
    };

    private EnhancingTransformer transformer(String packages) {
        return new EnhancingTransformer(packages == null ? AgentOptions.DEFAULTS
                : new AgentOptions(false, List.of(packages)), listener);
    }

    @Test
    void enhancesAManagedClassOfALoaderThatSeesTheRuntime() throws IOException {
        byte[] enhanced = transformer(null).transform(TEST_LOADER, internal(Item.class), null, null, bytes(Item.class));

        assertThat(enhanced).isNotNull();
        assertThat(heard).containsExactly("ENHANCED " + Item.class.getName());
    }

    @Test
    void leavesTheBootstrapLoaderRedefinitionsAndSkippedPackagesAlone() throws IOException {
        EnhancingTransformer transformer = transformer(null);
        byte[] item = bytes(Item.class);

        assertThat(transformer.transform(null, internal(Item.class), null, null, item)).isNull();
        assertThat(transformer.transform(TEST_LOADER, internal(Item.class), Item.class, null, item)).isNull();
        assertThat(transformer.transform(TEST_LOADER, "jakarta/persistence/Entity", null, null, item)).isNull();
        assertThat(transformer.transform(TEST_LOADER, "dev/athanor/runtime/ManagedEntity", null, null, item)).isNull();
        assertThat(heard).isEmpty();
        assertThat(EnhancingTransformer.isSkipped("net/bytebuddy/ByteBuddy")).isTrue();
        assertThat(EnhancingTransformer.isSkipped("com/acme/module-info")).isTrue();
        assertThat(EnhancingTransformer.isSkipped("com/acme/Order")).isFalse();
    }

    @Test
    void considersOnlyThePackagesOfTheOption() throws IOException {
        assertThat(transformer("com.acme").transform(TEST_LOADER, internal(Item.class), null, null, bytes(Item.class)))
                .isNull();
        assertThat(transformer(Item.class.getPackageName())
                .transform(TEST_LOADER, internal(Item.class), null, null, bytes(Item.class))).isNotNull();
        assertThat(transformer("example.mod")
                .transform(TEST_LOADER, internal(Item.class), null, null, bytes(Item.class)))
                .as("a package is not a prefix of a name").isNull();
    }

    @Test
    void aPlainClassWritingFieldsOfAnEntityIsRewrittenEvenOutsideThePackagesOption() throws IOException {
        byte[] rewritten = transformer(Item.class.getPackageName() + ".none")
                .transform(TEST_LOADER, internal(Newsdesk.class), null, null, bytes(Newsdesk.class));
        assertThat(rewritten).as("the entity is outside the packages: nothing to call").isNull();

        assertThat(transformer(Post.class.getPackageName())
                .transform(TEST_LOADER, internal(Newsdesk.class), null, null, bytes(Newsdesk.class))).isNotNull();
        assertThat(heard).containsExactly("NOT_MANAGED " + Newsdesk.class.getName(),
                "REWRITTEN " + Newsdesk.class.getName());
    }

    @Test
    void anEntityLoadedBeforeTheAgentWasAttachedHasItsFieldAccessLeftAlone() throws IOException {
        EnhancingTransformer transformer = transformer(null);
        transformer.loadedBeforeAttach(List.of(Post.class.getName()));

        assertThat(transformer.transform(TEST_LOADER, internal(Newsdesk.class), null, null, bytes(Newsdesk.class)))
                .as("Post has no accessors to call").isNull();
        assertThat(transformer.transform(TEST_LOADER, internal(Clerk.class), null, null, bytes(Clerk.class)))
                .as("but Invoice has").isNotNull();
    }

    @Test
    void aLoaderThatCannotSeeTheRuntimeIsReportedOnce() throws IOException {
        EnhancingTransformer transformer = transformer(null);
        try (URLClassLoader isolated = new URLClassLoader(new URL[] {dir.toUri().toURL()},
                ClassLoader.getPlatformClassLoader())) {
            assertThat(transformer.transform(isolated, internal(Plain.class), null, null, bytes(Plain.class))).isNull();
            assertThat(transformer.transform(isolated, internal(Item.class), null, null, bytes(Item.class))).isNull();
            assertThat(transformer.transform(isolated, internal(Item.class), null, null, bytes(Item.class))).isNull();
        }
        assertThat(heard).singleElement().asString().startsWith("WARNING class loader")
                .contains("cannot see dev.athanor.runtime", Item.class.getName(), "NOT enhanced");
    }

    @Test
    void aClassNamedInPersistenceXmlIsManaged() throws IOException {
        Path xml = dir.resolve("META-INF/persistence.xml");
        Files.createDirectories(xml.getParent());
        Files.writeString(xml, "<persistence><persistence-unit name='u'><class>" + Plain.class.getName()
                + "</class></persistence-unit></persistence>");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, TEST_LOADER)) {
            assertThat(transformer(null).transform(loader, internal(Plain.class), null, null, bytes(Plain.class)))
                    .isNotNull();
        }
        assertThat(heard).containsExactly("ENHANCED " + Plain.class.getName());
    }

    @Test
    void brokenBytesAreReportedAndNeverThrown() {
        byte[] garbage = "not a class, but it mentions Ljakarta/persistence/Entity;".getBytes(StandardCharsets.UTF_8);

        assertThat(transformer(null).transform(TEST_LOADER, "com/acme/Broken", null, null, garbage)).isNull();

        assertThat(heard).containsExactly("REFUSED com.acme.Broken");
    }

    @Test
    void aFailingClassLoaderIsReportedAndNeverThrown() throws IOException {
        ClassLoader failing = new ClassLoader(TEST_LOADER) {
            @Override
            public URL getResource(String name) {
                throw new IllegalStateException("resources are gone");
            }
        };

        assertThat(transformer(null).transform(failing, internal(Item.class), null, null, bytes(Item.class))).isNull();

        assertThat(heard).containsExactly("ERROR " + Item.class.getName() + ": resources are gone");
    }

    private static String internal(Class<?> type) {
        return type.getName().replace('.', '/');
    }

    private static byte[] bytes(Class<?> type) throws IOException {
        try (InputStream in = TEST_LOADER.getResourceAsStream(internal(type) + ".class")) {
            return in.readAllBytes();
        }
    }
}
