package dev.athanor.agent.enhance;

import net.bytebuddy.jar.asm.ClassVisitor;
import net.bytebuddy.jar.asm.Label;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;
import net.bytebuddy.jar.asm.Type;

/**
 * {@code static T $athanor$read$f(Owner self)}, which replaces every {@code GETFIELD f} outside
 * constructors:
 * <pre>
 * AttributeTracker t = self.$athanor$tracker;
 * if (t != null) t.read(self, SLOT);
 * return self.f;
 * </pre>
 */
final class FieldReadMethod {

    private FieldReadMethod() {
    }

    static String descriptor(String owner, String fieldDescriptor) {
        return "(L" + owner + ";)" + fieldDescriptor;
    }

    static void addTo(ClassVisitor cv, SlotLayout layout, TrackedField field, int classVersion) {
        String owner = layout.owner();
        Type type = field.type();
        MethodVisitor mv = cv.visitMethod(Bytecode.PUBLIC_SYNTHETIC | Opcodes.ACC_STATIC,
                RuntimeNames.readMethod(field.name()), descriptor(owner, field.descriptor()), null, null);
        mv.visitCode();
        Label read = new Label();
        mv.visitVarInsn(Opcodes.ALOAD, 0);
        mv.visitFieldInsn(Opcodes.GETFIELD, owner, RuntimeNames.TRACKER_MEMBER, RuntimeNames.TRACKER_DESCRIPTOR);
        mv.visitVarInsn(Opcodes.ASTORE, 1);
        mv.visitVarInsn(Opcodes.ALOAD, 1);
        mv.visitJumpInsn(Opcodes.IFNULL, read);
        mv.visitVarInsn(Opcodes.ALOAD, 1);
        mv.visitVarInsn(Opcodes.ALOAD, 0);
        Bytecode.pushInt(mv, field.slot());
        mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, RuntimeNames.TRACKER, RuntimeNames.READ, RuntimeNames.READ_DESCRIPTOR,
                false);
        mv.visitLabel(read);
        Bytecode.frame(mv, classVersion, owner, RuntimeNames.TRACKER);
        mv.visitVarInsn(Opcodes.ALOAD, 0);
        mv.visitFieldInsn(Opcodes.GETFIELD, owner, field.name(), field.descriptor());
        mv.visitInsn(type.getOpcode(Opcodes.IRETURN));
        mv.visitMaxs(Math.max(3, type.getSize()), 2);
        mv.visitEnd();
    }
}
