package dev.athanor.core.sql.ast;

/**
 * {@code CONSTRAINT name CHECK (condition)}. The condition is SQL text, as JPA's
 * {@code @CheckConstraint(constraint = "...")} gives it: written as given, never built from user data.
 */
public record CheckConstraint(String name, String condition) {

    public CheckConstraint {
        Requires.name(name, "a check constraint");
        if (condition == null || condition.isBlank()) {
            throw new IllegalArgumentException("check constraint " + name + " needs a condition");
        }
    }
}
