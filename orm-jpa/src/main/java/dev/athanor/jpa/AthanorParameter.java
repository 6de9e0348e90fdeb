package dev.athanor.jpa;

import jakarta.persistence.Parameter;

/**
 * A parameter a JPQL or native query declares: {@code :name} or {@code ?position}, with the Java type
 * its value must have (the type of what it is compared with or assigned to; {@code Object} when the
 * query does not constrain it, as in a native query). Equal when name, position and type are.
 *
 * @param name the name of {@code :name}, or null
 * @param position the number of {@code ?n}, or null
 * @param type the boxed Java type of a value
 */
public record AthanorParameter<T>(String name, Integer position, Class<T> type) implements Parameter<T> {

    @Override
    public String getName() {
        return name;
    }

    @Override
    public Integer getPosition() {
        return position;
    }

    @Override
    public Class<T> getParameterType() {
        return type;
    }

    /** {@code :name} or {@code ?n}, as written in the query. */
    public String label() {
        return name != null ? ":" + name : "?" + position;
    }

    @Override
    public String toString() {
        return label() + " (" + type.getSimpleName() + ")";
    }
}
