package dev.athanor.core.session;

import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.meta.AttributeModel;
import dev.athanor.core.meta.AttributeModel.Cascade;
import dev.athanor.core.meta.EmbeddableModel;
import dev.athanor.core.meta.EntityModel;
import dev.athanor.runtime.TrackedCollection;
import dev.athanor.runtime.TrackedMap;
import dev.athanor.runtime.TrackedToMany;
import jakarta.persistence.LockModeType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@code merge()}: copies the state of a detached or new instance onto the managed one, loading
 * it (or creating it) first. Embedded values are copied, not shared; to-one references and the
 * elements of collections become the managed instances of their targets, merged too where the
 * mapping cascades MERGE. A collection the detached instance never loaded is not merged.
 */
final class StateCopier {

    private final Session session;

    StateCopier(Session session) {
        this.session = session;
    }

    Object merge(Object entity, Map<Object, Object> merged) {
        Object known = merged.get(entity);
        if (known != null) {
            return known;
        }
        EntityPersister persister = session.persisterOf(entity, "merge");
        EntityModel model = persister.entity();
        EntityEntry entry = session.context().entry(entity);
        if (entry != null) {
            if (entry.status == EntityEntry.Status.REMOVED) {
                throw SessionErrors.illegalArgument(ErrorCode.REMOVED_ENTITY, "merge() was given a removed "
                        + entry.describe() + "; persist() it to undo the removal");
            }
            merged.put(entity, entity);
            for (AttributeModel attribute : persister.cascading(Cascade.MERGE)) {
                Object target = attribute.get(entity);
                if (target != null) {
                    attribute.set(entity, merge(target, merged));
                }
            }
            for (AttributeModel attribute : persister.cascadingCollections(Cascade.MERGE)) {
                for (Object element : new ArrayList<>(CollectionTracking.elements(attribute.get(entity)))) {
                    if (element != null) {
                        merge(element, merged);
                    }
                }
            }
            return entity;
        }
        Object id = model.id().get(entity);
        Object managed = Ids.unset(model.id(), id) ? null : session.find(model.javaType(), id, LockModeType.NONE);
        if (managed == null) {
            Object created = model.newInstance();
            merged.put(entity, created);
            copy(model, entity, created, merged, true);
            if (model.idGeneration().generated()) {
                // a generated id that matches no row: the copy is new and gets an id of its own
                EntityColumns.set(model.id(), created, null);
            }
            session.persist(created);
            return created;
        }
        model.version().ifPresent(version -> {
            Object detachedVersion = version.get(entity);
            Object managedVersion = version.get(managed);
            if (detachedVersion != null && !Objects.equals(detachedVersion, managedVersion)) {
                throw SessionErrors.stale(entity, model.name(), id, detachedVersion, "merge()");
            }
        });
        merged.put(entity, managed);
        copy(model, entity, managed, merged, false);
        EntityEntry managedEntry = session.context().entry(managed);
        if (managedEntry != null && managedEntry.tracked()) {
            EntityLoader.linkEmbedded(managedEntry);
        }
        return managed;
    }

    /**
     * Whether {@code attribute} of a detached or new instance holds its state: not when the instance
     * was enhanced and the attribute never loaded (a lazy attribute that was not fetched is not
     * merged, as the specification says).
     */
    private static boolean loaded(Object instance, EntityPersister persister, AttributeModel attribute) {
        if (attribute.kind().toMany() && CollectionTracking.unloaded(attribute.get(instance))) {
            return false;
        }
        if (!(instance instanceof dev.athanor.runtime.ManagedEntity managed) || !persister.enhanced()) {
            return true;
        }
        dev.athanor.runtime.AttributeTracker tracker = managed.$athanor$tracker();
        return tracker == null || !tracker.isUnloaded(persister.tracking().slotOfAttribute(attribute.index()));
    }

