package dev.athanor.agent.scan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.bytebuddy.jar.asm.AnnotationVisitor;
import net.bytebuddy.jar.asm.ClassReader;
import net.bytebuddy.jar.asm.ClassVisitor;
import net.bytebuddy.jar.asm.FieldVisitor;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;

/**
 * Reads a {@link ClassHeader} from class bytes, skipping code: no class is loaded, and nothing but the
 * constant pool, the member declarations and their annotations is parsed.
 */
public final class ClassHeaderReader {

    private ClassHeaderReader() {
    }

    /**
     * Reads the header of a class file.
     *
     * @throws IllegalArgumentException if the bytes are not a class file this reader understands (too new,
     *                                  truncated, or not a class file at all)
     */
    public static ClassHeader read(byte[] bytes) {
        if (bytes.length < 10 || (bytes[0] & 0xFF) != 0xCA || (bytes[1] & 0xFF) != 0xFE || (bytes[2] & 0xFF) != 0xBA
                || (bytes[3] & 0xFF) != 0xBE) {
            throw new IllegalArgumentException("not a class file: it does not start with 0xCAFEBABE");
        }
        try {
            Collector collector = new Collector();
            new ClassReader(bytes).accept(collector, ClassReader.SKIP_CODE | ClassReader.SKIP_DEBUG
                    | ClassReader.SKIP_FRAMES);
            return collector.header();
        } catch (IllegalArgumentException e) {
            throw e;
        } catch (RuntimeException e) {
            // ASM reports a malformed class file as whatever went wrong while reading it
            throw new IllegalArgumentException("not a readable class file (" + e + ")", e);
        }
    }

    private static final class Collector extends ClassVisitor {

        private int version;
        private int access;
        private String name;
        private String superName;
        private final Set<String> annotations = new HashSet<>();
        private final List<FieldDraft> fields = new ArrayList<>();
        private final Map<String, Set<String>> methodAnnotations = new LinkedHashMap<>();

        Collector() {
            super(Opcodes.ASM9);
        }

        @Override
        public void visit(int version, int access, String name, String signature, String superName,
                          String[] interfaces) {
            this.version = version & 0xFFFF;
            this.access = access;
            this.name = name;
            this.superName = superName;
        }

        @Override
        public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
            if (visible) {
                annotations.add(descriptor);
            }
            return null;
        }

        @Override
        public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
            FieldDraft field = new FieldDraft(access, name, descriptor);
            fields.add(field);
            return new FieldVisitor(Opcodes.ASM9) {
                @Override
                public AnnotationVisitor visitAnnotation(String annotation, boolean visible) {
                    if (visible) {
                        field.annotations.add(annotation);
                    }
                    return null;
                }
            };
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                         String[] exceptions) {
            String key = name + descriptor;
            return new MethodVisitor(Opcodes.ASM9) {
                @Override
                public AnnotationVisitor visitAnnotation(String annotation, boolean visible) {
                    if (visible) {
                        methodAnnotations.computeIfAbsent(key, k -> new HashSet<>()).add(annotation);
                    }
                    return null;
                }
            };
        }

        ClassHeader header() {
            if (name == null) {
                throw new IllegalArgumentException("not a class file: no class header");
            }
            List<FieldHeader> frozen = new ArrayList<>(fields.size());
            for (FieldDraft field : fields) {
                frozen.add(new FieldHeader(field.access, field.name, field.descriptor, field.annotations));
            }
            return new ClassHeader(version, access, name, superName, annotations, frozen, methodAnnotations);
        }
    }

    private static final class FieldDraft {
        final int access;
        final String name;
        final String descriptor;
        final Set<String> annotations = new HashSet<>();

        FieldDraft(int access, String name, String descriptor) {
            this.access = access;
            this.name = name;
            this.descriptor = descriptor;
        }
    }
}
