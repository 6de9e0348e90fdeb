package dev.athanor.jpa.metamodel;

import dev.athanor.core.meta.AttributeModel;
import jakarta.persistence.metamodel.ManagedType;
import jakarta.persistence.metamodel.SingularAttribute;
import jakarta.persistence.metamodel.Type;
import java.lang.reflect.Member;
import java.util.Objects;

/**
 * A single-valued attribute (basic, embedded, many-to-one or one-to-one) of an entity, mapped
 * superclass or embeddable, over its frozen {@link AttributeModel}.
 *
 * <p>An attribute a mapped superclass declares is one object shared by every entity extending it:
 * {@code getDeclaringType()} is the mapped superclass's type, as the specification asks.
 *
 * @param <X> the type declaring the attribute
 * @param <T> the attribute's Java type
 */
final class AthanorSingularAttribute<X, T> implements SingularAttribute<X, T> {

    private final AbstractManagedType<X> declaringType;
    private final AttributeModel model;
    private final Type<T> type;
    private final Member javaMember;

    AthanorSingularAttribute(AbstractManagedType<X> declaringType, AttributeModel model, Type<T> type) {
        this.declaringType = Objects.requireNonNull(declaringType, "declaringType");
        this.model = Objects.requireNonNull(model, "model");
        this.type = Objects.requireNonNull(type, "type");
        this.javaMember = JavaMembers.of(model);
    }

    @Override
    public String getName() {
        return model.name();
    }

    @Override
    public PersistentAttributeType getPersistentAttributeType() {
        return switch (model.kind()) {
            case BASIC -> PersistentAttributeType.BASIC;
            case EMBEDDED -> PersistentAttributeType.EMBEDDED;
            case MANY_TO_ONE -> PersistentAttributeType.MANY_TO_ONE;
            case ONE_TO_ONE -> PersistentAttributeType.ONE_TO_ONE;
            case ONE_TO_MANY -> PersistentAttributeType.ONE_TO_MANY;
            case MANY_TO_MANY -> PersistentAttributeType.MANY_TO_MANY;
        };
    }

    @Override
    public ManagedType<X> getDeclaringType() {
        return declaringType;
    }

    @SuppressWarnings("unchecked")
    @Override
    public Class<T> getJavaType() {
        return (Class<T>) model.javaType();
    }

    @Override
    public Member getJavaMember() {
        return javaMember;
    }

    @Override
    public boolean isAssociation() {
        return model.kind().toOne();
    }

    @Override
    public boolean isCollection() {
        return false;
    }

    @Override
    public boolean isId() {
        return model.id();
    }

    @Override
    public boolean isVersion() {
        return model.version();
    }

    @Override
    public boolean isOptional() {
        return model.optional();
    }

    @Override
    public Type<T> getType() {
        return type;
    }

    @Override
    public BindableType getBindableType() {
        return BindableType.SINGULAR_ATTRIBUTE;
    }

    /**
     * The class a path through this attribute leads to: for a to-one, the target entity, which
     * {@code @ManyToOne(targetEntity)} may make more specific than the declared field type.
     */
    @Override
    public Class<T> getBindableJavaType() {
        return type.getJavaType();
    }

    @Override
    public String toString() {
        return declaringType.getJavaType().getSimpleName() + "." + model.name();
    }
}
