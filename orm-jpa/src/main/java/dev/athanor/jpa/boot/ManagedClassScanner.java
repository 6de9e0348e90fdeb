package dev.athanor.jpa.boot;

import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.error.ErrorMessage;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Finds the managed classes of a unit's root (a folder or a jar) by reading class files, not by
 * loading classes: only the names of classes annotated {@code @Entity}, {@code @Embeddable},
 * {@code @MappedSuperclass} or {@code @Converter} come back, and only those are loaded later.
 */
final class ManagedClassScanner {

    private static final Set<String> MANAGED = Set.of("Ljakarta/persistence/Entity;",
            "Ljakarta/persistence/Embeddable;", "Ljakarta/persistence/MappedSuperclass;",
            "Ljakarta/persistence/Converter;");

    private ManagedClassScanner() {
    }

    /**
     * The names of the managed classes under {@code root}, in a stable order.
     *
     * @param where the unit and its file, for the message when the root cannot be read
     */
    static List<String> scan(URL root, String where) {
        Path path;
        try {
            if (!"file".equals(root.getProtocol())) {
                throw unreadable(root, where, "only file: roots (a folder or a jar) can be scanned", null);
            }
            path = Path.of(root.toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw unreadable(root, where, e.getMessage(), e);
        }
        try {
            if (Files.isDirectory(path)) {
                return scanDirectory(path);
            }
            if (Files.isRegularFile(path)) {
                return scanJar(path);
            }
        } catch (IOException e) {
            throw unreadable(root, where, e.toString(), e);
        }
        throw unreadable(root, where, "it does not exist", null);
    }

    /** True when the class file's bytes carry one of the managing annotations. */
    static boolean isManaged(byte[] classFile) {
        return ClassFileAnnotations.of(classFile).stream().anyMatch(MANAGED::contains);
    }

    private static List<String> scanDirectory(Path root) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : (Iterable<Path>) files.filter(ManagedClassScanner::isClassFile).sorted()::iterator) {
                if (isManaged(Files.readAllBytes(file))) {
                    found.add(className(root.relativize(file).toString().replace('\\', '/')));
                }
            }
        }
        return found;
    }

    private static List<String> scanJar(Path jar) throws IOException {
        List<String> found = new ArrayList<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            Enumeration<JarEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                JarEntry entry = entries.nextElement();
                if (entry.isDirectory() || !isClassFile(entry.getName()) || entry.getName().startsWith("META-INF/")) {
                    continue;
                }
                try (InputStream in = file.getInputStream(entry)) {
                    if (isManaged(in.readAllBytes())) {
                        found.add(className(entry.getName()));
                    }
                }
            }
        }
        found.sort(null);
        return found;
    }

    private static boolean isClassFile(Path file) {
        return Files.isRegularFile(file) && isClassFile(file.getFileName().toString());
    }

    private static boolean isClassFile(String name) {
        return name.endsWith(".class") && !name.endsWith("module-info.class") && !name.endsWith("package-info.class");
    }

    private static String className(String relativePath) {
        return relativePath.substring(0, relativePath.length() - ".class".length()).replace('/', '.');
    }

    private static PersistenceUnitException unreadable(URL root, String where, String why, Exception cause) {
        return new PersistenceUnitException(ErrorMessage.of(ErrorCode.UNSUPPORTED_UNIT_SETTING,
                "cannot scan " + root + " for managed classes: " + why)
                .detail("persistence unit", where)
                .hint("List the classes with <class> and set <exclude-unlisted-classes>true</exclude-unlisted-classes>,"
                        + " or fix the <jar-file> entry."), cause);
    }
}
