package dev.athanor.core.session;

import dev.athanor.core.engine.EngineConnection;
import dev.athanor.core.meta.AttributeModel;
import dev.athanor.core.meta.CollectionModel;
import dev.athanor.core.sql.render.RenderedSql;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The flush's part for to-many attributes: what the owning sides' collections changed since they
 * were loaded (or last flushed), written as join-table rows or as the element table's foreign key.
 * It runs after the INSERTs and UPDATEs of entities and before their DELETEs: first every row
 * that goes (the join rows and foreign keys of removed entities, the elements taken out), then every
 * row that comes, each statement text as one JDBC batch. An inverse side ({@code mappedBy}) writes
 * nothing: the element's own to-one holds the key.
 *
 * <p>A list with an order column is written by position instead ({@link ListWrites}), and its
 * {@code mappedBy} side writes the positions too: it changed when any position holds another
 * element than before, a reorder included.
 *
 * <p>A collection whose earlier state is unknown (the application replaced one that was never
 * loaded, or its rows' positions were irregular) is written whole: every row of its owner goes,
 * then every element's comes.
 */
final class CollectionWriter {

    private final SessionFactory factory;
    private final PersistenceContext context;
    private final EngineConnection connection;
    private final Map<String, List<Object[]>> removals = new LinkedHashMap<>();
    private final Map<String, List<Object[]>> additions = new LinkedHashMap<>();

    CollectionWriter(SessionFactory factory, PersistenceContext context, EngineConnection connection) {
        this.factory = factory;
        this.context = context;
        this.connection = connection;
    }

    /** Writes what changed; {@code onSuccess} gets what to remember once the whole flush succeeded. */
    void write(List<Runnable> onSuccess) {
        List<EntityEntry> work = context.work();
        for (int w = 0; w < work.size(); w++) {
            EntityEntry entry = work.get(w);
            if (entry.gone) {
                continue;
            }
            if (entry.status == EntityEntry.Status.REMOVED) {
                if (entry.inDatabase) {
                    unlinkRemoved(entry);
                }
            } else if (entry.id != null && !entry.hollow) {
                for (AttributeModel attribute : entry.persister.toManys()) {
                    write(entry, attribute, onSuccess);
                }
            }
        }
        run(removals);
        run(additions);
    }

    /** A removed entity's rows in join tables, on either side, and the foreign keys its collections set. */
    private void unlinkRemoved(EntityEntry entry) {
        for (AttributeModel attribute : entry.persister.toManys()) {
            CollectionPersister persister = factory.collection(attribute);
            CollectionModel collection = attribute.collection();
            if (!collection.owning()) {
                continue;
            }
            if (collection.joinTable() != null) {
                add(removals, persister.deleteRowsOfOwner(), entry.id);
            } else {
                add(removals, persister.clearForeignKeysOfOwner(), entry.id);
            }
        }
        for (CollectionPersister persister : factory.joinTablesOfElement(entry.persister.entity().javaType())) {
            add(removals, persister.deleteRowsOfElement(), entry.id);
        }
    }

    private void write(EntityEntry entry, AttributeModel attribute, List<Runnable> onSuccess) {
        Object value = attribute.get(entry.instance);
        if (CollectionTracking.unloaded(value) && CollectionTracking.own(entry, attribute, value) != null) {
            return; // never loaded, so never changed
        }
        Collection<?> current = CollectionTracking.elements(value);
        Object[] snapshot = entry.collectionSnapshot(attribute.index());
        Object[] before = ListPositions.elements(snapshot);
        Object[] after = current.toArray();
        boolean unchanged = before != null && sameElements(before, after);
        if (!unchanged) {
            // an unchanged snapshot is kept: it may carry the mark of positions read irregular
            onSuccess.add(() -> entry.collectionSnapshot(attribute.index(), after));
        }
        CollectionPersister persister = factory.collection(attribute);
        boolean positions = persister.writesPositions();
        if ((!attribute.collection().owning() && !positions) || unchanged) {
            return;
        }
        if (positions) {
            new ListWrites(persister, entry.id, ListPositions.irregular(snapshot) ? null : before, after).write();
            return;
        }
        boolean joinTable = attribute.collection().joinTable() != null;
        Map<Object, int[]> counts = new IdentityHashMap<>();
        if (before == null) {
            add(removals, joinTable ? persister.deleteRowsOfOwner() : persister.clearForeignKeysOfOwner(), entry.id);
        } else {
            for (Object element : before) {
                counts.computeIfAbsent(element, e -> new int[2])[0]++;
            }
        }
        for (Object element : after) {
            counts.computeIfAbsent(element, e -> new int[2])[1]++;
        }
        counts.forEach((element, count) -> {
            if (count[0] == count[1]) {
                return;
            }
            EntityEntry target = context.entry(element);
            Object id = target != null ? target.id : detachedId(persister, element);
            if (id == null) {
                return; // never persisted: the flush's cascade refused it already
            }
            boolean present = target == null || target.managed();
            if (joinTable) {
                if (count[0] > 0) {
                    add(removals, persister.deleteRow(), entry.id, id);
                }
                // a bag holds an element as often as it was added: after the DELETE, its rows come back that many times
                for (int i = 0; present && i < count[1]; i++) {
                    add(additions, persister.insertRow(), entry.id, id);
                }
            } else if (count[1] == 0) {
                add(removals, persister.clearForeignKey(), id, entry.id);
            } else if (present) {
                add(additions, persister.setForeignKey(), entry.id, id);
            }
        });
    }

    /**
     * The rows of a list with an order column whose elements or their order changed, written by
     * position: a position whose element is another than the one the database holds there (or that
     * the list gained or lost) is rewritten, the others cost nothing. In a join table a position's
     * row is deleted and inserted again (so that two rows never hold one element for a moment); in the
     * element's table the element's key and position are set by an UPDATE, and an element that left
     * the list gets NULL in both (only its position, when its own to-one holds the key: mappedBy).
     * With {@code before} unknown (null), every row of the owner goes first and every position is written.
     */
    private final class ListWrites {
        private final CollectionPersister persister;
        private final CollectionModel collection;
        private final Object owner;
        private final Object[] before;
        private final Object[] after;

        ListWrites(CollectionPersister persister, Object owner, Object[] before, Object[] after) {
            this.persister = persister;
            this.collection = persister.collection();
            this.owner = owner;
            this.before = before;
            this.after = after;
        }

        void write() {
            boolean joinTable = collection.joinTable() != null;
            Object[] old = before == null ? new Object[0] : before;
            if (before == null) {
                add(removals, joinTable ? persister.deleteRowsOfOwner()
                        : collection.owning() ? persister.clearForeignKeysOfOwner() : persister.clearPositionsOfOwner(),
                        owner);
            } else if (!joinTable) {
                leaving(old);
            }
            for (int i = 0; i < Math.max(old.length, after.length); i++) {
                if (i < old.length && i < after.length && old[i] == after[i]) {
                    continue;
                }
                if (joinTable && i < old.length) {
                    add(removals, persister.deleteRowAt(), owner, i);
                }
                Object id = i < after.length ? presentId(after[i]) : null;
                if (id == null) {
                    continue;
                }
                if (joinTable) {
                    add(additions, persister.insertRowAt(), owner, id, i);
                } else if (collection.owning()) {
                    add(additions, persister.setForeignKeyAt(), owner, i, id);
                } else {
                    add(additions, persister.setPosition(), i, id, owner);
                }
            }
        }

        /** The elements in the element's table that left the list: their key (or only position) cleared. */
        private void leaving(Object[] old) {
            Map<Object, Object> kept = new IdentityHashMap<>();
            for (Object element : after) {
                kept.put(element, element);
            }
            for (Object element : old) {
                if (kept.containsKey(element)) {
                    continue;
                }
                EntityEntry target = context.entry(element);
                Object id = target != null ? target.id : detachedId(persister, element);
                if (id != null && collection.owning()) {
                    add(removals, persister.clearForeignKey(), id, owner);
                } else if (id != null) {
                    add(removals, persister.clearPosition(), id);
                }
            }
        }

        /** The id of an element to write at a position; null when it has none or is being removed. */
        private Object presentId(Object element) {
            EntityEntry target = context.entry(element);
            if (target != null) {
                return target.managed() ? target.id : null;
            }
            return detachedId(persister, element);
        }
    }

    /** The id of an element the context does not know (a detached instance), or null when it has none. */
    private static Object detachedId(CollectionPersister persister, Object element) {
        AttributeModel id = persister.element().entity().id();
        Object value = element == null ? null : id.get(element);
        return Ids.unset(id, value) ? null : value;
    }

    private static boolean sameElements(Object[] before, Object[] after) {
        if (before.length != after.length) {
            return false;
        }
        for (int i = 0; i < before.length; i++) {
            if (before[i] != after[i]) {
                return false;
            }
        }
        return true;
    }

    private static void add(Map<String, List<Object[]>> phase, RenderedSql sql, Object... values) {
        phase.computeIfAbsent(sql.sql(), s -> new ArrayList<>()).add(sql.bind(values));
    }

    private void run(Map<String, List<Object[]>> phase) {
        phase.forEach((sql, parameterSets) -> {
            if (parameterSets.size() == 1) {
                connection.execute(sql, parameterSets.get(0));
            } else {
                connection.executeBatch(sql, parameterSets);
            }
        });
        phase.clear();
    }
}
