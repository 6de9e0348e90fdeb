package dev.athanor.core.sql.ast;

import java.util.List;

/** {@code CONSTRAINT name UNIQUE (columns)}. */
public record UniqueConstraint(String name, List<String> columns) {

    public UniqueConstraint {
        Requires.name(name, "a unique constraint");
        columns = Requires.columns(columns, "the columns of unique constraint " + name);
    }

    public static UniqueConstraint of(String name, String... columns) {
        return new UniqueConstraint(name, List.of(columns));
    }
}
