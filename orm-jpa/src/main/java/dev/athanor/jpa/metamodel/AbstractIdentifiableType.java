package dev.athanor.jpa.metamodel;

import jakarta.persistence.metamodel.IdentifiableType;
import jakarta.persistence.metamodel.SingularAttribute;
import jakarta.persistence.metamodel.Type;
import java.util.List;
import java.util.Set;

/**
 * What entities and mapped superclasses share: a supertype (the nearest {@code @MappedSuperclass}
 * above the class, or none) and an id and version that may be declared here or inherited.
 *
 * <p>Athanor maps simple ids only ({@code @Id} on one attribute; no {@code @IdClass}), so
 * {@link #getIdClassAttributes()} always fails and {@link #hasSingleIdAttribute()} is false only
 * for a mapped superclass that leaves the id to its entities.
 */
abstract class AbstractIdentifiableType<X> extends AbstractManagedType<X> implements IdentifiableType<X> {

    private final AbstractIdentifiableType<? super X> supertype;

    AbstractIdentifiableType(Class<X> javaType, AbstractIdentifiableType<? super X> supertype) {
        super(javaType);
        this.supertype = supertype;
    }

    @Override
    final AbstractManagedType<? super X> parent() {
        return supertype;
    }

    @Override
    public IdentifiableType<? super X> getSupertype() {
        return supertype;
    }

    @Override
    public <Y> SingularAttribute<? super X, Y> getId(Class<Y> type) {
        return typed(id(), type);
    }

    @Override
    public <Y> SingularAttribute<X, Y> getDeclaredId(Class<Y> type) {
        AthanorSingularAttribute<? super X, ?> id = id();
        if (id.getDeclaringType() != this) {
            throw inherited("id", id);
        }
        return typed(id, type);
    }

    @Override
    public <Y> SingularAttribute<? super X, Y> getVersion(Class<Y> type) {
        return typed(version(), type);
    }

    @Override
    public <Y> SingularAttribute<X, Y> getDeclaredVersion(Class<Y> type) {
        AthanorSingularAttribute<? super X, ?> version = version();
        if (version.getDeclaringType() != this) {
            throw inherited("version", version);
        }
        return typed(version, type);
    }

    @Override
    public boolean hasSingleIdAttribute() {
        return ids().size() == 1;
    }

    @Override
    public boolean hasVersionAttribute() {
        return singularAttributes().stream().anyMatch(SingularAttribute::isVersion);
    }

    @Override
    public Set<SingularAttribute<? super X, ?>> getIdClassAttributes() {
        throw new IllegalArgumentException("The " + describe() + " has no @IdClass (Athanor maps simple ids"
                + " only); use getId(" + (hasSingleIdAttribute() ? id().getJavaType().getSimpleName() : "...")
                + ".class) instead.");
    }

    /** The id attribute's type, or null for a mapped superclass that declares no id. */
    @Override
    public Type<?> getIdType() {
        return hasSingleIdAttribute() ? id().getType() : null;
    }

    private List<AthanorSingularAttribute<? super X, ?>> ids() {
        return singularAttributes().stream().filter(SingularAttribute::isId).toList();
    }

    private AthanorSingularAttribute<? super X, ?> id() {
        List<AthanorSingularAttribute<? super X, ?>> ids = ids();
        if (ids.size() != 1) {
            throw new IllegalArgumentException("The " + describe() + (ids.isEmpty()
                    ? " has no id attribute: neither it nor a mapped superclass above it declares @Id."
                    : " has several id attributes " + ids + "."));
        }
        return ids.get(0);
    }

    private AthanorSingularAttribute<? super X, ?> version() {
        return singularAttributes().stream().filter(SingularAttribute::isVersion).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("The " + describe() + " has no @Version attribute;"
                        + " check hasVersionAttribute() first."));
    }

    private IllegalArgumentException inherited(String what, AthanorSingularAttribute<? super X, ?> attribute) {
        return new IllegalArgumentException("The " + describe() + " does not declare its " + what + " " + attribute
                + ": the " + ((AbstractManagedType<?>) attribute.getDeclaringType()).describe() + " does; use get"
                + Character.toUpperCase(what.charAt(0)) + what.substring(1) + "(...) to include inherited ones.");
    }
}
