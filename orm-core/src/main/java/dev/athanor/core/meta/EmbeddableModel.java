package dev.athanor.core.meta;

import java.lang.invoke.MethodHandle;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An {@code @Embeddable} class: its attributes with their default columns. Each embedding may
 * override the columns; {@link AttributeModel#embeddedAttributes()} holds them as overridden.
 *
 * <p>A Java record may be an embeddable (JPA 3.2): its attributes are its components, read
 * through their fields, and since it cannot be changed after construction, a value is built
 * whole with {@link #instantiate}; {@link AttributeModel#set} is refused on its attributes.
 * {@link #instantiate} serves plain classes too, so that readers need not tell them apart.
 */
public final class EmbeddableModel {

    private final Class<?> javaType;
    private final Attributes attributes;
    private final Instantiator instantiator;
    private final RecordConstructor recordConstructor;

    /**
     * @param constructor the class's no-argument constructor, as a handle returning the new instance;
     *     for a record, its canonical constructor
     */
    public EmbeddableModel(Class<?> javaType, List<AttributeModel> attributes, MethodHandle constructor) {
        this.javaType = Objects.requireNonNull(javaType, "javaType");
        this.attributes = new Attributes(javaType, attributes);
        Objects.requireNonNull(constructor, "constructor");
        this.recordConstructor = javaType.isRecord()
                ? new RecordConstructor(javaType, constructor, this.attributes.list()) : null;
        this.instantiator = javaType.isRecord() ? null : new Instantiator(javaType, constructor);
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

    /** Whether it is a record: immutable, built only by {@link #instantiate}. */
    public boolean isRecord() {
        return recordConstructor != null;
    }

    /** A new, empty instance; IllegalStateException for a record, which has no empty state. */
    public Object newInstance() {
        if (recordConstructor != null) {
            throw new IllegalStateException(javaType.getName() + " is a record: build it with instantiate(values)");
        }
        return instantiator.newInstance();
    }

    /**
     * A new instance holding {@code values}, one per attribute in index order: a record through its
     * canonical constructor, a plain class through its no-argument constructor and each attribute's
     * setter.
     */
    public Object instantiate(Object[] values) {
        if (values.length != attributes.list().size()) {
            throw new IllegalArgumentException(javaType.getName() + " has " + attributes.list().size()
                    + " attributes, and " + values.length + " values were given");
        }
        if (recordConstructor != null) {
            return recordConstructor.instantiate(values);
        }
        Object instance = instantiator.newInstance();
        for (AttributeModel attribute : attributes.list()) {
            attribute.set(instance, values[attribute.index()]);
        }
        return instance;
    }

    @Override
    public String toString() {
        return "EmbeddableModel[" + javaType.getName() + "]";
    }
}
