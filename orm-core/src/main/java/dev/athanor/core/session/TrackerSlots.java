package dev.athanor.core.session;

import dev.athanor.core.meta.AttributeModel;
import dev.athanor.core.meta.EntityModel;
import dev.athanor.core.meta.Metadata;
import dev.athanor.runtime.AttributeTracker;
import dev.athanor.runtime.ManagedEntity;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * How an entity's attributes map to the slots its tracker numbers (see {@code dev.athanor.runtime}):
 * whether the class was enhanced at all, which attribute each slot holds and back, and what a
 * flush compares for the slots an instance reports changed. Built once per entity.
 */
final class TrackerSlots {

    private final boolean enhanced;
    private final int[] attributeOfSlot;
    private final int[] slotOfAttribute;
    private final List<AttributeModel> lazyBasics;
    private final List<AttributeModel> deferredToOnes;
    private final List<AttributeModel> lazyAttributes;
    /** The slots of every attribute but the id: what a reference has not loaded; slots 64 and above apart. */
    private final long referenceMask;
    private final int[] referenceSlotsBeyondMask;

    TrackerSlots(EntityModel entity, Metadata metadata) {
        List<AttributeModel> attributes = entity.attributes();
        this.slotOfAttribute = attributes.stream().mapToInt(a -> a.accessor().slot()).toArray();
        this.enhanced = ManagedEntity.class.isAssignableFrom(entity.javaType())
                && Arrays.stream(slotOfAttribute).allMatch(slot -> slot >= 0);
        int slots = Arrays.stream(slotOfAttribute).max().orElse(-1) + 1;
        this.attributeOfSlot = new int[enhanced ? slots : 0];
        Arrays.fill(attributeOfSlot, -1);
        if (enhanced) {
            for (AttributeModel attribute : attributes) {
                attributeOfSlot[slotOfAttribute[attribute.index()]] = attribute.index();
            }
        }
        long mask = 0L;
        List<Integer> beyond = new java.util.ArrayList<>();
        for (AttributeModel attribute : attributes) {
            int slot = slotOfAttribute[attribute.index()];
            if (enhanced && !attribute.id()) {
                if (slot < 64) {
                    mask |= 1L << slot;
                } else {
                    beyond.add(slot);
                }
            }
        }
        this.referenceMask = mask;
        this.referenceSlotsBeyondMask = beyond.stream().mapToInt(Integer::intValue).toArray();
        this.lazyBasics = enhanced ? attributes.stream().filter(a -> a.kind() == AttributeModel.Kind.BASIC
                && a.fetch() == AttributeModel.Fetch.LAZY && !a.id() && !a.version()).toList() : List.of();
        // a reference's class is its row's, unknown from the foreign key when the target has subclasses
        this.deferredToOnes = enhanced ? attributes.stream().filter(a -> a.kind().toOne()
                && a.fetch() == AttributeModel.Fetch.LAZY
                && metadata.subtypes(metadata.entity(a.joinColumn().targetEntity())).size() > 1).toList() : List.of();
        List<AttributeModel> lazy = new java.util.ArrayList<>(lazyBasics);
        lazy.addAll(deferredToOnes);
        this.lazyAttributes = List.copyOf(lazy);
    }

    /**
     * Whether instances report their own changes and loads: the class was enhanced, and each of its
     * attributes has a slot.
     */
    boolean enhanced() {
        return enhanced;
    }

    /** The attribute index of tracker slot {@code slot}, or -1 when the slot holds no attribute. */
    int attributeOfSlot(int slot) {
        return slot < attributeOfSlot.length ? attributeOfSlot[slot] : -1;
    }

    /** The tracker slot of attribute {@code index} (enhanced classes only). */
    int slotOfAttribute(int index) {
        return slotOfAttribute[index];
    }

    /**
     * The tracker slot of to-many attribute {@code index}: its field's slot in an enhanced class; in
     * a class that was not enhanced, whose entry tracks no field, the attribute index itself.
     */
    int collectionSlot(int index) {
        return enhanced ? slotOfAttribute[index] : index;
    }

    /** The attribute a tracker slot stands for, enhanced or not (see {@link #collectionSlot}); -1 for none. */
    int attributeOfTrackerSlot(int slot) {
        return enhanced ? attributeOfSlot(slot) : slot < slotOfAttribute.length ? slot : -1;
    }

    /** Marks every attribute but the id unloaded in {@code tracker}: it tracks a reference. */
    void unloadAllButId(AttributeTracker tracker) {
        tracker.unloadedMask(referenceMask);
        for (int slot : referenceSlotsBeyondMask) {
            tracker.unloaded(slot);
        }
    }

    /** The {@code @Basic(fetch = LAZY)} attributes, which a SELECT leaves out (enhanced classes only; else empty). */
    List<AttributeModel> lazyBasics() {
        return lazyBasics;
    }

    /**
     * The LAZY to-one attributes whose target entity has subclasses (enhanced classes only; else
     * empty): left unloaded when their owner is read, since only the target's row tells which class
     * its instance must be, and loaded on first read for a batch of owners.
     */
    List<AttributeModel> deferredToOnes() {
        return deferredToOnes;
    }

    /** What an instance read from its row has not loaded: its lazy basics and deferred to-ones. */
    List<AttributeModel> lazyAttributes() {
        return lazyAttributes;
    }

    /**
     * Sets in {@code changed} the updatable columns of the attributes {@code entry} reports changed
     * whose values differ from what the database holds.
     */
    void changedColumns(EntityPersister persister, EntityEntry entry, BitSet changed) {
        long mask = entry.dirtyMask();
        while (mask != 0L) {
            int slot = Long.numberOfTrailingZeros(mask);
            mask &= mask - 1;
            changedColumns(persister, entry, attributeOfSlot(slot), changed);
        }
        if (entry.hasDirtyBeyondMask()) {
            for (int slot = 64; slot < attributeOfSlot.length; slot++) {
                if (entry.isDirty(slot)) {
                    changedColumns(persister, entry, attributeOfSlot[slot], changed);
                }
            }
        }
    }

    private static void changedColumns(EntityPersister persister, EntityEntry entry, int attribute, BitSet changed) {
        if (attribute < 0) {
            return;
        }
        EntityColumns columns = persister.columns();
        List<ColumnSlot> slots = columns.slots();
        int first = columns.firstSlot(attribute);
        for (int i = first; i < first + columns.slotCount(attribute); i++) {
            if (i != persister.versionSlot() && persister.updatable(i)
                    && !slots.get(i).unchanged(entry.instance, entry.before(i))) {
                changed.set(i);
            }
        }
    }
}
