package dev.athanor.agent.enhance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A child-first class loader that defines the classes it owns from what the {@link Enhancer} makes of their
 * class files; everything else (the runtime, jakarta.persistence, the JDK) comes from the test's loader,
 * so the test can cast to {@code ManagedEntity}. Defining a class runs the JVM's verifier on it.
 */
final class EnhancingTestLoader extends ClassLoader {

    private final Predicate<String> owns;
    private final Function<String, byte[]> classFiles;
    private final Enhancer enhancer;
    final Map<String, EnhancementResult> results = new ConcurrentHashMap<>();

    private EnhancingTestLoader(Predicate<String> owns, Function<String, byte[]> classFiles,
                                Predicate<String> alsoManaged) {
        super("enhancing-test", EnhancingTestLoader.class.getClassLoader());
        this.owns = owns;
        this.classFiles = classFiles;
        this.enhancer = new Enhancer(classFiles::apply, alsoManaged);
    }

    /** Owns the classes of the test class path in {@code packageName}. */
    static EnhancingTestLoader forPackage(String packageName) {
        return forPackage(packageName, name -> false);
    }

    static EnhancingTestLoader forPackage(String packageName, Predicate<String> alsoManaged) {
        ClassLoader parent = EnhancingTestLoader.class.getClassLoader();
        return new EnhancingTestLoader(name -> name.startsWith(packageName + "."), internal -> {
            try (InputStream in = parent.getResourceAsStream(internal + ".class")) {
                return in == null ? null : in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, alsoManaged);
    }

    /** Owns the classes compiled into {@code directory}. */
    static EnhancingTestLoader forDirectory(Path directory) {
        return new EnhancingTestLoader(
                name -> Files.isRegularFile(directory.resolve(name.replace('.', '/') + ".class")),
                internal -> {
                    Path file = directory.resolve(internal + ".class");
                    try {
                        return Files.isRegularFile(file) ? Files.readAllBytes(file) : null;
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }, name -> false);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        synchronized (getClassLoadingLock(name)) {
            Class<?> type = findLoadedClass(name);
            if (type == null && owns.test(name)) {
                String internal = name.replace('.', '/');
                byte[] original = classFiles.apply(internal);
                if (original != null) {
                    EnhancementResult result = enhancer.enhance(internal, original);
                    results.put(name, result);
                    byte[] bytes = result.bytes() != null ? result.bytes() : original;
                    type = defineClass(name, bytes, 0, bytes.length);
                }
            }
            if (type == null) {
                return super.loadClass(name, resolve);
            }
            if (resolve) {
                resolveClass(type);
            }
            return type;
        }
    }
}
