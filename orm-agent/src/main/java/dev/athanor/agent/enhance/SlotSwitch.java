package dev.athanor.agent.enhance;

import net.bytebuddy.jar.asm.Label;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;

/**
 * The dispatch {@code $athanor$get} and {@code $athanor$set} share: a {@code tableswitch} on the slot
 * (local 1) over the class's own slots; any other slot goes to the superclass's method, or, at the root,
 * is an {@code IllegalArgumentException} naming the class and the slot.
 */
final class SlotSwitch {

    /** Stack the exception needs: the exception, its copy, the message so far, and the slot. */
    static final int THROW_STACK = 4;

    private final MethodVisitor mv;
    private final SlotLayout layout;
    private final int classVersion;
    private final Object[] locals;
    private final Label otherSlot = new Label();
    private final Label[] cases;

    /**
     * @param locals the method's locals in frame notation, for the frame at every case and at the default
     */
    SlotSwitch(MethodVisitor mv, SlotLayout layout, int classVersion, Object... locals) {
        this.mv = mv;
        this.layout = layout;
        this.classVersion = classVersion;
        this.locals = locals;
        this.cases = new Label[layout.own().size()];
        for (int i = 0; i < cases.length; i++) {
            cases[i] = new Label();
        }
    }

    /** Emits the switch; nothing when the class has no own slots. */
    void dispatch() {
        if (cases.length > 0) {
            int first = layout.own().get(0).slot();
            mv.visitVarInsn(Opcodes.ILOAD, 1);
            mv.visitTableSwitchInsn(first, first + cases.length - 1, otherSlot, cases);
        }
    }

    /** Starts the code of the {@code index}-th own slot. */
    void startCase(int index) {
        mv.visitLabel(cases[index]);
        Bytecode.frame(mv, classVersion, locals);
    }

    /**
     * Emits what every other slot does: delegation through {@code invokespecial} on the enhanced superclass
     * (loading {@code this} and then locals 1.. as the method's parameters), or the exception.
     */
    void otherSlots(String name, String descriptor, int returnOpcode) {
        if (cases.length > 0) {
            mv.visitLabel(otherSlot);
            Bytecode.frame(mv, classVersion, locals);
        }
        if (layout.enhancedSuperclass() != null) {
            mv.visitVarInsn(Opcodes.ALOAD, 0);
            mv.visitVarInsn(Opcodes.ILOAD, 1);
            if (locals.length > 2) {
                mv.visitVarInsn(Opcodes.ALOAD, 2);
            }
            mv.visitMethodInsn(Opcodes.INVOKESPECIAL, layout.enhancedSuperclass(), name, descriptor, false);
            mv.visitInsn(returnOpcode);
        } else {
            mv.visitTypeInsn(Opcodes.NEW, "java/lang/IllegalArgumentException");
            mv.visitInsn(Opcodes.DUP);
            mv.visitLdcInsn(layout.className() + " has no slot ");
            mv.visitVarInsn(Opcodes.ILOAD, 1);
            mv.visitMethodInsn(Opcodes.INVOKESTATIC, "java/lang/String", "valueOf", "(I)Ljava/lang/String;", false);
            mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "java/lang/String", "concat",
                    "(Ljava/lang/String;)Ljava/lang/String;", false);
            mv.visitMethodInsn(Opcodes.INVOKESPECIAL, "java/lang/IllegalArgumentException", "<init>",
                    "(Ljava/lang/String;)V", false);
            mv.visitInsn(Opcodes.ATHROW);
        }
    }
}
