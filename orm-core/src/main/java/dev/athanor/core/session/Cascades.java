package dev.athanor.core.session;

import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.meta.AttributeModel;
import dev.athanor.core.meta.AttributeModel.Cascade;
import dev.athanor.runtime.AttributeTracker;
import jakarta.persistence.LockModeType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Walks the operations the mapping cascades over associations. Persist visits to-one targets
 * first, so that parents enter the context (and the INSERT order) before their children, and
 * the elements of collections after the instance; the others visit the instance first.
 * Remove and refresh load a collection to reach its elements; detach and the flush-time walk go
 * only through what is loaded. {@code visited} stops cycles.
 */
final class Cascades {

    private Cascades() {
    }

    /** Persists {@code entity}, cascading where the mapping says; the walk's map is made only when something cascades. */
    static void persist(Session session, Object entity, EntityPersister persister) {
        if (!persister.cascadesPersist()) {
            session.persistOne(entity, persister);
        } else {
            persist(session, entity, persister, new java.util.IdentityHashMap<>());
        }
    }

    static void persist(Session session, Object entity, EntityPersister persister, Map<Object, Object> visited) {
        if (visited.put(entity, entity) != null) {
            return;
        }
        for (AttributeModel attribute : toOnes(persister, Cascade.PERSIST)) {
            Object target = attribute.get(entity);
            if (target != null) {
                persist(session, target, session.persisterOf(target, "persist"), visited);
            }
        }
        session.persistOne(entity, persister);
        for (AttributeModel attribute : persister.cascadingCollections(Cascade.PERSIST)) {
            for (Object element : new ArrayList<>(CollectionTracking.elements(attribute.get(entity)))) {
                if (element != null) {
                    persist(session, element, session.persisterOf(element, "persist"), visited);
                }
            }
        }
    }

    static void remove(Session session, Object entity, EntityPersister persister, Map<Object, Object> visited) {
        if (visited.put(entity, entity) != null) {
            return;
        }
        List<Object> elements = new ArrayList<>();
        for (AttributeModel attribute : persister.cascadingCollections(Cascade.REMOVE)) {
            elements.addAll(all(attribute.get(entity))); // read while the instance is managed: it may load them
        }
        session.removeOne(entity, persister);
        for (AttributeModel attribute : toOnes(persister, Cascade.REMOVE)) {
            Object target = attribute.get(entity);
            if (target != null) {
                remove(session, target, session.persisterOf(target, "remove"), visited);
            }
        }
        for (Object element : elements) {
            remove(session, element, session.persisterOf(element, "remove"), visited);
        }
    }

    static void refresh(Session session, Object entity, Map<Object, Object> visited, LockModeType mode) {
        if (visited.put(entity, entity) != null) {
            return;
        }
        session.refreshOne(entity, mode);
        EntityPersister persister = session.persisterOf(entity, "refresh");
        for (AttributeModel attribute : toOnes(persister, Cascade.REFRESH)) {
            Object target = attribute.get(entity);
            if (target != null) {
                refresh(session, target, visited, LockModeType.NONE);
            }
        }
        for (AttributeModel attribute : persister.cascadingCollections(Cascade.REFRESH)) {
            for (Object element : all(attribute.get(entity))) {
                refresh(session, element, visited, LockModeType.NONE);
            }
        }
    }

    static void detach(Session session, Object entity, Map<Object, Object> visited) {
        if (visited.put(entity, entity) != null) {
            return;
        }
        session.detachOne(entity);
        EntityPersister persister = session.persisterOf(entity, "detach");
        for (AttributeModel attribute : toOnes(persister, Cascade.DETACH)) {
            Object target = attribute.get(entity);
            if (target != null) {
                detach(session, target, visited);
            }
        }
        for (AttributeModel attribute : persister.cascadingCollections(Cascade.DETACH)) {
            for (Object element : new ArrayList<>(CollectionTracking.elements(attribute.get(entity)))) {
                detach(session, element, visited);
            }
        }
    }

    /** The elements of a to-many value, loading it if need be; none for null. */
    private static List<Object> all(Object value) {
        if (value == null) {
            return List.of();
        }
        List<Object> elements = new ArrayList<>();
        for (Object element : CollectionTracking.loadedElements(value)) {
            if (element != null) {
                elements.add(element);
            }
        }
        return elements;
    }

