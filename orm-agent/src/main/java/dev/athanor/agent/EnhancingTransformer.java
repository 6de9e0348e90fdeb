package dev.athanor.agent;

import dev.athanor.agent.enhance.ClassBytes;
import dev.athanor.agent.enhance.EnhancementListener;
import dev.athanor.agent.enhance.EnhancementResult;
import dev.athanor.agent.enhance.Enhancer;
import dev.athanor.agent.scan.ClassHeaderReader;
import dev.athanor.agent.scan.PersistenceAnnotations;
import java.lang.instrument.ClassFileTransformer;
import java.lang.ref.WeakReference;
import java.security.ProtectionDomain;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * Enhances managed classes as the JVM loads them, through the {@link Enhancer}, and rewrites the other
 * classes' direct reads and writes of their tracked fields. It decides which loaders and names to consider:
 * not the bootstrap loader, not a loader that cannot see the runtime ({@code dev.athanor.runtime}, in
 * orm-core), not the JDK's or well-known libraries' packages; only the {@code packages=} of the options, when
 * given, are enhanced, while the classes of every package have their field access checked. Each loader has
 * one enhancer, which remembers what it read of the classes field instructions name, and its
 * persistence.xml and orm.xml are read once, for the classes they name.
 *
 * <p>Never throws: whatever goes wrong is reported to the listener, and the class loads as it is.
 */
public final class EnhancingTransformer implements ClassFileTransformer {

    private static final String RUNTIME_PROBE = "dev/athanor/runtime/ManagedEntity.class";

    /**
     * Packages never enhanced, checked before anything is parsed. Byte Buddy's is built at run time: the
     * shade plugin would otherwise rewrite the literal into the relocated name.
     */
    private static final List<String> SKIPPED = List.of("java/", "javax/", "jdk/", "sun/", "com/sun/", "jakarta/",
            String.join("/", "net", "bytebuddy", ""), "dev/athanor/agent/", "dev/athanor/core/", "dev/athanor/jpa/",
            "dev/athanor/runtime/", "org/slf4j/", "ch/qos/logback/", "com/zaxxer/", "org/sqlite/", "com/mysql/",
            "org/mariadb/", "org/junit/", "org/opentest4j/", "org/apiguardian/", "org/assertj/", "org/apache/maven/",
            "kotlin/", "scala/", "groovy/", "org/codehaus/groovy/");

    private final EnhancementListener listener;
    private final Predicate<String> scope;
    private final Set<String> loadedBeforeAttach = ConcurrentHashMap.newKeySet();
    private final Map<ClassLoader, LoaderView> loaders = new WeakHashMap<>();

    /**
     * @param options  the agent's options: {@code packages=} limits the classes considered
     * @param listener hears every result and every problem
     */
    public EnhancingTransformer(AgentOptions options, EnhancementListener listener) {
        this.listener = listener;
        List<String> packages = options.packages().stream().map(name -> name.replace('.', '/') + "/").toList();
        this.scope = name -> !isSkipped(name) && (packages.isEmpty() || packages.stream().anyMatch(name::startsWith))
                && !loadedBeforeAttach.contains(name);
    }

    /**
     * Names managed classes (dotted names) the JVM loaded before the agent was attached: they have no
     * accessors, so the field access of classes loaded later is left alone for them.
     */
    void loadedBeforeAttach(Collection<String> classNames) {
        classNames.forEach(name -> loadedBeforeAttach.add(name.replace('.', '/')));
    }

    /** Whether a class of this internal name is never considered: the JDK's and known libraries'. */
    static boolean isSkipped(String internalName) {
        for (String prefix : SKIPPED) {
            if (internalName.startsWith(prefix)) {
                return true;
            }
        }
        return internalName.equals("module-info") || internalName.endsWith("/module-info")
                || internalName.endsWith("package-info");
    }

    @Override
    public byte[] transform(ClassLoader loader, String className, Class<?> classBeingRedefined,
                            ProtectionDomain protectionDomain, byte[] classfileBuffer) {
        // a class being redefined or retransformed cannot get the fields enhancement adds
        if (loader == null || className == null || classBeingRedefined != null || isSkipped(className)) {
            return null;
        }
        try {
            LoaderView view = view(loader);
            if (!view.seesRuntime) {
                if (scope.test(className) && (view.named.contains(className)
                        || PersistenceAnnotations.mentionsPersistence(classfileBuffer))) {
                    reportInvisibleRuntime(loader, view, className, classfileBuffer);
                }
                return null;
            }
            EnhancementResult result = view.enhancer.enhance(className, classfileBuffer);
            listener.onResult(result);
            return result.bytes();
        } catch (Throwable failure) {
            // an exception here would be swallowed by the JVM, or worse; the class loads as it is
            try {
                listener.onError(className.replace('/', '.'), failure);
            } catch (Throwable ignored) {
                // the listener must not throw; if it does anyway, there is no one left to tell
            }
            return null;
        }
    }

    private LoaderView view(ClassLoader loader) {
        synchronized (loaders) {
            LoaderView known = loaders.get(loader);
            if (known != null) {
                return known;
            }
        }
        // read outside the lock: reading resources may load classes of that loader on this thread
        Set<String> named = DeclaredManagedClasses.of(loader, listener::onWarning);
        Enhancer enhancer = new Enhancer(classBytes(new WeakReference<>(loader)), named::contains).withScope(scope);
        LoaderView read = new LoaderView(loader.getResource(RUNTIME_PROBE) != null, named, enhancer);
        synchronized (loaders) {
            return loaders.computeIfAbsent(loader, key -> read);
        }
    }

    /**
     * The class files of a loader, reached weakly: the view of a loader is the value of a weak map, and must
     * not keep its key alive.
     */
    private static ClassBytes classBytes(WeakReference<ClassLoader> loader) {
        return internalName -> {
            ClassLoader alive = loader.get();
            return alive == null ? null : ClassBytes.of(alive).find(internalName);
        };
    }

    private void reportInvisibleRuntime(ClassLoader loader, LoaderView view, String className, byte[] bytes) {
        boolean managed;
        try {
            managed = view.named.contains(className) || isAnnotatedManaged(bytes);
        } catch (IllegalArgumentException unreadable) {
            managed = false;
        }
        if (managed && view.claimReport()) {
            listener.onWarning("class loader " + loader + " cannot see dev.athanor.runtime (orm-core), so the managed"
                    + " classes it loads, such as " + className.replace('/', '.') + ", are NOT enhanced; put orm-core"
                    + " on the class path that loads the entities");
        }
    }

    private static boolean isAnnotatedManaged(byte[] bytes) {
        var header = ClassHeaderReader.read(bytes);
        return header.hasAnnotation(PersistenceAnnotations.ENTITY)
                || header.hasAnnotation(PersistenceAnnotations.EMBEDDABLE)
                || header.hasAnnotation(PersistenceAnnotations.MAPPED_SUPERCLASS);
    }

    /**
     * What one class loader sees: the runtime or not, and the classes its persistence files name; and the
     * enhancer of its classes.
     */
    private static final class LoaderView {
        final boolean seesRuntime;
        final Set<String> named;
        final Enhancer enhancer;
        private boolean reported;

        LoaderView(boolean seesRuntime, Set<String> named, Enhancer enhancer) {
            this.seesRuntime = seesRuntime;
            this.named = named;
            this.enhancer = enhancer;
        }

        synchronized boolean claimReport() {
            boolean first = !reported;
            reported = true;
            return first;
        }
    }
}
