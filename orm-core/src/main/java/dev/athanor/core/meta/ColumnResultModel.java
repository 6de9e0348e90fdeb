package dev.athanor.core.meta;

import java.util.Objects;

/**
 * One column of a native query's result, as a value ({@code @ColumnResult}).
 *
 * @param name the column's label in the result
 * @param type the Java type to convert the value to; {@code void.class} keeps the driver's type
 */
public record ColumnResultModel(String name, Class<?> type) {

    public ColumnResultModel {
        Objects.requireNonNull(name, "name");
        type = type == null ? void.class : type;
    }
}
