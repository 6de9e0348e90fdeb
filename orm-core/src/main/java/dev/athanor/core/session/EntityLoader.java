package dev.athanor.core.session;

import dev.athanor.core.engine.EngineConnection;
import dev.athanor.core.engine.Result;
import dev.athanor.core.engine.Row;
import dev.athanor.core.meta.AttributeModel;
import dev.athanor.core.meta.EntityModel;
import dev.athanor.core.sql.render.RenderedSql;
import dev.athanor.runtime.AttributeTracker;
import dev.athanor.runtime.ManagedEntity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads entities into the persistence context. By id: one SELECT per entity. For enhanced
 * classes LAZY is real: a LAZY to-one becomes a reference (an instance of the real class with only
 * its id loaded, see {@link #reference}) and a {@code @Basic(fetch = LAZY)} column is left out
 * until first read; references and lazy columns are then loaded for a batch of siblings at once
 * ({@link #loadReferences}, {@link #loadLazy}). Classes that were not enhanced load every to-one
 * with its owner (LAZY is a hint the specification lets a provider ignore). To-many attributes,
 * enhanced or not, are tracked collections that load on first use ({@link CollectionLoader}).
 */
final class EntityLoader {

    private final SessionFactory factory;
    private final PersistenceContext context;
    private final CollectionLoader collections;
    /** The connection {@link #references} resolves on. */
    private EngineConnection referencesConnection;
    private EntityColumns.References references;

    EntityLoader(SessionFactory factory, PersistenceContext context) {
        this.factory = factory;
        this.context = context;
        this.collections = new CollectionLoader(factory, context, this);
    }

    /** The loader of to-many attributes. */
    CollectionLoader collections() {
        return collections;
    }

    /** The instance with this id, loaded and managed; null when there is no row. */
    Object load(EngineConnection connection, EntityPersister persister, Object id, boolean forUpdate) {
        Row row = selectRow(connection, persister, id, forUpdate);
        return row == null ? null : hydrate(connection, persister, row, id);
    }

    /** Overwrites a managed instance's state with its row. */
    void reload(EngineConnection connection, EntityEntry entry, boolean forUpdate) {
        EntityPersister persister = entry.persister;
        Row row = selectRow(connection, persister, entry.id, forUpdate);
        if (row == null) {
            throw SessionErrors.notFound(persister.entity().name(), entry.id, "refresh(): the row was deleted");
        }
        fill(connection, entry, EntityColumns.ColumnSource.of(row, 0));
    }

    private Row selectRow(EngineConnection connection, EntityPersister persister, Object id, boolean forUpdate) {
        RenderedSql sql = persister.selectById(forUpdate);
        Result result = connection.query(sql.sql(), persister.columns().fetchTypes(), 1, sql.bind(id));
        List<Row> rows = result.all();
        return rows.isEmpty() ? null : rows.get(0);
    }

    /**
     * Makes the row an instance: registered in the context before its to-ones are resolved, so that
     * a cycle of references finds it there.
     */
    Object hydrate(EngineConnection connection, EntityPersister persister, Row row, Object id) {
        return hydrate(connection, persister, EntityColumns.ColumnSource.of(row, 0), id);
    }

    /** As above, from any source of the entity's column values (a native query's row, by column label). */
    Object hydrate(EngineConnection connection, EntityPersister read, EntityColumns.ColumnSource columns, Object id) {
        // a row read for an entity with subclasses is an instance of the class its discriminator names
        EntityPersister persister = read.concreteOf(columns);
        EntityColumns.ColumnSource row = read.rowOf(persister, columns);
        Object instance = persister.entity().newInstance();
        if (persister.enhanced()) {
            // clean as read: it shares its type's state, and gets an entry of its own when it changes
            context.addClean(instance, persister, id, false);
            fillClean(connection, instance, persister, row);
            return instance;
        }
        EntityEntry entry = context.add(instance, persister, id);
        entry.inDatabase = true;
        fill(connection, entry, row);
        return instance;
    }

    /** Fills {@code instance}'s state from a row another query read when it is a reference not loaded yet. */
    void fillIfReference(EngineConnection connection, Object instance, EntityPersister read,
            EntityColumns.ColumnSource columns) {
        AttributeTracker state = context.state(instance);
        EntityPersister persister = state instanceof CleanState clean && clean.hollow ? clean.persister
                : state instanceof EntityEntry entry && entry.hollow ? entry.persister : null;
        if (persister == null || read.concreteOf(columns) != persister) {
            return; // loaded already, or a reference whose class is not the row's: it fails when it is first read
        }
        EntityColumns.ColumnSource row = read.rowOf(persister, columns);
        if (state instanceof CleanState) {
            ((ManagedEntity) instance).$athanor$tracker(context.cleanState(persister, false));
            fillClean(connection, instance, persister, row);
        } else {
            fill(connection, (EntityEntry) state, row);
        }
    }

    /**
     * Writes a row into a clean instance of an enhanced class, which shares its type's {@link
     * CleanState}: its lazy basic attributes stay unloaded, its to-many attributes get their collections last.
     */
    private void fillClean(EngineConnection connection, Object instance, EntityPersister persister,
            EntityColumns.ColumnSource row) {
        persister.columns().write(instance, row, references(connection));
        List<AttributeModel> lazy = persister.tracking().lazyAttributes();
        for (int i = 0; i < lazy.size(); i++) {
            context.addLazy(instance, persister, lazy.get(i).index());
        }
        if (persister.embedded().isEmpty() && persister.toManys().isEmpty()) {
            return; // the usual entity: nothing to link, no collection to set up
        }
        AttributeTracker state = ((ManagedEntity) instance).$athanor$tracker();
        linkEmbedded(instance, state, persister);
        collections.install(connection, instance, state, persister);
    }

    /**
     * Writes a row into an entry's instance and takes its snapshot; an enhanced one is then clean, its
     * lazy columns unloaded. Its to-many attributes get their collections last, so that an EAGER one
     * finds its owner complete.
     */
    private void fill(EngineConnection connection, EntityEntry entry, EntityColumns.ColumnSource row) {
        EntityPersister persister = entry.persister;
        EntityColumns.References references = references(connection);
        if (entry.tracked()) {
            persister.columns().write(entry.instance, row, references); // no snapshot: it reports its changes
            entry.settled(null);
        } else {
            entry.settled(persister.columns().writeAndSnapshot(entry.instance, row, references));
        }
        if (entry.tracked()) {
            if (entry.hollow) {
                entry.hollow = false;
            }
            entry.allLoaded();
            for (AttributeModel lazy : persister.tracking().lazyAttributes()) {
                entry.unloaded(persister.tracking().slotOfAttribute(lazy.index()));
                context.addLazy(entry.instance, persister, lazy.index());
            }
            linkEmbedded(entry);
        }
        collections.install(connection, entry.instance, entry, persister);
    }

    /** What resolves the foreign keys of rows read on {@code connection}: made once per connection, not per row. */
    private EntityColumns.References references(EngineConnection connection) {
        if (connection != referencesConnection) {
            referencesConnection = connection;
            references = (attribute, target, targetId) -> resolve(connection, attribute, target, targetId);
        }
        return references;
    }

    /** Gives each embedded value of an enhanced instance a tracker that reports its changes to the owner's slot. */
    static void linkEmbedded(EntityEntry entry) {
        linkEmbedded(entry.instance, entry, entry.persister);
    }

    static void linkEmbedded(Object instance, AttributeTracker tracker, EntityPersister persister) {
        for (AttributeModel attribute : persister.embedded()) {
            link(attribute.get(instance), tracker, instance, persister.tracking().slotOfAttribute(attribute.index()),
                    attribute);
        }
    }

    private static void link(Object value, AttributeTracker parent, Object owner, int slot, AttributeModel attribute) {
        if (value instanceof ManagedEntity embedded && slot >= 0) {
            AttributeTracker tracker = AttributeTracker.embedded(parent, owner, slot);
            embedded.$athanor$tracker(tracker);
            for (AttributeModel inner : attribute.embeddedAttributes()) {
                if (inner.kind() == AttributeModel.Kind.EMBEDDED) {
                    link(inner.get(value), tracker, value, inner.accessor().slot(), inner);
                }
            }
        }
    }

    /** The instance a foreign key refers to: the managed one, a reference (LAZY, enhanced), or the loaded row. */
    Object resolve(EngineConnection connection, AttributeModel attribute, EntityPersister persister, Object id) {
        Object known = context.instance(persister, id);
        if (known != null) {
            return known;
        }
        EntityModel target = persister.entity();
        // a reference must be of its row's class, which the foreign key alone does not tell when there are subclasses
        if (attribute.fetch() == AttributeModel.Fetch.LAZY && persister.enhanced() && !persister.polymorphic()) {
            return newReference(persister, id);
        }
        Object loaded = load(connection, persister, id, false);
        if (loaded == null) {
            throw SessionErrors.notFound(target.name(), id, "a foreign key refers to it");
        }
        return loaded;
    }

    /**
     * The managed instance with this id, without reading its row when its class was enhanced: an
     * instance of the entity's own class whose id alone is loaded, the rest loaded on first read.
     */
    Object reference(EntityPersister persister, Object id) {
        Object known = context.instance(persister, id);
        return known != null ? known : newReference(persister, id);
    }

    /** A new reference, for an id the context does not know yet. */
    private Object newReference(EntityPersister persister, Object id) {
        EntityModel model = persister.entity();
        Object instance = model.newInstance();
        model.id().set(instance, id);
        context.addClean(instance, persister, id, true);
        return instance;
    }

    /**
     * Loads the state of reference {@code first} and of up to {@code batchSize - 1} other references
     * of its type in one {@code SELECT ... WHERE id IN (...)}. A reference whose row is missing stays
     * unloaded; for {@code first} that is an EntityNotFoundException.
     */
    void loadReferences(EngineConnection connection, Object first, EntityPersister persister, int batchSize) {
        List<Object> batch = context.hollowBatch(first, persister, batchSize);
        Map<Object, Object> byId = new HashMap<>();
        Object[] ids = paddedIds(batch, persister, batchSize, byId);
        RenderedSql sql = persister.selectByIds(batchSize);
        List<Row> rows = connection.query(sql.sql(), persister.columns().fetchTypes(), Integer.MAX_VALUE, sql.bind(ids)).all();
        int idSlot = persister.idSlot();
        for (Row row : rows) {
            Object id = Ids.convert(row.get(idSlot, persister.idType()), persister.idType());
            Object instance = byId.get(id);
            if (instance != null) {
                fillIfReference(connection, instance, persister, EntityColumns.ColumnSource.of(row, 0));
            }
        }
        if (PersistenceContext.hollow(context.state(first))) {
            throw SessionErrors.notFound(persister.entity().name(), persister.entity().id().get(first), "a lazy"
                    + " reference to it was read, but its row does not exist");
        }
    }

    /** Loads lazy basic attribute {@code attribute} of {@code first} and of up to {@code batchSize - 1} siblings. */
    void loadLazy(EngineConnection connection, EntityEntry first, AttributeModel attribute, int batchSize) {
        EntityPersister persister = first.persister;
        List<EntityEntry> batch = new ArrayList<>();
        for (Object instance : context.lazyBatch(first.instance, persister, attribute.index(), batchSize)) {
            EntityEntry entry = instance == first.instance ? first : context.entry(instance); // what it loads is its own
            if (entry != null) {
                batch.add(entry);
            }
        }
        Map<Object, Object> byId = new HashMap<>();
        Object[] ids = new Object[batchSize];
        for (int i = 0; i < batchSize; i++) {
            EntityEntry entry = batch.get(Math.min(i, batch.size() - 1));
            ids[i] = entry.id;
            byId.put(entry.id, entry);
        }
        RenderedSql sql = persister.selectLazyColumn(attribute, batchSize);
        int slot = persister.tracking().slotOfAttribute(attribute.index());
        int column = persister.columns().firstSlot(attribute.index());
        for (Row row : connection.query(sql.sql(), null, Integer.MAX_VALUE, sql.bind(ids)).all()) {
            EntityEntry entry = (EntityEntry) byId.get(Ids.convert(row.get(0, persister.idType()), persister.idType()));
            if (entry == null || !entry.isUnloaded(slot)) {
                continue;
            }
            Object value = ColumnValues.toAttribute(attribute, row.get(1, ColumnValues.readType(attribute)));
            EntityColumns.set(attribute, entry.instance, value);
            entry.loaded(slot);
        }
        for (EntityEntry entry : batch) { // a row deleted meanwhile: nothing to load, and nothing to load again
            if (entry.isUnloaded(slot)) {
                entry.loaded(slot);
            }
        }
    }

    /**
     * Loads deferred to-one {@code attribute} (see {@link TrackerSlots#deferredToOnes}) of {@code first}
     * and of up to {@code batchSize - 1} siblings: their foreign keys in one SELECT, then the targets the
     * context does not hold yet in batches of {@code batchSize}, each made an instance of its row's class.
     */
    void loadDeferredToOne(EngineConnection connection, EntityEntry first, AttributeModel attribute, int batchSize) {
        EntityPersister persister = first.persister;
        List<EntityEntry> batch = new ArrayList<>();
        for (Object instance : context.lazyBatch(first.instance, persister, attribute.index(), batchSize)) {
            EntityEntry entry = instance == first.instance ? first : context.entry(instance);
            if (entry != null) {
                batch.add(entry);
            }
        }
        Map<Object, EntityEntry> byId = new HashMap<>();
        Object[] ids = new Object[batchSize];
        for (int i = 0; i < batchSize; i++) {
            EntityEntry entry = batch.get(Math.min(i, batch.size() - 1));
            ids[i] = entry.id;
            byId.put(entry.id, entry);
        }
        int slot = persister.tracking().slotOfAttribute(attribute.index());
        EntityPersister target = factory.persister(attribute.joinColumn().targetEntity());
        Class<?> targetIdType = target.idType();
        Map<EntityEntry, Object> keys = new java.util.LinkedHashMap<>();
        java.util.Set<Object> missing = new java.util.LinkedHashSet<>();
        RenderedSql sql = persister.selectLazyColumn(attribute, batchSize);
        for (Row row : connection.query(sql.sql(), null, Integer.MAX_VALUE, sql.bind(ids)).all()) {
            EntityEntry entry = byId.get(Ids.convert(row.get(0, persister.idType()), persister.idType()));
            if (entry == null || !entry.isUnloaded(slot)) {
                continue;
            }
            Object key = Ids.convert(row.get(1, targetIdType), targetIdType);
            keys.put(entry, key);
            if (key != null && context.instance(target, key) == null) {
                missing.add(key);
            }
        }
        loadByIds(connection, target, new ArrayList<>(missing), batchSize);
        for (Map.Entry<EntityEntry, Object> owner : keys.entrySet()) {
            Object key = owner.getValue();
            Object value = key == null ? null : context.instance(target, key);
            if (key != null && value == null) {
                throw SessionErrors.notFound(target.entity().name(), key, "the foreign key of "
                        + persister.entity().name() + "." + attribute.name() + " refers to it");
            }
            EntityColumns.set(attribute, owner.getKey().instance, value);
            owner.getKey().loaded(slot);
        }
        for (EntityEntry entry : batch) { // a row deleted meanwhile: nothing to load, and nothing to load again
            if (entry.isUnloaded(slot)) {
                entry.loaded(slot);
            }
        }
    }

    /** Reads the rows of {@code ids} into the context, {@code batchSize} a statement (the last batch padded). */
    private void loadByIds(EngineConnection connection, EntityPersister persister, List<Object> ids, int batchSize) {
        for (int from = 0; from < ids.size(); from += batchSize) {
            Object[] chunk = new Object[batchSize];
            for (int i = 0; i < batchSize; i++) {
                chunk[i] = ids.get(Math.min(from + i, ids.size() - 1));
            }
            RenderedSql sql = persister.selectByIds(batchSize);
            for (Row row : connection.query(sql.sql(), persister.fetchTypes(), Integer.MAX_VALUE, sql.bind(chunk))
                    .all()) {
                Object id = Ids.convert(row.get(persister.idSlot(), persister.idType()), persister.idType());
                if (context.anyInstance(persister, id) == null) {
                    hydrate(connection, persister, row, id);
                }
            }
        }
    }

    /** The ids of {@code batch}, the last repeated up to {@code batchSize}, so that one SQL text serves every batch. */
    private Object[] paddedIds(List<Object> batch, EntityPersister persister, int batchSize, Map<Object, Object> byId) {
        Object[] ids = new Object[batchSize];
        for (int i = 0; i < batchSize; i++) {
            Object instance = batch.get(Math.min(i, batch.size() - 1));
            Object id = i < batch.size() ? idOf(instance, persister) : ids[i - 1];
            ids[i] = id;
            byId.put(id, instance);
        }
        return ids;
    }

    private Object idOf(Object instance, EntityPersister persister) {
        return context.state(instance) instanceof EntityEntry entry ? entry.id : persister.entity().id().get(instance);
    }
}
