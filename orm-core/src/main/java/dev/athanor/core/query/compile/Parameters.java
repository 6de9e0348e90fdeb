package dev.athanor.core.query.compile;

import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.meta.AttributeModel;
import dev.athanor.core.meta.EntityModel;
import dev.athanor.core.query.QueryPlan.Conversion;
import dev.athanor.core.query.QueryPlan.ParameterUse;
import dev.athanor.core.query.QueryPlan.QueryParameter;
import dev.athanor.core.query.tree.Expr;
import dev.athanor.core.sql.ast.BindParam;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The parameters a query declares and its bind slots: each occurrence of a parameter is a slot of its
 * own, converted as what it is compared with or assigned to (an entity by its id, an enum or converted
 * attribute as its column). A query uses named or positional parameters, not both.
 */
final class Parameters {

    /** A declared parameter while compiling: its type may still become more precise. */
    private static final class Declared {
        final String name;
        final int position;
        int firstPos;
        Class<?> type = Object.class;
        boolean multiValued;

        Declared(String name, int position, int firstPos) {
            this.name = name;
            this.position = position;
            this.firstPos = firstPos;
        }
    }

    private record Use(Declared parameter, Conversion conversion, AttributeModel attribute, boolean expands) {
    }

    private final Compilation c;
    private final List<Declared> declared = new ArrayList<>();
    private final List<Use> slots = new ArrayList<>();

    Parameters(Compilation c) {
        this.c = c;
    }

    /**
     * A slot for one occurrence of {@code param}, compared with or assigned to {@code context} (null when
     * nothing gives it a type).
     */
    Typed use(Expr.Param param, Typed context, boolean expands) {
        Declared d = declare(param);
        Conversion conversion = Conversion.NONE;
        AttributeModel attribute = null;
        Class<?> type = Object.class;
        if (context != null && context.isEntity()) {
            conversion = Conversion.ENTITY_ID;
            attribute = context.entity().idAttributes().size() == 1 ? context.entity().id() : null;
            type = context.entity().javaType();
        } else if (context != null && context.attribute() != null && converts(context.attribute())) {
            conversion = Conversion.ATTRIBUTE;
            attribute = context.attribute();
            type = Types.box(attribute.javaType());
        } else if (context != null) {
            type = context.type();
        }
        if (d.type == Object.class) {
            d.type = type;
        }
        d.multiValued |= expands;
        slots.add(new Use(d, conversion, attribute, expands));
        BindParam slot = BindParam.slot(slots.size() - 1);
        return context != null && context.isEntity() ? Typed.entity(slot, context.entity())
                : new Typed(slot, type, attribute, null, List.of());
    }

    /**
     * A slot for one occurrence of {@code param} compared with {@code TYPE(...)} of an {@code entity}: its
     * value is an entity class, bound as that class's discriminator value ({@code expands}: a collection of
     * classes, for {@code TYPE(x) IN :types}).
     */
    BindParam useEntityType(Expr.Param param, EntityModel entity, boolean expands) {
        Declared d = declare(param);
        if (d.type == Object.class) {
            d.type = Class.class;
        }
        d.multiValued |= expands;
        AttributeModel id = entity.idAttributes().size() == 1 ? entity.id() : null;
        slots.add(new Use(d, Conversion.ENTITY_TYPE, id, expands));
        return BindParam.slot(slots.size() - 1);
    }

    /** Whether a value compared with the attribute's column must be converted as the attribute is. */
    static boolean converts(AttributeModel attribute) {
        return attribute.enumStorage() != null || attribute.converter().isPresent() || attribute.temporal() != null;
    }

    private Declared declare(Expr.Param param) {
        for (Declared d : declared) {
            if (param.name() != null ? param.name().equals(d.name) : param.position() == d.position) {
                d.firstPos = param.pos() >= 0 ? Math.min(d.firstPos < 0 ? param.pos() : d.firstPos, param.pos())
                        : d.firstPos;
                return d;
            }
        }
        if (!declared.isEmpty() && (declared.get(0).name == null) != (param.name() == null)) {
            throw c.error(ErrorCode.QUERY_PARAMETER, param.pos(), "The query mixes named and positional parameters ("
                    + label(declared.get(0)) + " and " + param.label() + ").",
                    "Use either :name parameters or ?1-style parameters throughout the query.");
        }
        Declared d = new Declared(param.name(), param.position(), param.pos());
        declared.add(d);
        return d;
    }

    private static String label(Declared d) {
        return d.name != null ? ":" + d.name : "?" + d.position;
    }

    /** The declared parameters, in order of first appearance in the text (or of use, for Criteria trees). */
    List<QueryParameter> parameters() {
        return ordered().stream().map(d -> new QueryParameter(d.name, d.position, d.type, d.multiValued)).toList();
    }

    List<ParameterUse> slots() {
        List<Declared> order = ordered();
        return slots.stream().map(u -> new ParameterUse(order.indexOf(u.parameter), u.conversion, u.attribute,
                u.expands)).toList();
    }

    private List<Declared> ordered() {
        List<Declared> order = new ArrayList<>(declared);
        if (order.stream().allMatch(d -> d.firstPos >= 0)) {
            order.sort(Comparator.comparingInt(d -> d.firstPos));
        }
        return order;
    }
}
