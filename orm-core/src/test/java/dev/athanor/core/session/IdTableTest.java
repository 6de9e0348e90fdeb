package dev.athanor.core.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The id table (holding entries; a table whose persister is null holds no clean instance) against a HashMap doing the same operations, on seeded random sequences. */
class IdTableTest {

    private static EntityEntry entry(Object id) {
        EntityEntry entry = new EntityEntry(new Object(), null);
        entry.id = id;
        return entry;
    }

    @Test
    void behavesLikeAMapThroughGrowthAndDeletions() {
        behavesLikeAMap(random -> random.nextBoolean() ? (Object) (long) random.nextInt(600) : "k" + random.nextInt(600));
    }

    /** Ids whose hash codes are the ids themselves: the table trusts equal hash codes, until another id comes. */
    @Test
    void behavesLikeAMapWithSmallLongIntegerAndWideIds() {
        behavesLikeAMap(random -> (Object) (long) random.nextInt(600));
        behavesLikeAMap(random -> (Object) random.nextInt(600));
        // the same hash codes as small ids (high word 1, low word k ^ 1), and negative ids
        behavesLikeAMap(random -> (Object) (random.nextInt(4) == 0 ? (1L << 32) + random.nextInt(600)
                : random.nextInt(8) == 0 ? -(long) random.nextInt(600) : (long) random.nextInt(600)));
    }

    private static void behavesLikeAMap(java.util.function.Function<Random, Object> ids) {
        for (long seed = 1; seed <= 20; seed++) {
            Random random = new Random(seed);
            IdTable table = new IdTable(null);
            Map<Object, EntityEntry> expected = new HashMap<>();
            for (int op = 0; op < 5_000; op++) {
                Object id = ids.apply(random);
                int what = random.nextInt(4);
                if (what == 3) {
                    // a query's new entity: looked up, missed, then added under the very id object looked up
                    assertThat(table.get(id)).as("seed %d op %d id %s", seed, op, id).isSameAs(expected.get(id));
                    if (!expected.containsKey(id)) {
                        EntityEntry entry = entry(id);
                        table.put(entry, id);
                        expected.put(id, entry);
                    }
                } else if (what == 0) {
                    EntityEntry entry = entry(id);
                    table.put(entry, id);
                    expected.put(id, entry);
                } else if (what == 1 && expected.containsKey(id)) {
                    table.remove(expected.remove(id), id);
                } else {
                    assertThat(table.get(id)).as("seed %d op %d id %s", seed, op, id).isSameAs(expected.get(id));
                }
            }
            assertThat(table.size()).isEqualTo(expected.size());
            for (Map.Entry<Object, EntityEntry> e : expected.entrySet()) {
                assertThat(table.get(e.getKey())).isSameAs(e.getValue());
            }
            List<EntityEntry> all = new ArrayList<>();
            table.forEach(held -> all.add((EntityEntry) held));
            assertThat(all).containsExactlyInAnyOrderElementsOf(expected.values());
        }
    }

    @Test
    void roomReservedAheadKeepsWhatIsHeldAndTakesWhatComes() {
        IdTable table = new IdTable(null);
        Map<Object, EntityEntry> expected = new HashMap<>();
        for (long id = 0; id < 100; id++) {
            EntityEntry entry = entry(id * 7);
            table.put(entry, id * 7);
            expected.put(id * 7, entry);
        }
        table.reserve(5_000);
        table.reserve(10); // less than there is room for: nothing to do
        for (long id = 100; id < 5_100; id++) {
            Object key = id * 7;
            assertThat(table.get(key)).isNull();
            EntityEntry entry = entry(key);
            table.put(entry, key);
            expected.put(key, entry);
        }
        assertThat(table.size()).isEqualTo(5_100);
        expected.forEach((id, entry) -> assertThat(table.get(id)).as("id %s", id).isSameAs(entry));
    }

    @Test
    void anIdAddedAfterAnotherWithItsHashCodeMissedIsHeldBesideIt() {
        IdTable table = new IdTable(null);
        String missed = "Aa";
        String other = "BB"; // the same hash code as "Aa"
        EntityEntry held = entry(other);
        table.put(held, other);
        assertThat(table.get(missed)).isNull();
        EntityEntry replacing = entry(other);
        table.put(replacing, other); // not where the probe for "Aa" ended: it replaces the one held
        assertThat(table.size()).isEqualTo(1);
        assertThat(table.get(other)).isSameAs(replacing);
        assertThat(table.get(missed)).isNull();
        table.remove(replacing, other); // the run the probe ended in moved
        EntityEntry added = entry(missed);
        table.put(added, missed);
        assertThat(table.get(missed)).isSameAs(added);
        assertThat(table.size()).isEqualTo(1);
    }

    @Test
    void removingAnotherInstanceWithTheSameIdLeavesTheHeldOne() {
        IdTable table = new IdTable(null);
        EntityEntry held = entry(7L);
        table.put(held, 7L);
        table.remove(entry(7L), 7L);
        assertThat(table.get(7L)).isSameAs(held);
    }
}
