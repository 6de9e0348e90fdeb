package dev.athanor.core.session;

import dev.athanor.core.meta.AttributeModel;
import dev.athanor.runtime.AttributeTracker;
import dev.athanor.runtime.ManagedEntity;
import dev.athanor.runtime.TrackedCollection;

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
        return !(entryOf(entity) instanceof EntityEntry entry && entry.hollow);
    }

    /**
     * Whether {@code attribute} of {@code entity} is loaded: false for a lazy attribute not read yet,
     * for any attribute of a reference not read yet, and for a to-one whose target is such a reference.
     */
    public static boolean isLoaded(Object entity, AttributeModel attribute) {
        if (attribute.kind().toMany()) {
            // the collection knows, whether its owner was enhanced or not
            return !(attribute.get(entity) instanceof TrackedCollection<?> collection) || collection.isLoaded();
        }
        if (!(entryOf(entity) instanceof EntityEntry entry)) {
            return true;
        }
        if (entry.hollow && !attribute.id()) {
            return false;
        }
        int slot = attribute.accessor().slot();
        if (slot >= 0 && entry.isUnloaded(slot)) {
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
            if (attribute.get(entity) instanceof TrackedCollection<?> collection && !collection.isLoaded()) {
                collection.size(); // the first use loads it
            }
            return;
        }
        if (!(entryOf(entity) instanceof EntityEntry entry)) {
            return;
        }
        int slot = attribute.accessor().slot();
        if (slot >= 0) {
            entry.read(entity, slot);
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
        if (entryOf(entity) instanceof EntityEntry entry && entry.hollow) {
            for (AttributeModel attribute : entry.persister.entity().attributes()) {
                if (!attribute.id()) {
                    entry.read(entity, entry.persister.tracking().slotOfAttribute(attribute.index()));
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
        if (!(managed.$athanor$tracker() instanceof EntityEntry entry)) {
            return Boolean.TRUE;
        }
        int attribute = entry.persister.tracking().attributeOfSlot(slot);
        return attribute < 0 ? Boolean.valueOf(!entry.isUnloaded(slot))
                : isLoaded(entity, entry.persister.entity().attributes().get(attribute));
    }

    private static AttributeTracker entryOf(Object entity) {
        return entity instanceof ManagedEntity managed ? managed.$athanor$tracker() : null;
    }
}
