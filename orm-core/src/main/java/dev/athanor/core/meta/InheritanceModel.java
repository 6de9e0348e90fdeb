package dev.athanor.core.meta;

import java.util.List;
import java.util.Objects;

/**
 * Where an entity sits in a SINGLE_TABLE hierarchy: every class of the hierarchy is stored in the
 * root's table, and the discriminator column says which class a row is.
 *
 * @param root the hierarchy's root entity class, which declares the id, the version and the table
 * @param parent the nearest entity superclass; null for the root
 * @param discriminator the discriminator column, the same for the whole hierarchy
 * @param value this class's discriminator value (a {@code String} or an {@code Integer}); null for an
 *     abstract class, which has no rows of its own
 * @param values the values of this class and of every entity class below it: what a query for it matches
 */
public record InheritanceModel(Class<?> root, Class<?> parent, DiscriminatorModel discriminator, Object value,
        List<Object> values) {

    public InheritanceModel {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(discriminator, "discriminator");
        values = List.copyOf(values);
    }

    /** Whether this class is the hierarchy's root. */
    public boolean isRoot() {
        return parent == null;
    }

    /** The discriminator column of a SINGLE_TABLE hierarchy. */
    public record DiscriminatorModel(String column, Type type, int length) {

        /** {@code jakarta.persistence.DiscriminatorType}, as stored: CHAR is a one-character string. */
        public enum Type { STRING, CHAR, INTEGER }

        public DiscriminatorModel {
            Objects.requireNonNull(column, "column");
            Objects.requireNonNull(type, "type");
        }

        /** The Java type a value is bound and read as. */
        public Class<?> javaType() {
            return type == Type.INTEGER ? Integer.class : String.class;
        }
    }
}
