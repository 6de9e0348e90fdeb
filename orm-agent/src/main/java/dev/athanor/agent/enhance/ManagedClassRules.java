package dev.athanor.agent.enhance;

import dev.athanor.agent.scan.ClassHeader;
import dev.athanor.agent.scan.FieldHeader;
import dev.athanor.agent.scan.PersistenceAnnotations;
import java.util.function.Predicate;

/**
 * Which classes are managed, which of their fields are tracked, and which of those hold associations:
 * the decisions, apart from the bytecode that carries them out.
 */
final class ManagedClassRules {

    private final Predicate<String> alsoManaged;
    private final Predicate<String> scope;

    ManagedClassRules(Predicate<String> alsoManaged, Predicate<String> scope) {
        this.alsoManaged = alsoManaged;
        this.scope = scope;
    }

    boolean inScope(String internalName) {
        return scope.test(internalName);
    }

    boolean isNamed(String internalName) {
        return alsoManaged.test(internalName);
    }

    /** An entity, embeddable or mapped superclass by annotation, or a class persistence.xml or orm.xml names. */
    boolean isManaged(ClassHeader header) {
        return header.hasAnnotation(PersistenceAnnotations.ENTITY)
                || header.hasAnnotation(PersistenceAnnotations.EMBEDDABLE)
                || header.hasAnnotation(PersistenceAnnotations.MAPPED_SUPERCLASS)
                || alsoManaged.test(header.name());
    }

    /** A superclass whose state its managed subclasses inherit: an entity or a mapped superclass. */
    boolean passesStateDown(ClassHeader header) {
        return header.hasAnnotation(PersistenceAnnotations.ENTITY)
                || header.hasAnnotation(PersistenceAnnotations.MAPPED_SUPERCLASS)
                || alsoManaged.test(header.name());
    }

    /** A managed class this enhancer rewrites (or finds already rewritten): not an interface, module or record. */
    boolean isEnhanceable(ClassHeader header) {
        return isManaged(header) && !header.isInterface() && !header.isModule() && !header.isRecord()
                && inScope(header.name());
    }

    /** Persistent state: not static, not {@code transient}, not {@code @Transient}, not made up by a compiler. */
    static boolean isTracked(FieldHeader field) {
        return !field.isStatic() && !field.isTransient() && !field.isSynthetic()
                && !field.hasAnnotation(PersistenceAnnotations.TRANSIENT);
    }

    /**
     * Whether the field holds an association or an element collection, annotated on the field or, for
     * property access, on its getter.
     */
    static boolean isAssociation(ClassHeader owner, FieldHeader field) {
        if (field.annotations().stream().anyMatch(PersistenceAnnotations.ASSOCIATIONS::contains)) {
            return true;
        }
        String property = Character.toUpperCase(field.name().charAt(0)) + field.name().substring(1);
        String getter = "()" + field.descriptor();
        return owner.methodAnnotations("get" + property, getter).stream()
                .anyMatch(PersistenceAnnotations.ASSOCIATIONS::contains);
    }
}
