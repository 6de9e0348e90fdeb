package dev.athanor.agent.enhance;

import dev.athanor.runtime.AttributeTracker;
import dev.athanor.runtime.LazyLoader;
import java.util.ArrayList;
import java.util.List;

/** A lazy loader that writes down each call; a load marks the slot loaded, as a session would. */
final class RecordingLoader implements LazyLoader {

    final List<String> calls = new ArrayList<>();

    @Override
    public void load(Object entity, AttributeTracker tracker, int slot) {
        calls.add("load " + slot + " of " + entity.getClass().getSimpleName());
        tracker.loaded(slot);
    }

    @Override
    public void dirtied(AttributeTracker tracker) {
        calls.add("dirtied");
    }
}
