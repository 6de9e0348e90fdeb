package dev.athanor.agent.enhance;

import java.util.Arrays;
import net.bytebuddy.jar.asm.ClassVisitor;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;

/**
 * What the root enhanced class of a hierarchy adds: {@code implements ManagedEntity}, the field
 * {@code $athanor$tracker} and its two accessors. Subclasses inherit them.
 */
final class TrackerMembers {

    private TrackerMembers() {
    }

    /** The interfaces of the root class, with ManagedEntity appended unless it is there already. */
    static String[] withManagedEntity(String[] interfaces) {
        String[] existing = interfaces == null ? new String[0] : interfaces;
        if (Arrays.asList(existing).contains(RuntimeNames.MANAGED_ENTITY)) {
            return existing;
        }
        String[] extended = Arrays.copyOf(existing, existing.length + 1);
        extended[existing.length] = RuntimeNames.MANAGED_ENTITY;
        return extended;
    }

    static void addTo(ClassVisitor cv, SlotLayout layout) {
        // transient: a serialized entity must not drag its session's tracker along
        cv.visitField(Opcodes.ACC_PUBLIC | Opcodes.ACC_TRANSIENT | Opcodes.ACC_SYNTHETIC, RuntimeNames.TRACKER_MEMBER,
                RuntimeNames.TRACKER_DESCRIPTOR, null, null).visitEnd();

        MethodVisitor getter = cv.visitMethod(Bytecode.PUBLIC_SYNTHETIC, RuntimeNames.TRACKER_MEMBER,
                "()" + RuntimeNames.TRACKER_DESCRIPTOR, null, null);
        getter.visitCode();
        getter.visitVarInsn(Opcodes.ALOAD, 0);
        getter.visitFieldInsn(Opcodes.GETFIELD, layout.owner(), RuntimeNames.TRACKER_MEMBER,
                RuntimeNames.TRACKER_DESCRIPTOR);
        getter.visitInsn(Opcodes.ARETURN);
        getter.visitMaxs(1, 1);
        getter.visitEnd();

        MethodVisitor setter = cv.visitMethod(Bytecode.PUBLIC_SYNTHETIC, RuntimeNames.TRACKER_MEMBER,
                "(" + RuntimeNames.TRACKER_DESCRIPTOR + ")V", null, null);
        setter.visitCode();
        setter.visitVarInsn(Opcodes.ALOAD, 0);
        setter.visitVarInsn(Opcodes.ALOAD, 1);
        setter.visitFieldInsn(Opcodes.PUTFIELD, layout.owner(), RuntimeNames.TRACKER_MEMBER,
                RuntimeNames.TRACKER_DESCRIPTOR);
        setter.visitInsn(Opcodes.RETURN);
        setter.visitMaxs(2, 2);
        setter.visitEnd();
    }
}
