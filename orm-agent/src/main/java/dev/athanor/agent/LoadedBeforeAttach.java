package dev.athanor.agent;

import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The managed classes a JVM had loaded before the agent was attached to it: they cannot gain the fields
 * enhancement adds, so they stay as they are, and the agent says so once.
 */
final class LoadedBeforeAttach {

    private static final Set<String> MANAGED = Set.of("jakarta.persistence.Entity", "jakarta.persistence.Embeddable",
            "jakarta.persistence.MappedSuperclass");
    private static final String ENHANCED = "dev.athanor.runtime.Enhanced";

    private LoadedBeforeAttach() {
    }

    /** The names of the managed, not enhanced classes among {@code loaded}, sorted. */
    static List<String> managedClasses(Class<?>[] loaded) {
        Set<String> found = new TreeSet<>();
        for (Class<?> type : loaded) {
            // the classes are loaded already, so reading their annotations loads nothing new of theirs
            if (type.getClassLoader() != null && !type.isArray() && !type.isInterface() && !type.isRecord()
                    && !EnhancingTransformer.isSkipped(type.getName().replace('.', '/')) && isManaged(type)) {
                found.add(type.getName());
            }
        }
        return List.copyOf(found);
    }

    /** The warning for {@code classes}, or null when there are none. */
    static String warning(List<String> classes) {
        if (classes.isEmpty()) {
            return null;
        }
        return classes.size() + " managed class(es) were loaded before the agent was attached and are NOT enhanced: "
                + String.join(", ", classes) + ". Attach the agent at startup (-javaagent) to enhance them.";
    }

    private static boolean isManaged(Class<?> type) {
        try {
            boolean managed = false;
            for (Annotation annotation : type.getDeclaredAnnotations()) {
                String name = annotation.annotationType().getName();
                if (name.equals(ENHANCED)) {
                    return false;
                }
                managed |= MANAGED.contains(name);
            }
            return managed;
        } catch (Throwable unreadable) {
            return false;
        }
    }
}
