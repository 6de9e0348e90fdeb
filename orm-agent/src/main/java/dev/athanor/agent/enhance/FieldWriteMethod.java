package dev.athanor.agent.enhance;

import net.bytebuddy.jar.asm.ClassVisitor;
import net.bytebuddy.jar.asm.Label;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;
import net.bytebuddy.jar.asm.Type;

/**
 * {@code static void $athanor$write$f(Owner self, T v)}, which replaces every {@code PUTFIELD f} outside
 * constructors:
 * <pre>
 * AttributeTracker t = self.$athanor$tracker;
 * if (t != null) {
 *     t.read(self, SLOT);                        // an unloaded value is loaded before it is compared
 *     if (AttributeTracker.differ(self.f, v)) t.changed(self, SLOT);
 * }
 * self.f = v;
 * </pre>
 * Associations compare with {@code differIdentity}: another instance is a change, even an equal one.
 */
final class FieldWriteMethod {

    private FieldWriteMethod() {
    }

    static String descriptor(String owner, String fieldDescriptor) {
        return "(L" + owner + ";" + fieldDescriptor + ")V";
    }

    static void addTo(ClassVisitor cv, SlotLayout layout, TrackedField field, int classVersion) {
        String owner = layout.owner();
        Type type = field.type();
        int tracker = 1 + type.getSize();
        MethodVisitor mv = cv.visitMethod(Bytecode.PUBLIC_SYNTHETIC | Opcodes.ACC_STATIC,
                RuntimeNames.writeMethod(field.name()), descriptor(owner, field.descriptor()), null, null);
        mv.visitCode();
        Label store = new Label();
        mv.visitVarInsn(Opcodes.ALOAD, 0);
        mv.visitFieldInsn(Opcodes.GETFIELD, owner, RuntimeNames.TRACKER_MEMBER, RuntimeNames.TRACKER_DESCRIPTOR);
        mv.visitVarInsn(Opcodes.ASTORE, tracker);
        mv.visitVarInsn(Opcodes.ALOAD, tracker);
        mv.visitJumpInsn(Opcodes.IFNULL, store);

        mv.visitVarInsn(Opcodes.ALOAD, tracker);
        mv.visitVarInsn(Opcodes.ALOAD, 0);
        Bytecode.pushInt(mv, field.slot());
        mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, RuntimeNames.TRACKER, RuntimeNames.READ, RuntimeNames.READ_DESCRIPTOR,
                false);

        mv.visitVarInsn(Opcodes.ALOAD, 0);
        mv.visitFieldInsn(Opcodes.GETFIELD, owner, field.name(), field.descriptor());
        mv.visitVarInsn(type.getOpcode(Opcodes.ILOAD), 1);
        differ(mv, field);
        mv.visitJumpInsn(Opcodes.IFEQ, store);

        mv.visitVarInsn(Opcodes.ALOAD, tracker);
        mv.visitVarInsn(Opcodes.ALOAD, 0);
        Bytecode.pushInt(mv, field.slot());
        mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, RuntimeNames.TRACKER, RuntimeNames.CHANGED,
                RuntimeNames.CHANGED_DESCRIPTOR, false);

        mv.visitLabel(store);
        Bytecode.frame(mv, classVersion, owner, Bytecode.frameType(type), RuntimeNames.TRACKER);
        mv.visitVarInsn(Opcodes.ALOAD, 0);
        mv.visitVarInsn(type.getOpcode(Opcodes.ILOAD), 1);
        mv.visitFieldInsn(Opcodes.PUTFIELD, owner, field.name(), field.descriptor());
        mv.visitInsn(Opcodes.RETURN);
        mv.visitMaxs(Math.max(3, 2 * type.getSize()), tracker + 1);
        mv.visitEnd();
    }

    private static void differ(MethodVisitor mv, TrackedField field) {
        Type type = field.type();
        if (Bytecode.isPrimitive(type)) {
            String d = type.getDescriptor();
            mv.visitMethodInsn(Opcodes.INVOKESTATIC, RuntimeNames.TRACKER, RuntimeNames.DIFFER, "(" + d + d + ")Z",
                    false);
        } else {
            mv.visitMethodInsn(Opcodes.INVOKESTATIC, RuntimeNames.TRACKER,
                    field.association() ? RuntimeNames.DIFFER_IDENTITY : RuntimeNames.DIFFER,
                    RuntimeNames.DIFFER_OBJECTS_DESCRIPTOR, false);
        }
    }
}
