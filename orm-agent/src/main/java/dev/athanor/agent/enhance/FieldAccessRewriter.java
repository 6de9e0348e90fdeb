package dev.athanor.agent.enhance;

import java.util.function.Predicate;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;

/**
 * Turns each {@code GETFIELD}/{@code PUTFIELD} of a tracked field into a call of the declaring class's
 * {@code $athanor$read$f}/{@code $athanor$write$f}. The stack effect is the same, and no branch is added,
 * so the method's stack map frames and maximums stay valid as they are.
 */
final class FieldAccessRewriter extends MethodVisitor {

    /** Answers which enhanced class declares the tracked field an instruction names, or null. */
    @FunctionalInterface
    interface Lookup {
        String trackedDeclaringClass(String owner, String name, String descriptor);
    }

    private final Lookup lookup;
    private final Site site;
    private final Predicate<String> rewritable;

    /**
     * @param rewritable which declaring classes may be called here: a constructor leaves alone the fields its
     *                   own, perhaps not yet initialized, {@code this} could hold
     */
    FieldAccessRewriter(MethodVisitor next, Lookup lookup, Site site, Predicate<String> rewritable) {
        super(Opcodes.ASM9, next);
        this.lookup = lookup;
        this.site = site;
        this.rewritable = rewritable;
    }

    /** The class being rewritten: what it may call, and how many accesses it had rewritten. */
    static final class Site {
        private final String className;
        private final FieldOwners owners;
        private int rewritten;

        Site(String className, FieldOwners owners) {
            this.className = className;
            this.owners = owners;
        }

        int rewritten() {
            return rewritten;
        }

        /**
         * The class to name in the call: the declaring class, unless this class cannot name it (package-private
         * elsewhere, reached through a public subclass); then the class the instruction named, through which
         * the JVM finds the inherited static accessor as it found the field.
         */
        String callOwner(String owner, String declaring) {
            rewritten++;
            if (declaring.equals(owner) || samePackage(declaring, className) || owners.isPublic(declaring)) {
                return declaring;
            }
            return owner;
        }

        private static boolean samePackage(String a, String b) {
            int slash = a.lastIndexOf('/');
            return slash == b.lastIndexOf('/') && a.regionMatches(0, b, 0, Math.max(slash, 0));
        }
    }

    @Override
    public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
        if (opcode == Opcodes.GETFIELD || opcode == Opcodes.PUTFIELD) {
            String declaring = lookup.trackedDeclaringClass(owner, name, descriptor);
            if (declaring != null && rewritable.test(declaring)) {
                String callOwner = site.callOwner(owner, declaring);
                if (opcode == Opcodes.GETFIELD) {
                    super.visitMethodInsn(Opcodes.INVOKESTATIC, callOwner, RuntimeNames.readMethod(name),
                            FieldReadMethod.descriptor(declaring, descriptor), false);
                } else {
                    super.visitMethodInsn(Opcodes.INVOKESTATIC, callOwner, RuntimeNames.writeMethod(name),
                            FieldWriteMethod.descriptor(declaring, descriptor), false);
                }
                return;
            }
        }
        super.visitFieldInsn(opcode, owner, name, descriptor);
    }
}
