package dev.athanor.core.meta;

import java.util.List;
import java.util.Objects;

/**
 * An object built from columns of each row of a native query's result ({@code @ConstructorResult}):
 * the constructor of {@code targetClass} whose parameters match the columns, in order.
 *
 * @param targetClass the class to construct
 * @param columns the constructor's arguments, in order
 */
public record ConstructorResultModel(Class<?> targetClass, List<ColumnResultModel> columns) {

    public ConstructorResultModel {
        Objects.requireNonNull(targetClass, "targetClass");
        columns = List.copyOf(columns);
    }
}
