package dev.athanor.core.sql.ast;

/** A column of an index, ascending or descending (JPA's {@code @Index(columnList = "a, b DESC")}). */
public record IndexColumn(String name, boolean descending) {

    public IndexColumn {
        Requires.name(name, "an index column");
    }

    public static IndexColumn of(String name) {
        return new IndexColumn(name, false);
    }
}