    /**
     * At flush, persist cascades again over every managed entity (the spec's flush-time cascade),
     * and a reference to an instance that was never persisted, without cascade, is refused. The
     * to-many attributes of the entities walked are made tracked collections, their new elements
     * persisted where PERSIST cascades, and the elements orphan removal concerns removed.
     */
    static void atFlush(Session session, PersistenceContext context) {
        Map<Object, Object> visited = null;
        List<EntityEntry> entries = context.work(); // a clean enhanced entity cannot refer to a new instance
        for (int i = 0; i < entries.size(); i++) { // persisting appends, and what it appends is walked too
            EntityEntry entry = entries.get(i);
            if (entry.gone || !entry.managed()) {
                continue;
            }
            for (AttributeModel attribute : entry.persister.toOnes()) {
                Object target = attribute.get(entry.instance);
                if (target == null) {
                    continue;
                }
                AttributeTracker targetState = context.state(target); // a clean one needs no entry for this
                if (PersistenceContext.managed(targetState)) {
                    continue;
                }
                EntityPersister targetPersister = session.persisterOf(target, "flush");
                if (attribute.cascade().contains(Cascade.PERSIST)) {
                    if (visited == null) {
                        visited = new java.util.IdentityHashMap<>();
                    }
                    persist(session, target, targetPersister, visited);
                } else if (targetState == null
                        && Ids.unset(targetPersister.entity().id(), targetPersister.entity().id().get(target))) {
                    throw SessionErrors.illegalState(ErrorCode.TRANSIENT_REFERENCE, entry.describe() + " refers"
                            + " through " + attribute.name() + " to a " + targetPersister.entity().name()
                            + " that was never persisted; persist() it first, or cascade PERSIST over "
                            + entry.persister.entity().name() + "." + attribute.name());
                }
            }
            if (!entry.persister.toManys().isEmpty()) {
                visited = collectionsAtFlush(session, context, entry, visited);
            }
        }
    }

    private static Map<Object, Object> collectionsAtFlush(Session session, PersistenceContext context,
            EntityEntry entry, Map<Object, Object> visited) {
        CollectionTracking.track(entry, false);
        for (AttributeModel attribute : entry.persister.toManys()) {
            Object value = attribute.get(entry.instance);
            if (CollectionTracking.unloaded(value)) {
                continue;
            }
            Collection<?> elements = CollectionTracking.elements(value);
            for (Object element : new ArrayList<>(elements)) {
                AttributeTracker elementState = element == null ? null : context.state(element);
                if (element == null || PersistenceContext.managed(elementState)) {
                    continue;
                }
                EntityPersister elementPersister = session.persisterOf(element, "flush");
                if (attribute.cascade().contains(Cascade.PERSIST)) {
                    if (visited == null) {
                        visited = new java.util.IdentityHashMap<>();
                    }
                    persist(session, element, elementPersister, visited);
                } else if (attribute.collection().owning() && elementState == null
                        && Ids.unset(elementPersister.entity().id(), elementPersister.entity().id().get(element))) {
                    throw SessionErrors.illegalState(ErrorCode.TRANSIENT_REFERENCE, entry.describe() + " holds in "
                            + attribute.name() + " a " + elementPersister.entity().name() + " that was never"
                            + " persisted; persist() it first, or cascade PERSIST over "
                            + entry.persister.entity().name() + "." + attribute.name());
                }
            }
            Object[] before = entry.collectionSnapshot(attribute.index());
            if (attribute.collection().orphanRemoval() && before != null) {
                Map<Object, Object> kept = new java.util.IdentityHashMap<>();
                elements.forEach(element -> kept.put(element, element));
                for (Object orphan : before) {
                    EntityEntry orphanEntry = kept.containsKey(orphan) ? null : context.entry(orphan);
                    if (orphanEntry != null && orphanEntry.managed()) {
                        remove(session, orphan, orphanEntry.persister, new java.util.IdentityHashMap<>());
                    }
                }
            }
        }
        return visited;
    }

    private static List<AttributeModel> toOnes(EntityPersister persister, Cascade operation) {
        return persister.cascading(operation);
    }
}
