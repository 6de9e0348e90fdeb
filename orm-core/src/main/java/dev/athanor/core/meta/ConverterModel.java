package dev.athanor.core.meta;

import java.util.Objects;
import java.util.function.Function;

/**
 * An {@code AttributeConverter} and the two types it converts between. The conversions are bound
 * to one converter instance, created once at boot.
 */
public final class ConverterModel {

    private final Class<?> converterClass;
    private final Class<?> attributeType;
    private final Class<?> databaseType;
    private final boolean autoApply;
    private final Function<Object, Object> toDatabase;
    private final Function<Object, Object> toAttribute;

    public ConverterModel(Class<?> converterClass, Class<?> attributeType, Class<?> databaseType, boolean autoApply,
            Function<Object, Object> toDatabase, Function<Object, Object> toAttribute) {
        this.converterClass = Objects.requireNonNull(converterClass, "converterClass");
        this.attributeType = Objects.requireNonNull(attributeType, "attributeType");
        this.databaseType = Objects.requireNonNull(databaseType, "databaseType");
        this.autoApply = autoApply;
        this.toDatabase = Objects.requireNonNull(toDatabase, "toDatabase");
        this.toAttribute = Objects.requireNonNull(toAttribute, "toAttribute");
    }

    /** The class implementing {@code AttributeConverter}. */
    public Class<?> converterClass() {
        return converterClass;
    }

    /** The Java type of the attribute it converts (its first type argument). */
    public Class<?> attributeType() {
        return attributeType;
    }

    /** The Java type of the column value it produces (its second type argument). */
    public Class<?> databaseType() {
        return databaseType;
    }

    /** Whether it applies to every attribute of its attribute type unless told otherwise. */
    public boolean autoApply() {
        return autoApply;
    }

    /** The attribute value as stored in the column. */
    public Object toDatabase(Object attributeValue) {
        return toDatabase.apply(attributeValue);
    }

    /** The column value as the attribute holds it. */
    public Object toAttribute(Object columnValue) {
        return toAttribute.apply(columnValue);
    }

    @Override
    public String toString() {
        return converterClass.getName() + "<" + attributeType.getSimpleName() + ", " + databaseType.getSimpleName()
                + ">" + (autoApply ? " (autoApply)" : "");
    }
}
