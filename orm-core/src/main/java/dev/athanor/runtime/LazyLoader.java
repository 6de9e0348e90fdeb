package dev.athanor.runtime;

/**
 * What a tracker calls back: the session that manages the instance, or what stands in for it once
 * the instance is detached.
 */
public interface LazyLoader {

    /**
     * Called when {@code slot} of {@code entity} is read (or about to be written) while marked
     * unloaded: loads it, and clears the mark with {@link AttributeTracker#loaded}. May load more
     * than asked (sibling instances, the other attributes of a reference), and may throw when loading
     * is not possible (a closed session, a strict fetch plan).
     */
    void load(Object entity, AttributeTracker tracker, int slot);

    /** Called once when a tracker records its first change since it was last {@linkplain AttributeTracker#clean() cleaned}. */
    void dirtied(AttributeTracker tracker);
}
