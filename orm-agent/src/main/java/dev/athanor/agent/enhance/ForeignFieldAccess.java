package dev.athanor.agent.enhance;

import dev.athanor.agent.scan.FieldReferences;
import dev.athanor.agent.scan.FieldReferences.FieldReference;
import java.util.List;
import java.util.function.Predicate;
import net.bytebuddy.jar.asm.ClassReader;
import net.bytebuddy.jar.asm.ClassVisitor;
import net.bytebuddy.jar.asm.ClassWriter;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;

/**
 * What a class that is not enhanced itself gets: a service, a test, an entity's inner or anonymous class,
 * a record, each reading or writing tracked fields of enhanced classes directly, has those instructions
 * turned into calls of the accessors, or the session would never hear of the change. Every method is
 * rewritten, constructors included: such a class declares no tracked field, and the JVM lets a constructor
 * touch only its own class's fields before {@code super()}, so the receiver is never an uninitialized
 * {@code this}.
 *
 * <p>This runs for every class the agent sees, so the common answer, "nothing to do", comes from the
 * constant pool alone: the fields of other classes it names, owners outside {@code candidates} dropped, each
 * looked up in {@link FieldOwners}. Only a class naming a tracked field is parsed and written again.
 */
final class ForeignFieldAccess {

    private final FieldOwners owners;
    private final Predicate<String> candidates;

    /**
     * @param candidates the classes whose fields may be tracked at all (the enhancer's scope): others are not
     *                   looked up
     */
    ForeignFieldAccess(FieldOwners owners, Predicate<String> candidates) {
        this.owners = owners;
        this.candidates = candidates;
    }

    /** A rewritten class file and how many field instructions became accessor calls. */
    record Rewrite(byte[] bytes, int accesses) {
    }

    /** Rewrites {@code bytes} of class {@code internalName}; null when it reaches no tracked field. */
    Rewrite rewrite(String internalName, byte[] bytes) {
        if (!reachesTrackedField(bytes)) {
            return null;
        }
        ClassReader reader = new ClassReader(bytes);
        ClassWriter writer = new ClassWriter(reader, 0);
        FieldAccessRewriter.Site site = new FieldAccessRewriter.Site(internalName, owners);
        reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                             String[] exceptions) {
                MethodVisitor next = super.visitMethod(access, name, descriptor, signature, exceptions);
                return new FieldAccessRewriter(next, owners::trackedDeclaringClass, site, declaring -> true);
            }
        }, 0);
        // a field named only by GETSTATIC, or by a method handle constant, leaves nothing to rewrite
        return site.rewritten() == 0 ? null : new Rewrite(writer.toByteArray(), site.rewritten());
    }

    private boolean reachesTrackedField(byte[] bytes) {
        List<FieldReference> references;
        try {
            references = FieldReferences.of(bytes, candidates);
        } catch (IllegalArgumentException unreadable) {
            // not for this check to report: the JVM rejects the class file itself
            return false;
        }
        for (FieldReference field : references) {
            if (owners.trackedDeclaringClass(field.owner(), field.name(), field.descriptor()) != null) {
                return true;
            }
        }
        return false;
    }
}
