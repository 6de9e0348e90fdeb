package dev.athanor.core.session;

import dev.athanor.core.meta.AttributeModel;
import dev.athanor.runtime.AttributeTracker;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The instances waiting for one load, in the order they came: references (no attribute), instances
 * whose lazy basic attribute in {@code slot} is not loaded, or whose to-many attribute's
 * collection is not. Instances loaded meanwhile stay in the queue
 * until they reach its head, so that a load costs no search; walking instances in the order they
 * were read, the usual case, keeps the head moving.
 */
final class LoadQueue {

    private final ArrayDeque<Object> queue = new ArrayDeque<>();
    private final PersistenceContext context;
    private final AttributeModel attribute;
    private final int slot;

    LoadQueue(PersistenceContext context, AttributeModel attribute, int slot) {
        this.context = context;
        this.attribute = attribute;
        this.slot = slot;
    }

    void add(Object instance) {
        queue.add(instance);
    }

    private boolean waits(Object instance) {
        AttributeTracker state = context.state(instance);
        if (state == null) {
            return false;
        }
        if (attribute == null) {
            return PersistenceContext.hollow(state);
        }
        return attribute.kind().toMany() ? CollectionTracking.unloaded(attribute.get(instance))
                : state.isUnloaded(slot);
    }

    List<Object> batch(Object first, int max) {
        while (!queue.isEmpty() && (!waits(queue.peekFirst()) || queue.peekFirst() == first)) {
            queue.pollFirst();
        }
        List<Object> batch = new ArrayList<>(Math.min(max, 64));
        batch.add(first);
        for (Iterator<Object> it = queue.iterator(); it.hasNext() && batch.size() < max; ) {
            Object next = it.next();
            if (next != first && waits(next)) {
                batch.add(next);
            }
        }
        return batch;
    }
}
