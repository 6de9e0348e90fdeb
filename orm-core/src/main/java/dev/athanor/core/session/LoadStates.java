package dev.athanor.core.session;

import dev.athanor.core.meta.AttributeModel;
import dev.athanor.runtime.AttributeTracker;
import dev.athanor.runtime.ManagedEntity;
import dev.athanor.runtime.TrackedToMany;

/**
 * The load state of instances, for {@code PersistenceUnitUtil} and {@code PersistenceUtil}: what an
 * enhanced instance's tracker says. Instances that were never managed, and instances of classes
 * the agent did not enhance (loaded whole), are loaded.
 */
public final class LoadStates {

    private LoadStates() {
    }

    /** Whether the load state of {@code entity} is known to Athanor: it is an instance of an enhanced class. */
    public static boolean knows(Object entity) {
        return entity instanceof ManagedEntity;
    }

    /** Whether the state of {@code entity} is loaded: false only for a reference not read yet. */
    public static boolean isLoaded(Object entity) {
        return !PersistenceContext.hollow(stateOf(entity));
    }

    /**
     * Whether {@code attribute} of {@code entity} is loaded: false for a lazy attribute not read yet,
     * for any attribute of a reference not read yet, and for a to-one whose target is such a reference.
     */
    public static boolean isLoaded(Object entity, AttributeModel attribute) {
        if (attribute.kind().toMany()) {
            // the collection knows, whether its owner was enhanced or not
            return !(attribute.get(entity) instanceof TrackedToMany<?> collection) || collection.isLoaded();
        }
        AttributeTracker state = stateOf(entity);
        if (state == null) {
            return true;
        }
        if (PersistenceContext.hollow(state) && !attribute.id()) {
            return false;
        }
        int slot = attribute.accessor().slot();
        if (slot >= 0 && state.isUnloaded(slot)) {
            return false;
        }
        if (attribute.kind().toOne()) {
            Object target = attribute.get(entity);
            return target == null || isLoaded(target);
        }
        return true;
    }

    /** Loads {@code attribute} of {@code entity} (and a to-one's target) the way a read of it would. */
    public static void load(Object entity, AttributeModel attribute) {
        if (attribute.kind().toMany()) {
            if (attribute.get(entity) instanceof TrackedToMany<?> collection && !collection.isLoaded()) {
                CollectionTracking.loadedElements(collection).size(); // the first use loads it
            }
            return;
        }
        AttributeTracker state = stateOf(entity);
        if (state == null) {
            return;
        }
        int slot = attribute.accessor().slot();
        if (slot >= 0) {
            state.read(entity, slot);
        }
        if (attribute.kind().toOne()) {
            Object target = attribute.get(entity);
            if (target != null) {
                load(target);
            }
        }
    }

    /** Loads the state of a reference not read yet. */
    public static void load(Object entity) {
        AttributeTracker state = stateOf(entity);
        if (PersistenceContext.hollow(state)) {
            EntityPersister persister = PersistenceContext.persisterOf(state);
            for (AttributeModel attribute : persister.entity().attributes()) {
                if (!attribute.id()) {
                    state.read(entity, persister.tracking().slotOfAttribute(attribute.index()));
                    return;
                }
            }
        }
    }

    /**
     * The load state of the attribute named {@code attributeName} of an enhanced instance, by the
     * field names its class tracks (no persistence unit at hand); null when Athanor cannot tell.
     */
    public static Boolean isLoaded(Object entity, String attributeName) {
        if (!(entity instanceof ManagedEntity managed)) {
            return null;
        }
        int slot = java.util.Arrays.asList(managed.$athanor$fields()).indexOf(attributeName);
        if (slot < 0) {
            return null;
        }
        AttributeTracker state = stateOf(entity);
        if (state == null) {
            return Boolean.TRUE;
        }
        EntityPersister persister = PersistenceContext.persisterOf(state);
        int attribute = persister.tracking().attributeOfSlot(slot);
        return attribute < 0 ? Boolean.valueOf(!state.isUnloaded(slot))
                : isLoaded(entity, persister.entity().attributes().get(attribute));
    }

    /** The entry or shared clean state of an enhanced entity, managed or detached; null for anything else. */
    private static AttributeTracker stateOf(Object entity) {
        AttributeTracker tracker = entity instanceof ManagedEntity managed ? managed.$athanor$tracker() : null;
        return tracker instanceof EntityEntry || tracker instanceof CleanState ? tracker : null;
    }
}
