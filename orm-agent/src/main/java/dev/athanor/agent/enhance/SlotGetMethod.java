package dev.athanor.agent.enhance;

import net.bytebuddy.jar.asm.ClassVisitor;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;

/** {@code Object $athanor$get(int slot)}: the raw value of a slot, primitives boxed; no tracking, no loading. */
final class SlotGetMethod {

    private SlotGetMethod() {
    }

    static void addTo(ClassVisitor cv, SlotLayout layout, int classVersion) {
        MethodVisitor mv = cv.visitMethod(Bytecode.PUBLIC_SYNTHETIC, RuntimeNames.GET_METHOD,
                RuntimeNames.GET_DESCRIPTOR, null, null);
        mv.visitCode();
        SlotSwitch slots = new SlotSwitch(mv, layout, classVersion, layout.owner(), Opcodes.INTEGER);
        slots.dispatch();
        for (int i = 0; i < layout.own().size(); i++) {
            TrackedField field = layout.own().get(i);
            slots.startCase(i);
            mv.visitVarInsn(Opcodes.ALOAD, 0);
            mv.visitFieldInsn(Opcodes.GETFIELD, layout.owner(), field.name(), field.descriptor());
            Bytecode.box(mv, field.type());
            mv.visitInsn(Opcodes.ARETURN);
        }
        slots.otherSlots(RuntimeNames.GET_METHOD, RuntimeNames.GET_DESCRIPTOR, Opcodes.ARETURN);
        mv.visitMaxs(SlotSwitch.THROW_STACK, 2);
        mv.visitEnd();
    }
}
