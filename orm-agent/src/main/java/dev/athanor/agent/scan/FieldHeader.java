package dev.athanor.agent.scan;

import java.util.Set;

/**
 * A field as its class file declares it.
 *
 * @param access      the access flags
 * @param name        the field's name
 * @param descriptor  its type descriptor, such as {@code I} or {@code Ljava/lang/String;}
 * @param annotations descriptors of its runtime-visible annotations
 */
public record FieldHeader(int access, String name, String descriptor, Set<String> annotations) {

    private static final int ACC_STATIC = 0x0008;
    private static final int ACC_TRANSIENT = 0x0080;
    private static final int ACC_SYNTHETIC = 0x1000;

    public FieldHeader {
        annotations = Set.copyOf(annotations);
    }

    public boolean isStatic() {
        return (access & ACC_STATIC) != 0;
    }

    /** The {@code transient} modifier (not the {@code @Transient} annotation). */
    public boolean isTransient() {
        return (access & ACC_TRANSIENT) != 0;
    }

    public boolean isSynthetic() {
        return (access & ACC_SYNTHETIC) != 0;
    }

    public boolean hasAnnotation(String descriptor) {
        return annotations.contains(descriptor);
    }
}
