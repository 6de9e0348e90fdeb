package dev.athanor.runtime;

import java.util.Arrays;

/**
 * The state an enhanced instance carries while a session manages it: which slots changed since the
 * last flush (dirty bits) and which are not loaded yet (unloaded bits), and the {@link LazyLoader}
 * to call about either. Slots below 64 live in one {@code long} each; the rest, for the rare class
 * with more tracked fields, in arrays.
 *
 * <p>The tracker of an embedded value has a parent: the tracker of the instance that holds it and
 * the slot it is held in. A change inside the embeddable marks that slot of the parent changed.
 *
 * <p>The enhanced code calls only {@link #read}, {@link #changed(Object, int)} and the {@code differ} functions;
 * the rest is for the session. Not thread-safe, like the session.
 */
public class AttributeTracker {

    private LazyLoader loader;
    private long dirty;
    private long unloaded;
    /** The bits of slots 64 and above, for the rare class with that many fields; null otherwise. */
    private Beyond beyond;
    private boolean queued;

    /** A tracker reporting to {@code loader}, which may be null (nothing to load, nobody to tell). */
    public AttributeTracker(LazyLoader loader) {
        this.loader = loader;
    }

    /**
     * The tracker of an embedded value held in {@code slot} of {@code owner}, an instance {@code parent}
     * tracks: a change inside the value is a change of that slot of the owner.
     */
    public static AttributeTracker embedded(AttributeTracker parent, Object owner, int slot) {
        return new Embedded(parent, owner, slot);
    }

    /** An embedded value's tracker: every change is a change of the slot its owner holds it in. */
    private static final class Embedded extends AttributeTracker {
        private final AttributeTracker parent;
        private final Object owner;
        private final int parentSlot;

        Embedded(AttributeTracker parent, Object owner, int parentSlot) {
            super(null);
            this.parent = parent;
            this.owner = owner;
            this.parentSlot = parentSlot;
        }

        @Override
        public void changed(Object self, int slot) {
            parent.changed(owner, parentSlot);
        }
    }

    // ---- called by enhanced code ----------------------------------------------------------------

    /** Before a read (or a write) of {@code slot} of {@code self}: loads it if it is marked unloaded. */
    public final void read(Object self, int slot) {
        if ((unloaded != 0L || beyond != null) && isUnloaded(slot) && loader != null) {
            loader.load(self, this, slot);
        }
    }

    /**
     * Records that {@code slot} of {@code self} changed; the first change tells the loader. A tracker
     * shared by several instances (see the session) overrides this to give {@code self} one of its own.
     */
    public void changed(Object self, int slot) {
        if (!isDirty(slot)) {
            firstChange(slot);
            if (slot < 64) {
                dirty |= 1L << slot;
            } else {
                beyond().dirty = set(beyond().dirty, slot);
            }
        }
        if (!queued) {
            queued = true;
            if (loader != null) {
                loader.dirtied(this);
            }
        }
    }

    /**
     * Called once per slot between two {@link #clean()}s, before its first change is written: the
     * instance still holds the old value. Does nothing here; a session's tracker keeps the old
     * column values so that a flush compares with them.
     */
    protected void firstChange(int slot) {
    }

    public static boolean differ(Object a, Object b) {
        if (a == b) {
            return false;
        }
        if (a == null || b == null) {
            return true;
        }
        if (a instanceof byte[] x && b instanceof byte[] y) {
            return !Arrays.equals(x, y);
        }
        if (a instanceof char[] x && b instanceof char[] y) {
            return !Arrays.equals(x, y);
        }
        return !a.equals(b);
    }

    /** For associations and collections: a change is another instance. */
    public static boolean differIdentity(Object a, Object b) {
        return a != b;
    }

    public static boolean differ(int a, int b) {
        return a != b;
    }

    public static boolean differ(long a, long b) {
        return a != b;
    }

    public static boolean differ(boolean a, boolean b) {
        return a != b;
    }

    public static boolean differ(byte a, byte b) {
        return a != b;
    }

    public static boolean differ(short a, short b) {
        return a != b;
    }

    public static boolean differ(char a, char b) {
        return a != b;
    }

    /** Doubles differ by their bits: -0.0 is a change from 0.0, and NaN is no change from NaN. */
    public static boolean differ(double a, double b) {
        return Double.doubleToLongBits(a) != Double.doubleToLongBits(b);
    }

    public static boolean differ(float a, float b) {
        return Float.floatToIntBits(a) != Float.floatToIntBits(b);
    }

    // ---- for the session ------------------------------------------------------------------------

    public final LazyLoader loader() {
        return loader;
    }

    public final void loader(LazyLoader loader) {
        this.loader = loader;
    }

    /** Whether any slot changed since the last {@link #clean()}. */
    public final boolean isDirty() {
        return queued;
    }

    public final boolean isDirty(int slot) {
        return slot < 64 ? (dirty & (1L << slot)) != 0 : beyond != null && get(beyond.dirty, slot);
    }

    /** The changed slots as a bit mask of slots 0 to 63 (see {@link #isDirty(int)} for the others). */
    public final long dirtyMask() {
        return dirty;
    }

    /** Whether slots of 64 and above are tracked as changed. */
    public final boolean hasDirtyBeyondMask() {
        return beyond != null && beyond.dirty != null;
    }

    /** Forgets every change: after a flush wrote them, or when the state was read anew. */
    public final void clean() {
        dirty = 0L;
        if (beyond != null) {
            beyond.dirty = null;
        }
        queued = false;
    }

    public final boolean isUnloaded(int slot) {
        return slot < 64 ? (unloaded & (1L << slot)) != 0 : beyond != null && get(beyond.unloaded, slot);
    }

    /** Whether any slot is marked unloaded. */
    public final boolean hasUnloaded() {
        return unloaded != 0L || beyond != null && beyond.unloaded != null;
    }

    public final void unloaded(int slot) {
        if (slot < 64) {
            unloaded |= 1L << slot;
        } else {
            beyond().unloaded = set(beyond().unloaded, slot);
        }
    }

    /** Marks the slots of {@code mask} (slots 0 to 63) unloaded, all at once. */
    public final void unloadedMask(long mask) {
        unloaded |= mask;
    }

    public final void loaded(int slot) {
        if (slot < 64) {
            unloaded &= ~(1L << slot);
        } else if (beyond != null && beyond.unloaded != null) {
            long[] words = beyond.unloaded;
            int word = (slot >>> 6) - 1;
            if (word < words.length) {
                words[word] &= ~(1L << slot);
                if (Arrays.stream(words).allMatch(w -> w == 0L)) {
                    beyond.unloaded = null;
                }
            }
        }
    }

    /** Marks every slot loaded. */
    public final void allLoaded() {
        unloaded = 0L;
        if (beyond != null) {
            beyond.unloaded = null;
        }
    }

    private Beyond beyond() {
        if (beyond == null) {
            beyond = new Beyond();
        }
        return beyond;
    }

    /** Dirty and unloaded bits of slots 64 and above, a word per 64 slots. */
    private static final class Beyond {
        long[] dirty;
        long[] unloaded;
    }

    private static long[] set(long[] words, int slot) {
        int word = (slot >>> 6) - 1;
        long[] grown = words == null ? new long[word + 1] : words.length > word ? words : Arrays.copyOf(words, word + 1);
        grown[word] |= 1L << slot;
        return grown;
    }

    private static boolean get(long[] words, int slot) {
        int word = (slot >>> 6) - 1;
        return words != null && word < words.length && (words[word] & (1L << slot)) != 0;
    }
}
