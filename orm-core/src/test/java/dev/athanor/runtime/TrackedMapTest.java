package dev.athanor.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TrackedMapTest {

    /** A loader that fills the map with "apple" and "bean" (keyed by their first letter) and counts its calls. */
    private static final class Recorder implements LazyLoader {
        int loads;
        TrackedMap<Character, String> map;

        @Override
        public void load(Object entity, AttributeTracker tracker, int slot) {
            loads++;
            map.fill(List.of("apple", "bean"));
        }

        @Override
        public void dirtied(AttributeTracker tracker) {
        }
    }

    private static Character initial(String word) {
        return word.charAt(0);
    }

    @Test
    void anUnloadedMapLoadsOnFirstUseKeyingEachElementButNotForToString() {
        Recorder recorder = new Recorder();
        AttributeTracker tracker = new AttributeTracker(recorder);
        recorder.map = new TrackedMap<>(new Object(), tracker, 2, TrackedMapTest::initial);
        assertThat(recorder.map.toString()).isEqualTo("{unloaded}");
        assertThat(recorder.map.isLoaded()).isFalse();
        assertThat(recorder.map.elements()).isEmpty();
        assertThat(recorder.loads).isZero();
        assertThat(recorder.map.get('b')).isEqualTo("bean");
        assertThat(recorder.map).containsExactly(Map.entry('a', "apple"), Map.entry('b', "bean"));
        assertThat(recorder.map.elements()).containsExactly("apple", "bean");
        assertThat(recorder.loads).isEqualTo(1);
        assertThat(tracker.isDirty()).isFalse();
    }

    @Test
    void everyChangeThroughTheMapOrItsViewsIsReportedAndNoChangeIsNot() {
        AttributeTracker tracker = new AttributeTracker(new Recorder());
        TrackedMap<Character, String> map = new TrackedMap<>(new Object(), tracker, 4, TrackedMapTest::initial,
                Map.of('a', "apple", 'b', "bean", 'c', "corn"));
        String apple = map.get('a');
        map.put('a', apple);
        map.remove('z');
        map.keySet().remove('z');
        map.values().retainAll(List.of("apple", "bean", "corn"));
        map.putIfAbsent('a', "other");
        assertThat(tracker.isDirty()).isFalse();

        map.put('d', "date");
        assertThat(tracker.isDirty(4)).isTrue();
        tracker.clean();
        map.remove('d');
        assertThat(tracker.isDirty(4)).isTrue();
        tracker.clean();
        map.keySet().remove('c');
        assertThat(tracker.isDirty(4)).isTrue();
        tracker.clean();
        map.values().remove("bean");
        assertThat(tracker.isDirty(4)).isTrue();
        tracker.clean();
        map.put('e', "egg");
        Iterator<Map.Entry<Character, String>> entries = map.entrySet().iterator();
        entries.next().setValue("apricot");
        assertThat(tracker.isDirty(4)).isTrue();
        tracker.clean();
        entries.next();
        entries.remove();
        assertThat(tracker.isDirty(4)).isTrue();
        tracker.clean();
        map.compute('a', (k, v) -> "avocado");
        assertThat(tracker.isDirty(4)).isTrue();
        tracker.clean();
        map.clear();
        assertThat(tracker.isDirty(4)).isTrue();
        assertThat(map).isEmpty();
    }

    @Test
    void itsViewsTakeNoNewElementsAndItEqualsAPlainMapOfTheSameEntries() {
        AttributeTracker tracker = new AttributeTracker(new Recorder());
        TrackedMap<Character, String> map = new TrackedMap<>(new Object(), tracker, 0, TrackedMapTest::initial,
                Map.of('a', "apple"));
        assertThatThrownBy(() -> map.values().add("bean")).isInstanceOf(UnsupportedOperationException.class)
                .hasMessageContaining("put them in the map");
        assertThat(map).isEqualTo(Map.of('a', "apple"));
        assertThat(map.hashCode()).isEqualTo(Map.of('a', "apple").hashCode());
        assertThat(map.belongsTo(tracker, 0)).isTrue();
        assertThat(map.toString()).isEqualTo("{a=apple}");
    }
}
