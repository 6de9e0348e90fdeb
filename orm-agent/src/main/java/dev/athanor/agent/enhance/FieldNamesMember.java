package dev.athanor.agent.enhance;

import java.util.List;
import net.bytebuddy.jar.asm.ClassVisitor;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;

/**
 * {@code public static final String[] $athanor$FIELDS}, the slot names of the class (inherited ones first),
 * filled at the start of the class's static initializer, and {@code $athanor$fields()} returning it.
 */
final class FieldNamesMember {

    /** Stack the initialization needs: the array, its copy, an index and a name. */
    private static final int INIT_STACK = 4;

    private FieldNamesMember() {
    }

    /** Wraps the visitor of an existing {@code <clinit>} so that it fills the array before anything else. */
    static MethodVisitor prependTo(MethodVisitor clinit, SlotLayout layout) {
        return new MethodVisitor(Opcodes.ASM9, clinit) {
            @Override
            public void visitCode() {
                super.visitCode();
                initialize(getDelegate(), layout);
            }

            @Override
            public void visitMaxs(int maxStack, int maxLocals) {
                // the array is stored before the original code runs, so the stack is empty again by then
                super.visitMaxs(Math.max(maxStack, INIT_STACK), maxLocals);
            }
        };
    }

    /** Adds the constant, its accessor, and a {@code <clinit>} when the class had none. */
    static void addTo(ClassVisitor cv, SlotLayout layout, boolean needsClinit) {
        cv.visitField(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC | Opcodes.ACC_FINAL | Opcodes.ACC_SYNTHETIC,
                RuntimeNames.FIELDS_CONSTANT, RuntimeNames.STRING_ARRAY, null, null).visitEnd();

        if (needsClinit) {
            MethodVisitor clinit = cv.visitMethod(Opcodes.ACC_STATIC | Opcodes.ACC_SYNTHETIC, "<clinit>", "()V",
                    null, null);
            clinit.visitCode();
            initialize(clinit, layout);
            clinit.visitInsn(Opcodes.RETURN);
            clinit.visitMaxs(INIT_STACK, 0);
            clinit.visitEnd();
        }

        MethodVisitor accessor = cv.visitMethod(Bytecode.PUBLIC_SYNTHETIC, RuntimeNames.FIELDS_METHOD,
                "()" + RuntimeNames.STRING_ARRAY, null, null);
        accessor.visitCode();
        accessor.visitFieldInsn(Opcodes.GETSTATIC, layout.owner(), RuntimeNames.FIELDS_CONSTANT,
                RuntimeNames.STRING_ARRAY);
        accessor.visitInsn(Opcodes.ARETURN);
        accessor.visitMaxs(1, 1);
        accessor.visitEnd();
    }

    private static void initialize(MethodVisitor mv, SlotLayout layout) {
        List<String> names = layout.names();
        Bytecode.pushInt(mv, names.size());
        mv.visitTypeInsn(Opcodes.ANEWARRAY, "java/lang/String");
        for (int slot = 0; slot < names.size(); slot++) {
            mv.visitInsn(Opcodes.DUP);
            Bytecode.pushInt(mv, slot);
            mv.visitLdcInsn(names.get(slot));
            mv.visitInsn(Opcodes.AASTORE);
        }
        mv.visitFieldInsn(Opcodes.PUTSTATIC, layout.owner(), RuntimeNames.FIELDS_CONSTANT, RuntimeNames.STRING_ARRAY);
    }
}
