package dev.athanor.runtime;

/**
 * Implemented by every class the agent enhanced: entities, mapped superclasses and (non-record)
 * embeddables. The names start with {@code $athanor$} so that they never clash with the
 * application's own members.
 *
 * <p>The session reads and writes state through {@link #$athanor$get} and {@link #$athanor$set}:
 * raw field access, without tracking and without loading, addressed by slot. Slots number the
 * tracked fields of the class and its enhanced superclasses, as {@link #$athanor$fields()} lists them.
 * Each enhanced class also declares that list as {@code public static final String[] $athanor$FIELDS},
 * so that it can be read without an instance (of an abstract mapped superclass, say).
 */
public interface ManagedEntity {

    /** The name of the static field each enhanced class declares: its {@link #$athanor$fields()}. */
    String FIELDS = "$athanor$FIELDS";

    /** The tracker of this instance, or null while no session manages it. */
    AttributeTracker $athanor$tracker();

    /** Attaches (or, with null, detaches) the tracker of this instance. */
    void $athanor$tracker(AttributeTracker tracker);

    /**
     * The names of the tracked fields, by slot: those of the topmost enhanced superclass first,
     * then each subclass's own in declaration order. The same array for every call; do not modify it.
     */
    String[] $athanor$fields();

    /** The value of the field in {@code slot}, primitives boxed; no tracking, no loading. */
    Object $athanor$get(int slot);

    /** Sets the field in {@code slot}; null sets a primitive field to its zero. No tracking, no loading. */
    void $athanor$set(int slot, Object value);
}
