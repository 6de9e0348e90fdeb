package dev.athanor.core.session;

import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.meta.AttributeModel;
import dev.athanor.core.meta.AttributeModel.Cascade;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Map;

/**
 * Walks the operations the mapping cascades over to-one associations. Persist visits the targets
 * first, so that parents enter the context (and the INSERT order) before their children; the
 * others visit the instance first. {@code visited} stops cycles.
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
    }

    static void remove(Session session, Object entity, EntityPersister persister, Map<Object, Object> visited) {
        if (visited.put(entity, entity) != null) {
            return;
        }
        session.removeOne(entity, persister);
        for (AttributeModel attribute : toOnes(persister, Cascade.REMOVE)) {
            Object target = attribute.get(entity);
            if (target != null) {
                remove(session, target, session.persisterOf(target, "remove"), visited);
            }
        }
    }

    static void refresh(Session session, Object entity, Map<Object, Object> visited, LockModeType mode) {
        if (visited.put(entity, entity) != null) {
            return;
        }
        session.refreshOne(entity, mode);
        for (AttributeModel attribute : toOnes(session.persisterOf(entity, "refresh"), Cascade.REFRESH)) {
            Object target = attribute.get(entity);
            if (target != null) {
                refresh(session, target, visited, LockModeType.NONE);
            }
        }
    }

    static void detach(Session session, Object entity, Map<Object, Object> visited) {
        if (visited.put(entity, entity) != null) {
            return;
        }
        session.detachOne(entity);
        for (AttributeModel attribute : toOnes(session.persisterOf(entity, "detach"), Cascade.DETACH)) {
            Object target = attribute.get(entity);
            if (target != null) {
                detach(session, target, visited);
            }
        }
    }

    /**
     * At flush, persist cascades again over every managed entity (the spec's flush-time cascade),
     * and a reference to an instance that was never persisted, without cascade, is refused.
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
                EntityEntry targetEntry = context.entry(target);
                if (targetEntry != null && targetEntry.managed()) {
                    continue;
                }
                EntityPersister targetPersister = session.persisterOf(target, "flush");
                if (attribute.cascade().contains(Cascade.PERSIST)) {
                    if (visited == null) {
                        visited = new java.util.IdentityHashMap<>();
                    }
                    persist(session, target, targetPersister, visited);
                } else if (targetEntry == null
                        && Ids.unset(targetPersister.entity().id(), targetPersister.entity().id().get(target))) {
                    throw SessionErrors.illegalState(ErrorCode.TRANSIENT_REFERENCE, entry.describe() + " refers"
                            + " through " + attribute.name() + " to a " + targetPersister.entity().name()
                            + " that was never persisted; persist() it first, or cascade PERSIST over "
                            + entry.persister.entity().name() + "." + attribute.name());
                }
            }
        }
    }

    private static List<AttributeModel> toOnes(EntityPersister persister, Cascade operation) {
        return persister.cascading(operation);
    }
}
