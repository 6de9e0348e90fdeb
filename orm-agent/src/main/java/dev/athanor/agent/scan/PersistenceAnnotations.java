package dev.athanor.agent.scan;

import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * The jakarta.persistence annotations the enhancer looks for, as descriptors, and a quick test of whether
 * a class file could carry any of them at all.
 */
public final class PersistenceAnnotations {

    public static final String ENTITY = "Ljakarta/persistence/Entity;";
    public static final String EMBEDDABLE = "Ljakarta/persistence/Embeddable;";
    public static final String MAPPED_SUPERCLASS = "Ljakarta/persistence/MappedSuperclass;";
    public static final String TRANSIENT = "Ljakarta/persistence/Transient;";

    /** Annotations of an attribute whose value is another instance, so that a change is another instance. */
    public static final Set<String> ASSOCIATIONS = Set.of(
            "Ljakarta/persistence/ManyToOne;",
            "Ljakarta/persistence/OneToOne;",
            "Ljakarta/persistence/OneToMany;",
            "Ljakarta/persistence/ManyToMany;",
            "Ljakarta/persistence/ElementCollection;");

    private static final byte[] PACKAGE = "jakarta/persistence".getBytes(StandardCharsets.US_ASCII);

    private PersistenceAnnotations() {
    }

    /**
     * Whether the class file mentions {@code jakarta/persistence} anywhere (its constant pool holds every
     * annotation descriptor it uses): a class that does not is not annotated as managed, and need not be
     * parsed.
     */
    public static boolean mentionsPersistence(byte[] classFile) {
        byte first = PACKAGE[0];
        int last = classFile.length - PACKAGE.length;
        outer:
        for (int i = 0; i <= last; i++) {
            if (classFile[i] != first) {
                continue;
            }
            for (int j = 1; j < PACKAGE.length; j++) {
                if (classFile[i + j] != PACKAGE[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
