package dev.athanor.agent.enhance;

import net.bytebuddy.jar.asm.ClassVisitor;
import net.bytebuddy.jar.asm.FieldVisitor;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;

/**
 * Rewrites one managed class: the root of a hierarchy becomes a {@code ManagedEntity}, tracked fields lose
 * {@code final}, field access in user methods goes through the accessors, and the generated members are
 * added at the end, in a fixed order so that the same input always gives the same bytes.
 */
final class EnhancingClassVisitor extends ClassVisitor {

    private final SlotLayout layout;
    private final ClassHierarchy hierarchy;
    private int classVersion;
    private boolean hasClinit;

    EnhancingClassVisitor(ClassVisitor next, SlotLayout layout, ClassHierarchy hierarchy) {
        super(Opcodes.ASM9, next);
        this.layout = layout;
        this.hierarchy = hierarchy;
    }

    @Override
    public void visit(int version, int access, String name, String signature, String superName,
                      String[] interfaces) {
        classVersion = version & 0xFFFF;
        super.visit(version, access, name, signature, superName,
                layout.isRoot() ? TrackerMembers.withManagedEntity(interfaces) : interfaces);
    }

    @Override
    public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
        // the session sets tracked fields, a final one initialized at its declaration included
        int fieldAccess = layout.ownField(name, descriptor) != null ? access & ~Opcodes.ACC_FINAL : access;
        return super.visitField(fieldAccess, name, descriptor, signature, value);
    }

    @Override
    public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                     String[] exceptions) {
        MethodVisitor next = super.visitMethod(access, name, descriptor, signature, exceptions);
        if (name.equals("<clinit>")) {
            hasClinit = true;
            return FieldNamesMember.prependTo(next, layout);
        }
        // constructors build the state the session then tracks; generated members must stay raw
        if (name.equals("<init>") || RuntimeNames.isGenerated(name)) {
            return next;
        }
        return new FieldAccessRewriter(next, hierarchy);
    }

    @Override
    public void visitEnd() {
        EnhancedMarker.addTo(cv);
        if (layout.isRoot()) {
            TrackerMembers.addTo(cv, layout);
        }
        FieldNamesMember.addTo(cv, layout, !hasClinit);
        SlotGetMethod.addTo(cv, layout, classVersion);
        SlotSetMethod.addTo(cv, layout, classVersion);
        for (TrackedField field : layout.own()) {
            FieldReadMethod.addTo(cv, layout, field, classVersion);
            FieldWriteMethod.addTo(cv, layout, field, classVersion);
        }
        super.visitEnd();
    }
}
