package dev.athanor.agent.enhance;

import java.util.Set;
import java.util.function.Predicate;
import net.bytebuddy.jar.asm.ClassVisitor;
import net.bytebuddy.jar.asm.FieldVisitor;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;

/**
 * Rewrites one managed class: the root of a hierarchy becomes a {@code ManagedEntity}, tracked fields lose
 * {@code final}, field access in user methods goes through the accessors (in constructors, that of other
 * objects only), and the generated members are added at the end, in a fixed order so that the same input
 * always gives the same bytes.
 */
final class EnhancingClassVisitor extends ClassVisitor {

    private final SlotLayout layout;
    private final ClassHierarchy hierarchy;
    private final FieldAccessRewriter.Site site;
    private final Set<String> selfAndSuperclasses;
    private int classVersion;
    private boolean hasClinit;

    /**
     * @param selfAndSuperclasses the classes whose fields a constructor's own {@code this} may hold: those
     *                            accesses stay raw there
     */
    EnhancingClassVisitor(ClassVisitor next, SlotLayout layout, ClassHierarchy hierarchy,
                          FieldAccessRewriter.Site site, Set<String> selfAndSuperclasses) {
        super(Opcodes.ASM9, next);
        this.layout = layout;
        this.hierarchy = hierarchy;
        this.site = site;
        this.selfAndSuperclasses = selfAndSuperclasses;
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
        if (RuntimeNames.isGenerated(name)) {
            return next;
        }
        // constructors build the state the session then tracks: only other objects' fields are rewritten there
        Predicate<String> rewritable = name.equals("<init>") ? declaring -> !selfAndSuperclasses.contains(declaring)
                : declaring -> true;
        return new FieldAccessRewriter(next, hierarchy::trackedDeclaringClass, site, rewritable);
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