    private void copy(EntityModel model, Object from, Object to, Map<Object, Object> merged, boolean withIdentity) {
        EntityPersister persister = session.persisterOf(from, "merge");
        EntityEntry target = session.context().entry(to);
        for (AttributeModel attribute : model.attributes()) {
            if (!withIdentity && (attribute.id() || attribute.version())) {
                continue;
            }
            if (!loaded(from, persister, attribute)) {
                continue;
            }
            if (target != null && target.tracked()) {
                int slot = persister.tracking().slotOfAttribute(attribute.index());
                if (target.isUnloaded(slot)) {
                    target.loaded(slot); // written now: what was in the row no longer matters
                }
            }
            Object value = attribute.get(from);
            if (attribute.kind().toMany()) {
                copyCollection(attribute, value, to, target, merged);
                continue;
            }
            if (attribute.kind().toOne()) {
                value = reference(attribute, value, merged);
            } else if (attribute.kind() == AttributeModel.Kind.EMBEDDED) {
                value = copyEmbedded(attribute, value);
            }
            if (target != null && target.tracked()) {
                // the copy writes through the raw accessors: say so first, while the old value is still there
                target.changed(target.instance, persister.tracking().slotOfAttribute(attribute.index()));
            }
            EntityColumns.set(attribute, to, value);
        }
    }

    /**
     * Gives {@code to} the elements of a detached collection, each the managed instance (merged
     * where MERGE cascades): a managed owner's own collection is changed in place only when the
     * elements differ, so that an unchanged collection writes nothing.
     */
    private void copyCollection(AttributeModel attribute, Object value, Object to, EntityEntry target,
            Map<Object, Object> merged) {
        List<Object> elements = new ArrayList<>();
        Map<Object, Object> entries = attribute.collection().isMap() ? new LinkedHashMap<>() : null;
        if (entries != null && value instanceof Map<?, ?> map && !CollectionTracking.unloaded(value)) {
            // the detached map's keys stay: a new element keyed by its id has none until it is inserted
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                Object element = reference(attribute, entry.getValue(), merged);
                elements.add(element);
                entries.put(entry.getKey(), element);
            }
        } else {
            for (Object element : CollectionTracking.elements(value)) {
                elements.add(reference(attribute, element, merged));
            }
        }
        Object current = attribute.get(to);
        TrackedToMany<?> own = target == null ? null : CollectionTracking.own(target, attribute, current);
        if (own == null) {
            attribute.set(to, entries != null && !entries.isEmpty() ? entries
                    : CollectionTracking.plain(session.persisterOf(to, "merge"), attribute, elements));
            return;
        }
        List<Object> before = new ArrayList<>(CollectionTracking.loadedElements(own)); // loads it: the flush compares
        boolean same = before.size() == elements.size();
        for (int i = 0; same && i < before.size(); i++) {
            same = before.get(i) == elements.get(i);
        }
        if (same) {
            return;
        }
        if (own instanceof TrackedMap<?, ?> ownMap) {
            @SuppressWarnings("unchecked")
            TrackedMap<Object, Object> map = (TrackedMap<Object, Object>) ownMap;
            map.clear();
            map.putAll(entries != null && entries.size() == elements.size() ? entries
                    : (Map<?, ?>) CollectionTracking.plain(target.persister, attribute, elements));
        } else {
            @SuppressWarnings("unchecked")
            TrackedCollection<Object> collection = (TrackedCollection<Object>) own;
            collection.clear();
            collection.addAll(elements);
        }
    }

    private Object reference(AttributeModel attribute, Object target, Map<Object, Object> merged) {
        if (target == null) {
            return null;
        }
        if (attribute.cascade().contains(Cascade.MERGE)) {
            return merge(target, merged);
        }
        EntityEntry entry = session.context().entry(target);
        if (entry != null) {
            return target;
        }
        EntityModel targetModel = session.persisterOf(target, "merge").entity();
        Object id = targetModel.id().get(target);
        if (Ids.unset(targetModel.id(), id)) {
            return target; // never persisted: the flush says so unless something persists it first
        }
        Object managed = session.find(targetModel.javaType(), id, LockModeType.NONE);
        return managed != null ? managed : target;
    }

    private static Object copyEmbedded(AttributeModel attribute, Object value) {
        if (value == null) {
            return null;
        }
        EmbeddableModel embeddable = attribute.embeddable();
        if (embeddable.isRecord()) {
            return value; // immutable: sharing it is as good as a copy
        }
        java.util.List<AttributeModel> parts = attribute.embeddedAttributes();
        Object[] values = new Object[parts.size()];
        for (int i = 0; i < values.length; i++) {
            AttributeModel part = parts.get(i);
            values[i] = part.kind() == AttributeModel.Kind.EMBEDDED ? copyEmbedded(part, part.get(value)) : part.get(value);
        }
        return EntityColumns.instantiate(embeddable, parts, values);
    }
}
