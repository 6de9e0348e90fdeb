package dev.athanor.agent.scan;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the enhancer needs to know about a class, read from its bytes without loading it: its names,
 * flags, class annotations, fields, and the annotations on its methods.
 *
 * @param version           the class-file major version
 * @param access            the class's access flags (ASM's, so a record carries {@code ACC_RECORD})
 * @param name              the internal name, such as {@code com/acme/Order}
 * @param superName         the superclass's internal name; null for {@code java/lang/Object} and modules
 * @param annotations       descriptors of the runtime-visible class annotations
 * @param fields            the declared fields, in class-file order
 * @param methodAnnotations descriptors of the runtime-visible annotations of each method that has any,
 *                          by name and descriptor concatenated (such as {@code getItems()Ljava/util/List;})
 */
public record ClassHeader(int version, int access, String name, String superName, Set<String> annotations,
                          List<FieldHeader> fields, Map<String, Set<String>> methodAnnotations) {

    private static final int ACC_INTERFACE = 0x0200;
    private static final int ACC_ANNOTATION = 0x2000;
    private static final int ACC_MODULE = 0x8000;
    private static final int ACC_RECORD = 0x10000;

    public ClassHeader {
        annotations = Set.copyOf(annotations);
        fields = List.copyOf(fields);
        methodAnnotations = Map.copyOf(methodAnnotations);
    }

    public boolean hasAnnotation(String descriptor) {
        return annotations.contains(descriptor);
    }

    /** An interface or an annotation type: nothing an instance's state could live in. */
    public boolean isInterface() {
        return (access & (ACC_INTERFACE | ACC_ANNOTATION)) != 0;
    }

    public boolean isModule() {
        return (access & ACC_MODULE) != 0;
    }

    public boolean isRecord() {
        return (access & ACC_RECORD) != 0 || "java/lang/Record".equals(superName);
    }

    /** The annotations of method {@code name} with {@code descriptor}; empty when it has none or does not exist. */
    public Set<String> methodAnnotations(String name, String descriptor) {
        return methodAnnotations.getOrDefault(name + descriptor, Set.of());
    }

    /** The dotted name, as messages show it. */
    public String className() {
        return name.replace('/', '.');
    }
}
