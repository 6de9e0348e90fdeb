package dev.athanor.core.session;

import dev.athanor.core.engine.EngineConnection;
import dev.athanor.core.engine.Row;
import dev.athanor.core.meta.AttributeModel;
import dev.athanor.core.sql.render.RenderedSql;
import dev.athanor.runtime.AttributeTracker;
import dev.athanor.runtime.TrackedToMany;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads to-many attributes. A loaded owner gets an unloaded tracked collection per to-many (EAGER
 * ones are loaded at once); the first use of one loads that attribute for up to
 * {@code athanor.lazy.batch_size} owners of the same type whose collection is still unloaded, in one
 * {@code SELECT ... WHERE owner IN (?, ...)} padded to the batch size, so that one text serves every
 * batch. Elements already in the persistence context are reused; the others are hydrated from the row.
 */
final class CollectionLoader {

    private final SessionFactory factory;
    private final PersistenceContext context;
    private final EntityLoader entities;
    /** While a query's rows are read: the owners whose EAGER collections wait for the fetch joins to fill them. */
    private List<Object> deferred;

    CollectionLoader(SessionFactory factory, PersistenceContext context, EntityLoader entities) {
        this.factory = factory;
        this.context = context;
        this.entities = entities;
    }

    /**
     * Gives each to-many of a freshly read instance an unloaded collection reporting to
     * {@code tracker} (its entry, or the {@link CleanState} it shares), and loads the EAGER ones.
     */
    void install(EngineConnection connection, Object instance, AttributeTracker tracker, EntityPersister persister) {
        List<AttributeModel> toManys = persister.toManys();
        if (toManys.isEmpty()) {
            return;
        }
        boolean eager = false;
        for (AttributeModel attribute : toManys) {
            attribute.set(instance, CollectionTracking.unloaded(instance, tracker, persister, attribute));
            if (tracker instanceof EntityEntry entry) {
                entry.collectionSnapshot(attribute.index(), null);
            }
            context.addLazy(instance, persister, attribute.index());
            eager |= attribute.fetch() == AttributeModel.Fetch.EAGER;
        }
        if (!eager) {
            return; // nothing to load now, nor to defer: the usual LAZY to-manys cost a query no list entry per row
        }
        if (deferred != null) {
            deferred.add(instance);
            return;
        }
        loadEager(connection, instance, persister);
    }

    private void loadEager(EngineConnection connection, Object owner, EntityPersister persister) {
        for (AttributeModel attribute : persister.toManys()) {
            if (attribute.fetch() == AttributeModel.Fetch.EAGER && CollectionTracking.unloaded(attribute.get(owner))) {
                load(connection, owner, persister, attribute, factory.settings().lazyBatchSize());
            }
        }
    }

    /**
     * From now on, EAGER collections of the instances read are loaded only at {@link #endDeferral}:
     * a query that fetch-joins one fills it from its own rows, and needs no statement for it.
     */
    void deferEager() {
        deferred = new ArrayList<>();
    }

    /** Loads the EAGER collections deferred and still unloaded (when {@code load}), and stops deferring. */
    void endDeferral(EngineConnection connection, boolean load) {
        List<Object> owners = deferred;
        deferred = null;
        if (load && owners != null) {
            for (Object owner : owners) {
                AttributeTracker state = context.state(owner);
                if (state != null) {
                    loadEager(connection, owner, PersistenceContext.persisterOf(state));
                }
            }
        }
    }

    /**
     * Loads to-many {@code attribute} of {@code first} (an instance of {@code ownerPersister}'s entity)
     * and of up to {@code batchSize - 1} other owners whose same collection is unloaded.
     */
    void load(EngineConnection connection, Object first, EntityPersister ownerPersister, AttributeModel attribute,
            int batchSize) {
        List<Object> batch = new ArrayList<>();
        List<TrackedToMany<?>> collections = new ArrayList<>();
        for (Object owner : context.lazyBatch(first, ownerPersister, attribute.index(), batchSize)) {
            TrackedToMany<?> collection = ownCollection(owner, attribute);
            if (owner == first || CollectionTracking.unloaded(collection)) {
                batch.add(owner);
                collections.add(collection);
            }
        }
        CollectionPersister persister = factory.collection(attribute);
        EntityPersister element = persister.element();
        Object[] ids = new Object[batchSize];
        for (int i = 0; i < batchSize; i++) {
            ids[i] = i < batch.size() ? context.idOf(batch.get(i)) : ids[i - 1];
        }
        RenderedSql sql = persister.selectByOwners(batchSize);
        List<Row> rows = connection.query(sql.sql(), persister.fetchTypes(), Integer.MAX_VALUE, sql.bind(ids)).all();
        Class<?> ownerIdType = ownerPersister.idType();
        int ownerColumn = element.rowWidth();
        boolean ordered = persister.collection().ordered();
        Map<Object, List<Object>> byOwner = new HashMap<>();
        Map<Object, ListPositions> positions = ordered ? new HashMap<>() : Map.of();
        for (Row row : rows) {
            Object ownerId = Ids.convert(row.get(ownerColumn, ownerIdType), ownerIdType);
            byOwner.computeIfAbsent(ownerId, k -> new ArrayList<>()).add(element(connection, element, row));
            if (ordered) {
                positions.computeIfAbsent(ownerId, k -> new ListPositions())
                        .add(row.get(ownerColumn + 1) instanceof Number n ? n.intValue() : null);
            }
        }
        for (int i = 0; i < batch.size(); i++) {
            TrackedToMany<?> collection = collections.get(i);
            if (collection != null && !collection.isLoaded()) {
                ListPositions read = positions.get(ids[i]);
                List<Object> elements = byOwner.getOrDefault(ids[i], List.of());
                fill(collection, read == null ? elements : read.sort(elements));
                context.loadedCollection(batch.get(i), attribute, collection, read == null || read.regular());
            }
        }
    }

    @SuppressWarnings("unchecked")
    static void fill(TrackedToMany<?> collection, List<Object> elements) {
        ((TrackedToMany<Object>) collection).fill(elements);
    }

    /** The owner's own tracked collection of {@code attribute}, or null (it holds another, or is not managed). */
    private TrackedToMany<?> ownCollection(Object owner, AttributeModel attribute) {
        AttributeTracker state = context.state(owner);
        return state == null ? null
                : CollectionTracking.own(owner, state, PersistenceContext.persisterOf(state), attribute,
                        attribute.get(owner));
    }

    /** The element a row holds: the managed instance when there is one (its state filled if it was a reference). */
    private Object element(EngineConnection connection, EntityPersister element, Row row) {
        Object id = Ids.convert(row.get(element.idSlot(), element.idType()), element.idType());
        Object known = context.instance(element, id);
        if (known == null) {
            return entities.hydrate(connection, element, row, id);
        }
        entities.fillIfReference(connection, known, element, EntityColumns.ColumnSource.of(row, 0));
        return known;
    }
}
