package dev.athanor.jpa.boot;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

/** Writes persistence.xml, orm.xml, class files and jars into a temporary folder for boot tests. */
final class TestUnits {

    static final String PERSISTENCE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <persistence xmlns="https://jakarta.ee/xml/ns/persistence" version="3.2">
            %s
            </persistence>
            """;

    static final String ORM = """
            <?xml version="1.0" encoding="UTF-8"?>
            <entity-mappings xmlns="https://jakarta.ee/xml/ns/persistence/orm" version="3.2">
            %s
            </entity-mappings>
            """;

    private TestUnits() {
    }

    /** Writes {@code META-INF/persistence.xml} holding the units under root. */
    static Path persistenceXml(Path root, String units) throws IOException {
        return write(root, "META-INF/persistence.xml", PERSISTENCE.formatted(units));
    }

    static Path ormXml(Path root, String name, String mappings) throws IOException {
        return write(root, name, ORM.formatted(mappings));
    }

    static Path write(Path root, String name, String text) throws IOException {
        Path file = root.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    /** A loader that sees root first, then the test classes. */
    static URLClassLoader loader(Path root) throws IOException {
        return new URLClassLoader(new URL[] {root.toUri().toURL()}, TestUnits.class.getClassLoader());
    }

    /** The bytes of a compiled test class. */
    static byte[] classFile(Class<?> type) throws IOException {
        try (InputStream in = type.getResourceAsStream(type.getSimpleName() + ".class")) {
            return in.readAllBytes();
        }
    }

    /** Copies the class files of the types into root, in their package folders. */
    static void copyClasses(Path root, Class<?>... types) throws IOException {
        for (Class<?> type : types) {
            Path file = root.resolve(type.getName().replace('.', '/') + ".class");
            Files.createDirectories(file.getParent());
            Files.write(file, classFile(type));
        }
    }

    /** Builds a jar holding the class files of the types. */
    static Path jar(Path file, Class<?>... types) throws IOException {
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file); JarOutputStream jar = new JarOutputStream(out)) {
            for (Class<?> type : types) {
                jar.putNextEntry(new JarEntry(type.getName().replace('.', '/') + ".class"));
                jar.write(classFile(type));
                jar.closeEntry();
            }
        }
        return file;
    }
}
