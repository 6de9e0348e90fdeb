package dev.athanor.core.session;

import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.error.ErrorMessage;
import dev.athanor.core.query.QueryPlan;
import dev.athanor.core.sql.ast.BindParam;
import dev.athanor.core.sql.ast.CompoundSelect;
import dev.athanor.core.sql.ast.Expression;
import dev.athanor.core.sql.ast.InList;
import dev.athanor.core.sql.ast.Lock;
import dev.athanor.core.sql.ast.Logical;
import dev.athanor.core.sql.ast.Select;
import dev.athanor.core.sql.ast.Statement;
import dev.athanor.core.sql.render.RenderedSql;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Turns a plan's statement into the SQL of one run: IN lists of collection parameters given as
 * many markers as the collection has elements (rounded up to a power of two by repeating the last,
 * so that few texts serve every size), LIMIT and OFFSET, a row lock, and for a page of roots the
 * {@code root id IN (...)} condition. Each variant is rendered once and kept with the plan; the
 * markers added take slots after the plan's own.
 */
final class QueryStatements {

    /** Which statement of the plan runs. */
    enum Part {
        MAIN, ROOT_IDS
    }

    /** What makes one rendered text differ from another of the same plan. */
    private record Variant(Part part, boolean limit, boolean offset, Lock lock, List<Integer> inSizes, int rootIds) {

        /** The query as written: no page, lock, expanded parameter or root ids. */
        static final Variant PLAIN = new Variant(Part.MAIN, false, false, null, List.of(), -1);

        // written out: a record's generated equals and hashCode go through method handles, on every call
        @Override
        public boolean equals(Object other) {
            return this == other || other instanceof Variant v && part == v.part && limit == v.limit
                    && offset == v.offset && Objects.equals(lock, v.lock) && rootIds == v.rootIds
                    && inSizes.equals(v.inSizes);
        }

        @Override
        public int hashCode() {
            int hash = part.ordinal();
            hash = 31 * hash + (limit ? 1 : 0);
            hash = 31 * hash + (offset ? 1 : 0);
            hash = 31 * hash + Objects.hashCode(lock);
            hash = 31 * hash + rootIds;
            return 31 * hash + inSizes.hashCode();
        }
    }

    /** SQL ready to run: its text and its parameter values in marker order. */
    record Bound(String sql, Object[] parameters, int columns) {
    }

    private final SessionFactory factory;

    QueryStatements(SessionFactory factory) {
        this.factory = factory;
    }

    /**
     * The SQL of {@code part} with the slot values given ({@link QueryBinding#slotValues}), a page
     * when {@code limit} or {@code offset} is not null, a lock, and a condition on the root ids.
     */
    Bound bind(QueryPlan plan, Part part, Object[] slotValues, Integer limit, Integer offset, Lock lock,
            List<Object> rootIds) {
        List<QueryPlan.ParameterUse> slots = plan.slots();
        List<Integer> sizes = null;
        for (int i = 0; i < slots.size(); i++) {
            if (slots.get(i).expands()) {
                if (sizes == null) {
                    sizes = new ArrayList<>();
                }
                sizes.add(padded(((List<?>) slotValues[i]).size()));
            }
        }
        int rootCount = rootIds == null ? -1 : padded(rootIds.size());
        if (sizes == null && part == Part.MAIN && limit == null && offset == null && lock == null && rootIds == null) {
            // the query as written, the usual call: its slot values are its parameter values
            RenderedSql sql = plan.rendered(Variant.PLAIN, () -> factory.dialect().renderer().render(plan.statement()));
            return new Bound(sql.sql(), sql.bind(slotValues), width(plan.statement()));
        }
        Variant variant = new Variant(part, limit != null, offset != null, lock,
                sizes == null ? List.of() : List.copyOf(sizes), rootCount);
        Statement base = part == Part.MAIN ? plan.statement() : plan.pagedRoots().rootIds();
        RenderedSql sql = plan.rendered(variant, () -> factory.dialect().renderer().render(
                shape(plan, base, variant)));
        List<Object> values = new ArrayList<>(slots.size() + 8);
        for (int i = 0; i < slots.size(); i++) {
            values.add(slots.get(i).expands() ? null : slotValues[i]);
        }
        int expanded = 0;
        for (int i = 0; i < slots.size(); i++) {
            if (slots.get(i).expands()) {
                addPadded(values, (List<?>) slotValues[i], sizes.get(expanded++));
            }
        }
        if (limit != null) {
            values.add(limit);
        }
        if (offset != null) {
            values.add(offset);
        }
        if (rootIds != null) {
            addPadded(values, rootIds, rootCount);
        }
        return new Bound(sql.sql(), sql.bind(values.toArray()), width(base));
    }

