package dev.athanor.agent.enhance;

import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;

/**
 * Turns each {@code GETFIELD}/{@code PUTFIELD} of a tracked field into a call of the declaring class's
 * {@code $athanor$read$f}/{@code $athanor$write$f}. The stack effect is the same, and no branch is added,
 * so the method's stack map frames and maximums stay valid as they are.
 */
final class FieldAccessRewriter extends MethodVisitor {

    private final ClassHierarchy hierarchy;

    FieldAccessRewriter(MethodVisitor next, ClassHierarchy hierarchy) {
        super(Opcodes.ASM9, next);
        this.hierarchy = hierarchy;
    }

    @Override
    public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
        if (opcode == Opcodes.GETFIELD || opcode == Opcodes.PUTFIELD) {
            String declaring = hierarchy.trackedDeclaringClass(owner, name, descriptor);
            if (declaring != null) {
                if (opcode == Opcodes.GETFIELD) {
                    super.visitMethodInsn(Opcodes.INVOKESTATIC, declaring, RuntimeNames.readMethod(name),
                            FieldReadMethod.descriptor(declaring, descriptor), false);
                } else {
                    super.visitMethodInsn(Opcodes.INVOKESTATIC, declaring, RuntimeNames.writeMethod(name),
                            FieldWriteMethod.descriptor(declaring, descriptor), false);
                }
                return;
            }
        }
        super.visitFieldInsn(opcode, owner, name, descriptor);
    }
}
