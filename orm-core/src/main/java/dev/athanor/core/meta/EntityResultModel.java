package dev.athanor.core.meta;

import java.util.Map;
import java.util.Objects;

/**
 * An entity in each row of a native query's result ({@code @EntityResult}).
 *
 * @param entityClass the entity class
 * @param fields column labels for attributes whose column is not selected under its own name:
 *     attribute path ({@code "address.street"} for an embedded one, the association's name for a
 *     to-one) to the label in the result; an attribute not listed is read by its mapped column name
 * @param discriminatorColumn the label of the discriminator column, {@code ""} when none
 */
public record EntityResultModel(Class<?> entityClass, Map<String, String> fields, String discriminatorColumn) {

    public EntityResultModel {
        Objects.requireNonNull(entityClass, "entityClass");
        fields = ResultSetMappingModel.frozen(fields);
        discriminatorColumn = discriminatorColumn == null ? "" : discriminatorColumn;
    }
}
