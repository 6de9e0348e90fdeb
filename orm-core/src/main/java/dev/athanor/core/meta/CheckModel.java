package dev.athanor.core.meta;

import java.util.Objects;

/**
 * A check constraint of a column or table, as {@code @CheckConstraint} declares it.
 *
 * @param name the constraint's name, or null when the mapping gives none (schema generation names it)
 * @param constraint the SQL condition, written as given
 */
public record CheckModel(String name, String constraint) {

    public CheckModel {
        Objects.requireNonNull(constraint, "constraint");
        if (constraint.isBlank()) {
            throw new IllegalArgumentException("a check constraint needs a condition");
        }
        name = name == null || name.isBlank() ? null : name;
    }
}