    /** The statement of one variant, its added markers numbered after the plan's slots in the order {@link #bind} fills them. */
    private static Statement shape(QueryPlan plan, Statement base, Variant variant) {
        int next = plan.slots().size();
        Map<Integer, int[]> expansions = new java.util.HashMap<>();
        int expanded = 0;
        for (int i = 0; i < plan.slots().size(); i++) {
            if (plan.slots().get(i).expands()) {
                int size = variant.inSizes().get(expanded++);
                expansions.put(i, new int[] {next, size});
                next += size;
            }
        }
        Statement statement = expansions.isEmpty() ? base : (Statement) expand(base, expansions);
        BindParam limit = variant.limit() ? BindParam.slot(next++) : null;
        BindParam offset = variant.offset() ? BindParam.slot(next++) : null;
        if (variant.rootIds() >= 0) {
            List<Expression> markers = new ArrayList<>();
            for (int i = 0; i < variant.rootIds(); i++) {
                markers.add(BindParam.slot(next++));
            }
            Select select = select(statement, plan, "a page of roots");
            InList in = new InList(plan.pagedRoots().rootId(), markers, false);
            statement = select.withWhere(select.where() == null ? in : Logical.and(select.where(), in));
        }
        if (limit != null || offset != null) {
            statement = statement instanceof CompoundSelect compound ? compound.withPage(limit, offset)
                    : select(statement, plan, "a first result or max results").withPage(limit, offset);
        }
        if (variant.lock() != null) {
            statement = select(statement, plan, "a lock mode").withLock(variant.lock());
        }
        return statement;
    }

    static Select select(Statement statement, QueryPlan plan, String what) {
        if (statement instanceof Select select) {
            return select;
        }
        throw new jakarta.persistence.PersistenceException(ErrorMessage.of(ErrorCode.QUERY_UNSUPPORTED, what
                + " on a query whose statement is a " + statement.getClass().getSimpleName() + " (" + plan.text() + ")")
                .hint("Run it without " + what + ".").render());
    }

    /** How many columns a row of the statement has. */
    private static int width(Statement statement) {
        if (statement instanceof Select select) {
            return select.items().size();
        }
        for (RecordComponent component : statement.getClass().getRecordComponents()) {
            if (Statement.class.isAssignableFrom(component.getType())) {
                return width((Statement) value(component, statement)); // a set operation: its members' width
            }
        }
        return -1;
    }

    /**
     * A copy of {@code node} in which the IN list holding slot {@code s} of {@code expansions} holds
     * that many consecutive slots from the one given instead. The SQL nodes are records: walking their
     * components reaches every IN list, in WHERE, ON, HAVING, subqueries and CASE alike.
     */
    private static Object expand(Object node, Map<Integer, int[]> expansions) {
        if (node instanceof InList in && in.values().size() == 1 && in.values().get(0) instanceof BindParam p
                && p.isSlot() && expansions.containsKey(p.slot())) {
            int[] range = expansions.get(p.slot());
            List<Expression> markers = new ArrayList<>(range[1]);
            for (int i = 0; i < range[1]; i++) {
                markers.add(BindParam.slot(range[0] + i));
            }
            return new InList((Expression) expand(in.operand(), expansions), markers, in.negated());
        }
        if (node instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            boolean changed = false;
            for (Object element : list) {
                Object rewritten = expand(element, expansions);
                changed |= rewritten != element;
                copy.add(rewritten);
            }
            return changed ? copy : list;
        }
        if (!(node instanceof Record record) || !record.getClass().getPackageName().equals(Select.class.getPackageName())) {
            return node;
        }
        RecordComponent[] components = record.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        boolean changed = false;
        for (int i = 0; i < components.length; i++) {
            Object value = value(components[i], record);
            values[i] = expand(value, expansions);
            changed |= values[i] != value;
        }
        if (!changed) {
            return node;
        }
        try {
            return CONSTRUCTORS.get(record.getClass()).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot copy SQL node " + record, e);
        }
    }

    private static final ClassValue<Constructor<?>> CONSTRUCTORS = new ClassValue<>() {
        @Override
        protected Constructor<?> computeValue(Class<?> type) {
            Class<?>[] types = java.util.Arrays.stream(type.getRecordComponents()).map(RecordComponent::getType)
                    .toArray(Class<?>[]::new);
            try {
                return type.getDeclaredConstructor(types);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(type + " has no canonical constructor", e);
            }
        }
    };

    private static Object value(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component.getName() + " of " + record, e);
        }
    }

    /** 0, 1, then the next power of two: the sizes an IN list is rendered with. */
    static int padded(int size) {
        return size <= 1 ? size : Integer.highestOneBit(size - 1) << 1;
    }

    private static void addPadded(List<Object> values, Collection<?> elements, int size) {
        Object last = null;
        for (Object element : elements) {
            values.add(element);
            last = element;
        }
        for (int i = elements.size(); i < size; i++) {
            values.add(last); // repeating a value changes neither IN nor NOT IN
        }
    }
}
