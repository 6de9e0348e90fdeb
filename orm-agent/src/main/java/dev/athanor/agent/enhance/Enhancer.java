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
 * <p>Immutable and safe to share between threads; each call reads what it needs afresh.
 */
public final class Enhancer {

    private final ClassBytes source;
    private final Predicate<String> alsoManaged;
    private final Predicate<String> scope;
    private final ManagedClassRules rules;

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
    }

    /**
     * Returns an enhancer that considers only the classes {@code scope} accepts (by internal name): the
     * others are not managed, and a managed superclass outside it refuses its subclasses. By default every
     * class is in scope.
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
            return EnhancementResult.notManaged(className, "outside the classes to consider");
        }
        if (!rules.isNamed(internalName) && !PersistenceAnnotations.mentionsPersistence(bytes)) {
            return EnhancementResult.notManaged(className, "no jakarta.persistence annotation");
        }
        ClassHeader header;
        try {
            header = ClassHeaderReader.read(bytes);
        } catch (IllegalArgumentException e) {
            return EnhancementResult.refused(className, "its class file cannot be read: " + e.getMessage());
        }
        if (!rules.isManaged(header)) {
            return EnhancementResult.notManaged(className, "not an entity, embeddable or mapped superclass");
        }
        if (header.hasAnnotation(RuntimeNames.ENHANCED)) {
            return EnhancementResult.unchanged(className, "already enhanced");
        }
        if (header.isRecord()) {
            return EnhancementResult.unchanged(className, "a record, immutable: its values are replaced, not changed");
        }
        if (header.isInterface() || header.isModule()) {
            return EnhancementResult.unchanged(className, "not a class: an interface, annotation or module");
        }
        ClassHierarchy hierarchy = new ClassHierarchy(source, rules, header);
        SlotLayout layout;
        try {
            layout = hierarchy.layout(header);
        } catch (ClassHierarchy.Refusal refusal) {
            return EnhancementResult.refused(className, refusal.getMessage());
        }
        try {
            return EnhancementResult.enhanced(className, rewrite(bytes, layout, hierarchy), layout.slotCount());
        } catch (RuntimeException e) {
            return EnhancementResult.refused(className, "the rewrite failed: " + e);
        }
    }

    private static byte[] rewrite(byte[] bytes, SlotLayout layout, ClassHierarchy hierarchy) {
        ClassReader reader = new ClassReader(bytes);
        // no COMPUTE_FRAMES: merging types would load classes; frames and maximums are written exactly instead
        ClassWriter writer = new ClassWriter(reader, 0);
        reader.accept(new EnhancingClassVisitor(writer, layout, hierarchy), 0);
        return writer.toByteArray();
    }
}
