package dev.athanor.agent.enhance;

import net.bytebuddy.jar.asm.ClassVisitor;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;

/**
 * {@code void $athanor$set(int slot, Object value)}: stores a value into a slot, cast to the field's type
 * (null is zero for a primitive); no tracking, no loading.
 */
final class SlotSetMethod {

    private SlotSetMethod() {
    }

    static void addTo(ClassVisitor cv, SlotLayout layout, int classVersion) {
        MethodVisitor mv = cv.visitMethod(Bytecode.PUBLIC_SYNTHETIC, RuntimeNames.SET_METHOD,
                RuntimeNames.SET_DESCRIPTOR, null, null);
        mv.visitCode();
        SlotSwitch slots = new SlotSwitch(mv, layout, classVersion, layout.owner(), Opcodes.INTEGER,
                "java/lang/Object");
        slots.dispatch();
        for (int i = 0; i < layout.own().size(); i++) {
            TrackedField field = layout.own().get(i);
            slots.startCase(i);
            mv.visitVarInsn(Opcodes.ALOAD, 0);
            mv.visitVarInsn(Opcodes.ALOAD, 2);
            Bytecode.unbox(mv, field.type());
            mv.visitFieldInsn(Opcodes.PUTFIELD, layout.owner(), field.name(), field.descriptor());
            mv.visitInsn(Opcodes.RETURN);
        }
        slots.otherSlots(RuntimeNames.SET_METHOD, RuntimeNames.SET_DESCRIPTOR, Opcodes.RETURN);
        mv.visitMaxs(SlotSwitch.THROW_STACK, 3);
        mv.visitEnd();
    }
}
