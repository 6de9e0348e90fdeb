package dev.athanor.core.meta;

import java.lang.invoke.MethodHandle;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An {@code @Embeddable} class: its attributes with their default columns. Each embedding may
 * override the columns; {@link AttributeModel#embeddedAttributes()} holds them as overridden.
 */
public final class EmbeddableModel {

    private final Class<?> javaType;
    private final Attributes attributes;
    private final Instantiator instantiator;

    /**
     * @param constructor the class's no-argument constructor, as a handle returning the new instance
     */
    public EmbeddableModel(Class<?> javaType, List<AttributeModel> attributes, MethodHandle constructor) {
        this.javaType = Objects.requireNonNull(javaType, "javaType");
        this.attributes = new Attributes(javaType, attributes);
        this.instantiator = new Instantiator(javaType, constructor);
    }

    public Class<?> javaType() {
        return javaType;
    }

    /** Its attributes, in index order, with the columns they have when nothing overrides them. */
    public List<AttributeModel> attributes() {
        return attributes.list();
    }

    public Optional<AttributeModel> findAttribute(String name) {
        return attributes.find(name);
    }

    /** The attribute called {@code name}; IllegalArgumentException with a did-you-mean otherwise. */
    public AttributeModel attribute(String name) {
        return attributes.get(name);
    }

    /** A new, empty instance. */
    public Object newInstance() {
        return instantiator.newInstance();
    }

    @Override
    public String toString() {
        return "EmbeddableModel[" + javaType.getName() + "]";
    }
}
