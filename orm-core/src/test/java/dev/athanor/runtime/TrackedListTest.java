package dev.athanor.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrackedListTest {

    /** A loader that fills the list with "a", "b" and counts its calls; it records the changes it is told of. */
    private static final class Recorder implements LazyLoader {
        int loads;
        int dirtied;
        TrackedList<String> list;

        @Override
        public void load(Object entity, AttributeTracker tracker, int slot) {
            loads++;
            list.fill(List.of("a", "b"));
        }

        @Override
        public void dirtied(AttributeTracker tracker) {
            dirtied++;
        }
    }

    @Test
    void anUnloadedListLoadsOnFirstUseButNotForToString() {
        Recorder recorder = new Recorder();
        AttributeTracker tracker = new AttributeTracker(recorder);
        recorder.list = new TrackedList<>(new Object(), tracker, 3);
        assertThat(recorder.list.toString()).isEqualTo("[unloaded]");
        assertThat(recorder.loads).isZero();
        assertThat(recorder.list).containsExactly("a", "b");
        assertThat(recorder.list.size()).isEqualTo(2);
        assertThat(recorder.loads).isEqualTo(1);
        assertThat(tracker.isDirty()).isFalse();
    }

    @Test
    void everyKindOfChangeIsReportedToTheOwnersSlotAndNoChangeIsNot() {
        Recorder recorder = new Recorder();
        AttributeTracker tracker = new AttributeTracker(recorder);
        TrackedList<String> list = new TrackedList<>(new Object(), tracker, 5, List.of("x", "y", "z"));
        list.remove("absent");
        list.retainAll(List.of("x", "y", "z"));
        assertThat(tracker.isDirty()).isFalse();
        list.iterator();
        var it = list.iterator();
        it.next();
        it.remove();
        assertThat(tracker.isDirty(5)).isTrue();
        tracker.clean();
        list.subList(0, 1).clear();
        assertThat(tracker.isDirty(5)).isTrue();
        tracker.clean();
        list.listIterator().add("w");
        assertThat(tracker.isDirty(5)).isTrue();
        tracker.clean();
        list.removeIf("w"::equals);
        assertThat(tracker.isDirty(5)).isTrue();
        assertThat(list).containsExactly("z");
        assertThat(list).isEqualTo(new ArrayList<>(List.of("z")));
        assertThat(recorder.loads).isZero();
    }

    @Test
    void aTrackedSetComparesAsASet() {
        AttributeTracker tracker = new AttributeTracker(null);
        TrackedSet<String> set = new TrackedSet<>(new Object(), tracker, 0, List.of("a", "b", "a"));
        assertThat(set).hasSize(2).isEqualTo(java.util.Set.of("b", "a"));
        assertThat(set.add("a")).isFalse();
        assertThat(tracker.isDirty()).isFalse();
        assertThat(set.add("c")).isTrue();
        assertThat(tracker.isDirty(0)).isTrue();
    }
}
