package dev.athanor.agent.enhance;

import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;
import net.bytebuddy.jar.asm.Type;

/**
 * Small pieces the generated members share: constants, boxing, and the stack map frames written by hand
 * (the enhancer never computes frames, which would load classes).
 */
final class Bytecode {

    /** Generated members are synthetic, so that tools that list a class's own members pass them over. */
    static final int PUBLIC_SYNTHETIC = Opcodes.ACC_PUBLIC | Opcodes.ACC_SYNTHETIC;

    private Bytecode() {
    }

    static void pushInt(MethodVisitor mv, int value) {
        if (value >= -1 && value <= 5) {
            mv.visitInsn(Opcodes.ICONST_0 + value);
        } else if (value >= Byte.MIN_VALUE && value <= Byte.MAX_VALUE) {
            mv.visitIntInsn(Opcodes.BIPUSH, value);
        } else if (value >= Short.MIN_VALUE && value <= Short.MAX_VALUE) {
            mv.visitIntInsn(Opcodes.SIPUSH, value);
        } else {
            mv.visitLdcInsn(value);
        }
    }

    /** Boxes the primitive on top of the stack with its wrapper's {@code valueOf}; references stay as they are. */
    static void box(MethodVisitor mv, Type type) {
        String wrapper = wrapper(type);
        if (wrapper != null) {
            mv.visitMethodInsn(Opcodes.INVOKESTATIC, wrapper, "valueOf",
                    "(" + type.getDescriptor() + ")L" + wrapper + ";", false);
        }
    }

    /**
     * Turns the {@code Object} on top of the stack into a value of {@code type}: a cast for references, the
     * runtime's {@code Unboxing} (null is zero) for primitives.
     */
    static void unbox(MethodVisitor mv, Type type) {
        if (isPrimitive(type)) {
            mv.visitMethodInsn(Opcodes.INVOKESTATIC, RuntimeNames.UNBOXING, type.getClassName() + "Value",
                    "(Ljava/lang/Object;)" + type.getDescriptor(), false);
        } else if (!type.getDescriptor().equals("Ljava/lang/Object;")) {
            mv.visitTypeInsn(Opcodes.CHECKCAST, type.getInternalName());
        }
    }

    static boolean isPrimitive(Type type) {
        return type.getSort() < Type.ARRAY;
    }

    /** The type of a local or stack entry in ASM's frame notation. */
    static Object frameType(Type type) {
        switch (type.getSort()) {
            case Type.BOOLEAN, Type.BYTE, Type.CHAR, Type.SHORT, Type.INT -> {
                return Opcodes.INTEGER;
            }
            case Type.FLOAT -> {
                return Opcodes.FLOAT;
            }
            case Type.LONG -> {
                return Opcodes.LONG;
            }
            case Type.DOUBLE -> {
                return Opcodes.DOUBLE;
            }
            default -> {
                return type.getInternalName();
            }
        }
    }

    /**
     * Declares the locals at the label just visited, with an empty stack. Class files before Java 6 have no
     * stack maps, and get none.
     */
    static void frame(MethodVisitor mv, int classVersion, Object... locals) {
        if (classVersion >= Opcodes.V1_6) {
            mv.visitFrame(Opcodes.F_NEW, locals.length, locals, 0, new Object[0]);
        }
    }

    private static String wrapper(Type type) {
        return switch (type.getSort()) {
            case Type.BOOLEAN -> "java/lang/Boolean";
            case Type.BYTE -> "java/lang/Byte";
            case Type.CHAR -> "java/lang/Character";
            case Type.SHORT -> "java/lang/Short";
            case Type.INT -> "java/lang/Integer";
            case Type.FLOAT -> "java/lang/Float";
            case Type.LONG -> "java/lang/Long";
            case Type.DOUBLE -> "java/lang/Double";
            default -> null;
        };
    }
}
