package dev.athanor.agent.enhance;

import dev.athanor.agent.scan.ClassHeader;
import dev.athanor.agent.scan.ClassHeaderReader;
import dev.athanor.agent.scan.PersistenceAnnotations;
import java.util.function.Predicate;
import net.bytebuddy.jar.asm.ClassReader;
import net.bytebuddy.jar.asm.ClassWriter;

/**
 * Rewrites the class file of a managed class (an entity, an embeddable that is not a record, or a mapped
 * superclass) so that it implements {@code dev.athanor.runtime.ManagedEntity} and tracks its fields:
 * class-file bytes in, class-file bytes out, without loading any class. The agent and a build-time plugin
 * use this same class, and get the same bytes for the same input.
 *
 * <p>A class is managed when it is annotated {@code @Entity}, {@code @Embeddable} or
 * {@code @MappedSuperclass}, or when {@code alsoManaged} names it (persistence.xml, orm.xml). Its superclass
 * chain is read through {@link ClassBytes}: the tracked fields of entity and mapped superclasses come first
 * in the slots. The user's methods keep their stack map frames (the rewrite adds no branch); the generated
 * ones carry frames written by hand, so no class is ever loaded to compute one.
 *
 * <p>Every other class is checked too: one that reads or writes a tracked field of an enhanced class
 * directly (a service in the entity's package, a public field, an entity's inner class) has those
 * instructions turned into calls of the accessors ({@link EnhancementResult.Status#REWRITTEN}). Managed
 * classes get the same for the fields of other objects.
 *
 * <p>Safe to share between threads. It remembers, for its lifetime, which classes named by field
 * instructions are enhanced and which fields they track, so use one per class loader (or per build); the
 * superclass chain that numbers a class's slots is read afresh each time.
 */
public final class Enhancer {

    private final ClassBytes source;
    private final Predicate<String> alsoManaged;
    private final Predicate<String> scope;
    private final ManagedClassRules rules;
    private final FieldOwners owners;
    private final ForeignFieldAccess foreignAccess;

    /**
     * @param source      the class files of the superclasses (and of field owners) of the classes enhanced
     * @param alsoManaged internal names of classes managed without an annotation: those persistence.xml
     *                    and orm.xml list
     */
    public Enhancer(ClassBytes source, Predicate<String> alsoManaged) {
        this(source, alsoManaged, name -> true);
    }

    private Enhancer(ClassBytes source, Predicate<String> alsoManaged, Predicate<String> scope) {
        this.source = source;
        this.alsoManaged = alsoManaged;
        this.scope = scope;
        this.rules = new ManagedClassRules(alsoManaged, scope);
        this.owners = new FieldOwners(source, rules);
        this.foreignAccess = new ForeignFieldAccess(owners, scope);
    }

    /**
     * Returns an enhancer that considers only the classes {@code scope} accepts (by internal name): the
     * others are not managed (their access to the fields of those in scope is still rewritten), and a managed
     * superclass outside it refuses its subclasses. By default every class is in scope.
     */
    public Enhancer withScope(Predicate<String> scope) {
        return new Enhancer(source, alsoManaged, scope);
    }

    /**
     * Enhances one class file.
     *
     * @param internalName the class's internal name, such as {@code com/acme/Order}
     * @param bytes        its class file, which is not modified
     * @return the enhanced bytes, or why the class is left as it is; never throws for a malformed class file
     *         (that is a {@link EnhancementResult.Status#REFUSED} result)
     */
    public EnhancementResult enhance(String internalName, byte[] bytes) {
        String className = internalName.replace('/', '.');
        if (!scope.test(internalName)) {
            return notManaged(internalName, bytes, "outside the classes to consider");
        }
        if (!rules.isNamed(internalName) && !PersistenceAnnotations.mentionsPersistence(bytes)) {
            return notManaged(internalName, bytes, "no jakarta.persistence annotation");
        }
        ClassHeader header;
        try {
            header = ClassHeaderReader.read(bytes);
        } catch (IllegalArgumentException e) {
            return EnhancementResult.refused(className, "its class file cannot be read: " + e.getMessage());
        }
        if (!rules.isManaged(header)) {
            return notManaged(internalName, bytes, "not an entity, embeddable or mapped superclass");
        }
        if (header.hasAnnotation(RuntimeNames.ENHANCED)) {
            return EnhancementResult.unchanged(className, "already enhanced");
        }
        if (header.isRecord()) {
            return unchanged(internalName, bytes, "a record, immutable: its values are replaced, not changed");
        }
        if (header.isInterface() || header.isModule()) {
            return unchanged(internalName, bytes, "not a class: an interface, annotation or module");
        }
        ClassHierarchy hierarchy = new ClassHierarchy(source, rules, owners, header);
        SlotLayout layout;
        try {
            layout = hierarchy.layout(header);
        } catch (ClassHierarchy.Refusal refusal) {
            return EnhancementResult.refused(className, refusal.getMessage());
        }
        try {
            byte[] enhanced = rewrite(bytes, header, layout, hierarchy);
            return EnhancementResult.enhanced(className, enhanced, layout.slotCount());
        } catch (RuntimeException e) {
            return EnhancementResult.refused(className, "the rewrite failed: " + e);
        }
    }

    /** A class not managed: left as it is unless it reaches tracked fields of others. */
    private EnhancementResult notManaged(String internalName, byte[] bytes, String reason) {
        return rewriteForeignAccess(internalName, bytes, EnhancementResult.notManaged(internalName.replace('/', '.'),
                reason));
    }

    /** A managed class not enhanced on purpose: the same, reported as left as it is. */
    private EnhancementResult unchanged(String internalName, byte[] bytes, String reason) {
        return rewriteForeignAccess(internalName, bytes, EnhancementResult.unchanged(internalName.replace('/', '.'),
                reason));
    }

    private EnhancementResult rewriteForeignAccess(String internalName, byte[] bytes, EnhancementResult otherwise) {
        try {
            ForeignFieldAccess.Rewrite rewrite = foreignAccess.rewrite(internalName, bytes);
            return rewrite == null ? otherwise
                    : EnhancementResult.rewritten(otherwise.className(), rewrite.bytes(), rewrite.accesses());
        } catch (RuntimeException e) {
            return EnhancementResult.refused(otherwise.className(), "it reads or writes tracked fields of enhanced"
                    + " classes, but rewriting those accesses failed (" + e + "), so their changes are not tracked");
        }
    }

    private byte[] rewrite(byte[] bytes, ClassHeader header, SlotLayout layout, ClassHierarchy hierarchy) {
        ClassReader reader = new ClassReader(bytes);
        // no COMPUTE_FRAMES: merging types would load classes; frames and maximums are written exactly instead
        ClassWriter writer = new ClassWriter(reader, 0);
        reader.accept(new EnhancingClassVisitor(writer, layout, hierarchy,
                new FieldAccessRewriter.Site(header.name(), owners), owners.selfAndSuperclasses(header)), 0);
        return writer.toByteArray();
    }
}
