package dev.athanor.agent.enhance;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where the enhancer reads the class files of superclasses (and of the classes named by field
 * instructions) from, without loading them.
 */
@FunctionalInterface
public interface ClassBytes {

    /** No class files at all: only the class being enhanced is known. */
    ClassBytes NONE = internalName -> null;

    /**
     * Returns the class file of {@code internalName} (such as {@code com/acme/Order}), or null when there
     * is none to be found.
     */
    byte[] find(String internalName);

    /** The class files {@code loader} sees as resources, {@code com/acme/Order.class}; unreadable ones are null. */
    static ClassBytes of(ClassLoader loader) {
        return internalName -> {
            try (InputStream in = loader.getResourceAsStream(internalName + ".class")) {
                return in == null ? null : in.readAllBytes();
            } catch (IOException e) {
                return null;
            }
        };
    }
}
