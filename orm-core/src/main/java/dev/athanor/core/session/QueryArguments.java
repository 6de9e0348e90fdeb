package dev.athanor.core.session;

import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.meta.AttributeModel;
import dev.athanor.core.meta.EntityModel;
import dev.athanor.core.query.QueryPlan;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The values a plan's bind slots take for the arguments given: converted as the column they are
 * compared with (enum, converter, temporal), an entity as its id, and for a slot that expands, the
 * list of its elements' values.
 */
final class QueryArguments {

    private QueryArguments() {
    }

    /** One value per slot of {@code plan}; a List of values for a slot that expands. */
    static Object[] slotValues(Session session, QueryPlan plan, Object[] arguments) {
        List<QueryPlan.ParameterUse> slots = plan.slots();
        Object[] values = new Object[slots.size()];
        for (int i = 0; i < values.length; i++) {
            QueryPlan.ParameterUse use = slots.get(i);
            Object argument = arguments[use.parameter()];
            if (use.expands()) {
                Collection<?> elements = argument instanceof Collection<?> collection ? collection
                        : java.util.Collections.singletonList(argument);
                List<Object> converted = new ArrayList<>(elements.size());
                for (Object element : elements) {
                    converted.add(convert(session, plan, use, element));
                }
                values[i] = converted;
            } else {
                values[i] = convert(session, plan, use, argument);
            }
        }
        return values;
    }

    private static Object convert(Session session, QueryPlan plan, QueryPlan.ParameterUse use, Object value) {
        if (value == null) {
            return null;
        }
        return switch (use.conversion()) {
            case NONE -> value;
            case ATTRIBUTE -> use.attribute() == null ? value : ColumnValues.toColumn(use.attribute(), value);
            case ENTITY_ID -> entityId(session, plan, use, value);
            case ENTITY_TYPE -> entityType(session, plan, use, value);
        };
    }

    /** The discriminator value of an entity class given for {@code TYPE(x) = :type}. */
    private static Object entityType(Session session, QueryPlan plan, QueryPlan.ParameterUse use, Object value) {
        String label = plan.parameters().get(use.parameter()).label();
        EntityModel entity = value instanceof Class<?> type ? session.factory().metadata().findEntity(type)
                .orElse(null) : null;
        if (entity == null) {
            throw SessionErrors.illegalArgument(ErrorCode.QUERY_PARAMETER, "parameter " + label + " is compared with"
                    + " TYPE(...) and takes an entity class, but was given " + (value instanceof Class<?> type
                    ? "the class " + type.getName() + ", which is not an entity" : "a " + value.getClass().getName())
                    + " in " + plan.text());
        }
        return entity.typeValue();
    }

    /** The id of an entity given as a parameter: managed or detached, it must have one. */
    private static Object entityId(Session session, QueryPlan plan, QueryPlan.ParameterUse use, Object entity) {
        String label = plan.parameters().get(use.parameter()).label();
        EntityPersister persister = session.factory().persister(entity.getClass());
        if (persister == null) {
            throw SessionErrors.illegalArgument(ErrorCode.QUERY_PARAMETER, "parameter " + label + " takes an entity,"
                    + " but was given a " + entity.getClass().getName() + " in " + plan.text());
        }
        EntityModel model = persister.entity();
        EntityEntry entry = session.context().entry(entity);
        Object id = entry != null && entry.id != null ? entry.id : model.id().get(entity);
        if (Ids.unset(model.id(), id)) {
            throw SessionErrors.illegalArgument(ErrorCode.QUERY_PARAMETER, "parameter " + label + " was given a new "
                    + model.name() + " whose id is not assigned yet, so no row can match it (" + plan.text()
                    + "); persist() and flush() it first, or pass a managed or detached instance");
        }
        AttributeModel idAttribute = use.attribute() != null ? use.attribute() : model.id();
        return ColumnValues.toColumn(idAttribute, id);
    }
}
