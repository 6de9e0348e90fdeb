package dev.athanor.core.session;

import dev.athanor.core.engine.EngineConnection;
import dev.athanor.core.engine.RowCursor;
import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.error.ErrorMessage;
import dev.athanor.core.meta.AttributeModel;
import dev.athanor.core.query.QueryPlan;
import dev.athanor.core.query.QueryPlan.ResultItem;
import dev.athanor.runtime.AttributeTracker;
import dev.athanor.runtime.TrackedToMany;
import jakarta.persistence.PersistenceException;
import java.lang.reflect.InvocationTargetException;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Makes the rows of one run of a query plan into its results. Each entity node of a row becomes the
 * instance of the identity map (a managed one is returned as it is, a reference takes its state from
 * the row, an unknown one is hydrated as a load by id would); fetch-joined to-ones are read before
 * their owner, so that the owner finds them managed, and fetch-joined to-manys collect their
 * elements per owner until {@link #finish} installs them as loaded collections.
 */
final class QueryResults {

    private final Session session;
    private final QueryPlan plan;
    private final EngineConnection connection;
    private final boolean readOnly;
    private final boolean streamed;
    private final EntityPersister[] persisters;
    private final List<QueryPlan.EntityNode> nodes;
    private final List<QueryPlan.Fetch> fetches;
    /** Per fetch of a to-many, per owner (by identity), the distinct elements in row order. */
    private final List<Map<Object, Distinct.Elements>> elements = new ArrayList<>();
    /** Per fetch of a to-many, the owner of the previous row and its elements: rows come grouped by owner. */
    private final Object[] lastOwners;
    private final Distinct.Elements[] lastElements;
    /** The instances of the current row's nodes, and which of them are made: reused from row to row. */
    private final Object[] instances;
    private final boolean[] done;
    /**
     * The row being read, and per node a view of it from the node's first column: made once, not per
     * row (again only if the rows start coming from another cursor).
     */
    private EntityColumns.ColumnSource current;
    private final RowView[] nodeColumns;
    private RowCursor viewed;
    /**
     * Per node, the node made before it whose id answers one of its foreign keys (see {@link
     * #keysFromJoins}), and that key's column; -1 for none.
     */
    private final int[] keyFrom;
    private final int[] keySlot;
    /** Per node, the to-one whose key {@link #keyFrom} answers, when reading the row sets it to that node's instance. */
    private final AttributeModel[] keyAttribute;
    /** Per node, whether the current row made its instance (read it in, rather than finding it managed or repeated). */
    private final boolean[] fresh;
    /** Per node, the nodes made before it: the to-ones it fetches and the owner of the collection it fills. */
    private final int[][] madeBefore;
    /** Per node, the id the previous row had and its instance: rows of a fetch join repeat their owner's. */
    private final Object[] lastIds;
    private final Object[] lastInstances;
    /** Per node, how many instances this run has made for it (not found in the context): see {@link #expect}. */
    private final int[] made;
    private Map<AttributeModel, EntityPersister> embeddingOwners;

    /**
     * @param streamed true when the caller's code runs between rows (a stream), which may clear or
     *                 detach what an earlier row made: each row then looks its entities up again
     */
    QueryResults(Session session, QueryPlan plan, EngineConnection connection, boolean readOnly, boolean streamed) {
        this.session = session;
        this.streamed = streamed;
        this.plan = plan;
        this.connection = connection;
        this.readOnly = readOnly;
        this.nodes = plan.entities();
        this.fetches = plan.fetches();
        this.persisters = new EntityPersister[nodes.size()];
        for (int i = 0; i < persisters.length; i++) {
            persisters[i] = session.persisterOf(nodes.get(i).entity().javaType(), "query");
        }
        for (QueryPlan.Fetch fetch : fetches) {
            elements.add(fetch.attribute().kind().toMany() ? new IdentityHashMap<>() : null);
        }
        this.lastOwners = new Object[fetches.size()];
        this.lastElements = new Distinct.Elements[fetches.size()];
        this.instances = new Object[nodes.size()];
        this.done = new boolean[nodes.size()];
        this.nodeColumns = new RowView[nodes.size()];
        this.keyFrom = new int[nodes.size()];
        this.keySlot = new int[nodes.size()];
        this.keyAttribute = new AttributeModel[nodes.size()];
        this.fresh = new boolean[nodes.size()];
        Arrays.fill(keyFrom, -1);
        for (QueryPlan.Fetch fetch : fetches) {
            keysFromJoins(fetch);
        }
        this.madeBefore = new int[nodes.size()][];
        for (int n = 0; n < madeBefore.length; n++) {
            madeBefore[n] = madeBefore(n);
        }
        this.lastIds = new Object[nodes.size()];
        this.lastInstances = new Object[nodes.size()];
        this.made = new int[nodes.size()];
    }

    /**
     * Foreign keys the row has given already, as the id of the node at the other end of a fetch join
     * (the join condition makes the two equal), so that the view of the node holding the key answers
     * it from there instead of reading the column again: the to-one of the elements of a fetched
     * one-to-many mapped by it, and the to-one the fetch follows from its owner. One key per node.
     */
    private void keysFromJoins(QueryPlan.Fetch fetch) {
        AttributeModel attribute = fetch.attribute();
        if (attribute.kind().toOne()) {
            key(fetch.owner(), attribute, fetch.target());
        } else if (attribute.collection().mappedBy() != null) {
            persisters[fetch.target()].entity().findAttribute(attribute.collection().mappedBy())
                    .ifPresent(inverse -> key(fetch.target(), inverse, fetch.owner()));
        }
    }

    /** The foreign key of node {@code n}'s to-one {@code attribute} is the id of node {@code from}. */
    private void key(int n, AttributeModel attribute, int from) {
        EntityColumns columns = persisters[n].columns();
        List<AttributeModel> attributes = persisters[n].entity().attributes();
        boolean topLevel = attribute.index() < attributes.size() && attributes.get(attribute.index()) == attribute;
        if (keyFrom[n] < 0 && topLevel && attribute.kind().toOne() && columns.slotCount(attribute.index()) == 1) {
            keyFrom[n] = from;
            keySlot[n] = columns.firstSlot(attribute.index());
            keyAttribute[n] = columns.deferred(attribute.index()) ? null : attribute;
        }
    }

    /** The views of the nodes over {@code row}: over its cursor when it is a cursor's view, else over {@link #current}. */
    private void view(EntityColumns.ColumnSource row) {
        RowCursor cursor = row instanceof RowView view ? view.cursor() : null;
        if (nodeColumns.length > 0 && nodeColumns[0] != null && cursor == viewed) {
            return;
        }
        viewed = cursor;
        EntityColumns.ColumnSource whole = (slot, type) -> current.get(slot, type);
        for (int n = 0; n < nodeColumns.length; n++) {
            QueryPlan.EntityNode node = nodes.get(n);
            if (node.columns() == null) {
                int first = node.firstColumn();
                nodeColumns[n] = cursor != null ? new RowView(cursor, first) : new RowView(whole, first);
            } else {
                nodeColumns[n] = cursor != null ? new RowView(cursor, node.columns())
                        : new RowView(whole, node.columns());
            }
        }
    }

    private int[] madeBefore(int n) {
        int count = 0;
        int[] first = new int[fetches.size()];
        for (QueryPlan.Fetch fetch : fetches) {
            if (fetch.owner() == n && fetch.attribute().kind().toOne()) {
                first[count++] = fetch.target();
            } else if (fetch.target() == n && fetch.attribute().kind().toMany()) {
                first[count++] = fetch.owner();
            }
        }
        return count == first.length ? first : Arrays.copyOf(first, count);
    }

    /** The type to fetch each column of a row as, where the engine has a typed getter for it; null when unknown. */
    Class<?>[] fetchTypes(int width) {
        if (width < 0) {
            return null;
        }
        Class<?>[] types = new Class<?>[width];
        for (int n = 0; n < nodes.size(); n++) {
            Class<?>[] own = persisters[n].columns().fetchTypes();
            QueryPlan.EntityNode node = nodes.get(n);
            for (int slot = 0; slot < own.length; slot++) {
                int column = node.column(slot);
                if (column >= 0 && types[column] == null) {
                    types[column] = own[slot]; // a column two nodes share is a key and the id it equals: one type
                }
            }
        }
        for (ResultItem item : plan.items()) {
            typeValues(item, types);
        }
        return types;
    }

    private static void typeValues(ResultItem item, Class<?>[] types) {
        if (item instanceof ResultItem.Value value && value.attribute() != null
                && value.attribute().kind() == AttributeModel.Kind.BASIC) {
            Class<?> read = ColumnValues.readType(value.attribute());
            if (RowCursor.fetches(read)) {
                types[value.column()] = read;
            }
        } else if (item instanceof ResultItem.Constructed constructed) {
            constructed.arguments().forEach(argument -> typeValues(argument, types));
        } else if (item instanceof ResultItem.MapEntry entry) {
            typeValues(entry.key(), types);
        }
    }

    /** Most rows a run sizes the identity maps for up front, however many its plan read last time. */
    static final int MOST_EXPECTED = 1 << 16;

    /**
     * Makes room in the identity map of each entity the rows hold for as many more instances as the
     * plan's last run made for its node, so that filling it does not grow it step by step.
     */
    void expect() {
        for (int n = 0; n < persisters.length; n++) {
            int expected = plan.lastMade(n);
            if (expected > 0) {
                session.context().reserve(persisters[n], Math.min(expected, MOST_EXPECTED));
            }
        }
    }

    /** Tells the plan what this run read and made, for the next run's {@link #expect}. */
    void remember(int rows) {
        plan.rememberRun(rows, made);
    }

    /**
     * The result of one row: the single item's value, or an array of the items' values. An entity
     * whose id the row repeats is not read again: only its id column is.
     */
    Object row(EntityColumns.ColumnSource row) {
        current = row;
        view(row);
        Arrays.fill(instances, null);
        Arrays.fill(done, false);
        for (int n = 0; n < nodes.size(); n++) {
            instance(n, row);
        }
        for (int f = 0; f < fetches.size(); f++) {
            fetched(f);
        }
        List<ResultItem> items = plan.items();
        if (items.size() == 1) {
            return value(items.get(0), row);
        }
        Object[] values = new Object[items.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = value(items.get(i), row);
        }
        return values;
    }

    /** The instance of node {@code n}, made after the to-ones it fetches and the owner of the collection it fills. */
    private Object instance(int n, EntityColumns.ColumnSource row) {
        if (done[n]) {
            return instances[n];
        }
        done[n] = true;
        for (int first : madeBefore[n]) {
            instance(first, row);
        }
        int from = keyFrom[n];
        if (from >= 0) {
            Object target = instances[from];
            nodeColumns[n].know(keySlot[n], target != null ? lastIds[from] : null, target);
        }
        instances[n] = hydrate(n, persisters[n], nodeColumns[n]);
        return instances[n];
    }

    private Object hydrate(int n, EntityPersister persister, RowView source) {
        fresh[n] = false;
        Object last = lastIds[n];
        Object id = Ids.convert(source.fetchKept(persister.idSlot(), persister.idType(), last), persister.idType());
        if (id == null) {
            return null; // the entity of a LEFT JOIN that found no row
        }
        if (!streamed && (id == last || id.equals(last))) {
            return lastInstances[n]; // made, or found, for the previous row: nothing of it has changed since
        }
        Object instance = instance(n, persister, source, id);
        lastIds[n] = id;
        lastInstances[n] = instance;
        return instance;
    }

    private Object instance(int n, EntityPersister persister, EntityColumns.ColumnSource source, Object id) {
        Object known = session.context().instance(persister, id);
        if (known != null) {
            boolean reference = readOnly && PersistenceContext.hollow(session.context().state(known));
            session.loader().fillIfReference(connection, known, persister, source);
            if (reference) {
                session.context().readOnly(known); // loaded by this query: read-only as its results are
            }
            return known; // managed: the specification keeps its state as it is
        }
        Object instance = session.loader().hydrate(connection, persister, source, id);
        made[n]++;
        fresh[n] = true;
        if (readOnly) {
            session.context().readOnly(instance);
        }
        return instance;
    }

    private void fetched(int f) {
        QueryPlan.Fetch fetch = fetches.get(f);
        Object owner = instances[fetch.owner()];
        if (owner == null) {
            return;
        }
        Object target = instances[fetch.target()];
        AttributeModel attribute = fetch.attribute();
        int from = fetch.owner();
        if (fresh[from] && keyAttribute[from] == attribute && keyFrom[from] == fetch.target()) {
            return; // the owner was read from this row, its key answered by the target: it holds the target already
        }
        if (attribute.kind().toMany()) {
            Distinct.Elements of = lastOwners[f] == owner ? lastElements[f] : null;
            if (of == null) {
                Map<Object, Distinct.Elements> byOwner = elements.get(f);
                of = byOwner.get(owner);
                if (of == null) {
                    of = new Distinct.Elements();
                    of.positions = fetch.position() >= 0 ? new ListPositions() : null;
                    byOwner.put(owner, of);
                }
                lastOwners[f] = owner;
                lastElements[f] = of;
            }
            if (target != null) {
                if (of.positions == null) {
                    of.add(target);
                } else {
                    of.addAt(target, current.get(fetch.position(), Integer.class) instanceof Number n ? n.intValue()
                            : null);
                }
            }
            return;
        }
        AttributeTracker state = target == null ? null : session.context().state(owner);
        if (state != null && PersistenceContext.persisterOf(state).enhanced()) {
            // a managed owner's state is kept; only a to-one it has not loaded takes the row's target
            int slot = PersistenceContext.persisterOf(state).tracking().slotOfAttribute(attribute.index());
            if (state.isUnloaded(slot)) {
                EntityEntry entry = session.context().entry(owner); // what it has loaded is its own now
                attribute.set(owner, target);
                entry.loaded(slot);
            }
        }
    }

    /** Installs the fetched to-many collections as loaded, as {@link CollectionLoader} does; a managed owner's loaded one is kept. */
    void finish() {
        for (int f = 0; f < fetches.size(); f++) {
            if (elements.get(f) == null) {
                continue;
            }
            AttributeModel attribute = fetches.get(f).attribute();
            for (Map.Entry<Object, Distinct.Elements> owner : elements.get(f).entrySet()) {
                Object instance = owner.getKey();
                AttributeTracker state = session.context().state(instance);
                if (state == null) {
                    continue;
                }
                TrackedToMany<?> collection = CollectionTracking.own(instance, state,
                        PersistenceContext.persisterOf(state), attribute, attribute.get(instance));
                if (collection != null && !collection.isLoaded()) {
                    Distinct.Elements fetched = owner.getValue();
                    // by position whatever the query ordered the rows by: the list holds them so, compacted
                    CollectionLoader.fill(collection, fetched.positions == null ? fetched.list
                            : fetched.positions.sort(fetched.list));
                    session.context().loadedCollection(instance, attribute, collection,
                            fetched.positions == null || fetched.positions.regular());
                }
            }
        }
    }

    /** Each result once, in first-seen order (see {@link Distinct#results}). */
    List<Object> distinct(List<Object> results) {
        return Distinct.results(plan.items(), results);
    }

    private Object value(ResultItem item, EntityColumns.ColumnSource row) {
        if (item instanceof ResultItem.Entity entity) {
            return instances[entity.node()];
        }
        if (item instanceof ResultItem.Value value) {
            AttributeModel attribute = value.attribute();
            if (attribute != null && attribute.kind() == AttributeModel.Kind.BASIC) {
                return ColumnValues.toAttribute(attribute, row.get(value.column(), ColumnValues.readType(attribute)));
            }
            if (value.javaType() == Class.class) {
                // TYPE(x): the query reads the entity name of the row's class
                Object name = row.get(value.column(), String.class);
                return name == null ? null : session.factory().metadata().entity(name.toString()).javaType();
            }
            return row.get(value.column(), ColumnValues.boxed(value.javaType()));
        }
        if (item instanceof ResultItem.Embedded embedded) {
            EntityPersister owner = embeddingOwner(embedded.attribute());
            EntityColumns.References references = (attribute, target, id) -> session.loader().resolve(connection,
                    attribute, target, id);
            return owner.columns().attributeValue(embedded.attribute(), row,
                    embedded.firstColumn(), references);
        }
        if (item instanceof ResultItem.MapEntry entry) {
            Object value = value(entry.value(), row);
            return value == null ? null : new AbstractMap.SimpleImmutableEntry<>(value(entry.key(), row), value);
        }
        return construct((ResultItem.Constructed) item, row);
    }

    /** The persister of the entity (or of the embeddable inside one) an embedded attribute belongs to. */
    private EntityPersister embeddingOwner(AttributeModel attribute) {
        if (embeddingOwners == null) {
            embeddingOwners = new IdentityHashMap<>();
        }
        return embeddingOwners.computeIfAbsent(attribute, a -> {
            for (dev.athanor.core.meta.EntityModel entity : session.factory().metadata().entities()) {
                if (contains(entity.attributes(), a)) {
                    return session.persisterOf(entity.javaType(), "query");
                }
            }
            throw new IllegalStateException("no entity holds embedded attribute " + a);
        });
    }

    private static boolean contains(List<AttributeModel> attributes, AttributeModel wanted) {
        for (AttributeModel attribute : attributes) {
            if (attribute == wanted || attribute.kind() == AttributeModel.Kind.EMBEDDED
                    && contains(attribute.embeddedAttributes(), wanted)) {
                return true;
            }
        }
        return false;
    }

    private Object construct(ResultItem.Constructed constructed, EntityColumns.ColumnSource row) {
        List<ResultItem> arguments = constructed.arguments();
        Object[] values = new Object[arguments.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = value(arguments.get(i), row);
        }
        Class<?> type = constructed.javaType();
        try {
            return constructed.constructor().newInstance(values);
        } catch (InvocationTargetException e) {
            throw constructionFailed(type, values, e.getCause());
        } catch (ReflectiveOperationException | IllegalArgumentException e) {
            throw constructionFailed(type, values, e);
        }
    }

    private PersistenceException constructionFailed(Class<?> type, Object[] values, Throwable cause) {
        List<String> given = new ArrayList<>();
        for (Object value : values) {
            given.add(value == null ? "null" : value.getClass().getSimpleName() + " " + value);
        }
        return new PersistenceException(ErrorMessage.of(ErrorCode.QUERY_RESULT_TYPE, "NEW " + type.getName()
                + "(...) failed for the row's values " + given + ": " + cause)
                .detail("query", plan.text())
                .hint("Check that the constructor accepts these values (a primitive parameter cannot take NULL;"
                        + " use its wrapper type) and does not throw.").render(), cause);
    }
}
