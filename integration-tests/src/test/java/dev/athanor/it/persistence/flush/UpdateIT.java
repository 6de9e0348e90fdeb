package dev.athanor.it.persistence.flush;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athanor.it.Target;
import dev.athanor.it.persistence.JpaUnit;
import dev.athanor.it.persistence.flush.FlushEntities.Item;
import dev.athanor.it.persistence.flush.FlushEntities.VersionedItem;
import jakarta.persistence.EntityManager;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Dirty checking: a flush writes the columns that changed and nothing when nothing did. */
class UpdateIT {

    @TempDir
    Path dir;

    private static JpaUnit withRows(Target target, Path dir) {
        JpaUnit unit = JpaUnit.open(target, dir, Item.class, VersionedItem.class);
        unit.tx(em -> {
            Item item = new Item();
            item.id = 1L;
            item.name = "bolt";
            item.quantity = 10;
            item.note = "steel";
            em.persist(item);
            VersionedItem versioned = new VersionedItem();
            versioned.id = 1L;
            versioned.name = "nut";
            versioned.quantity = 5;
            em.persist(versioned);
            return null;
        });
        unit.forget();
        return unit;
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void changingOneFieldUpdatesOnlyThatColumn(Target target) {
        try (JpaUnit unit = withRows(target, dir)) {
            unit.tx(em -> {
                em.find(Item.class, 1L).quantity = 11;
                return null;
            });
            assertThat(unit.writeSql()).containsExactly("UPDATE it_flush_item SET quantity = ? WHERE id = ?");
            assertThat(unit.writes().get(0).parameterSets()).containsExactly(List.of(11, 1L));
            assertThat(unit.rows("SELECT name, quantity, note_text FROM it_flush_item WHERE id = 1"))
                    .containsExactly(List.of("bolt", 11, "steel"));
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void changingOneFieldOfAVersionedEntityUpdatesThatColumnAndTheVersion(Target target) {
        try (JpaUnit unit = withRows(target, dir)) {
            VersionedItem changed = unit.tx(em -> {
                VersionedItem item = em.find(VersionedItem.class, 1L);
                assertThat(item.version).isZero();
                item.name = "wing nut";
                return item;
            });
            assertThat(changed.version).isEqualTo(1);
            assertThat(unit.writeSql()).containsExactly(
                    "UPDATE it_flush_versioned_item SET name = ?, version = ? WHERE id = ? AND version = ?");
            assertThat(unit.writes().get(0).parameterSets()).containsExactly(List.of("wing nut", 1, 1L, 0));
            assertThat(unit.rows("SELECT name, quantity, version FROM it_flush_versioned_item"))
                    .containsExactly(List.of("wing nut", 5, 1));
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void anUnchangedEntityWritesNothing(Target target) {
        try (JpaUnit unit = withRows(target, dir)) {
            unit.tx(em -> {
                Item item = em.find(Item.class, 1L);
                item.quantity = 99;
                item.quantity = 10; // back to what was read: nothing changed
                item.name = new String("bolt");
                em.find(VersionedItem.class, 1L);
                em.flush();
                return null;
            });
            assertThat(unit.writes()).isEmpty();
            assertThat(unit.sql()).allSatisfy(sql -> assertThat(sql).startsWith("SELECT"));
            assertThat(unit.count("SELECT version FROM it_flush_versioned_item WHERE id = 1")).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void aReadOnlyTransactionRunsOnlyItsSelects(Target target) {
        try (JpaUnit unit = withRows(target, dir); EntityManager em = unit.em()) {
            em.getTransaction().begin();
            assertThat(em.find(Item.class, 1L).name).isEqualTo("bolt");
            assertThat(em.find(VersionedItem.class, 1L).name).isEqualTo("nut");
            assertThat(em.find(Item.class, 1L)).as("the second find is served by the context").isNotNull();
            em.getTransaction().commit();
            assertThat(unit.sql()).hasSize(2).allSatisfy(sql -> assertThat(sql).startsWith("SELECT"));
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void twoEntitiesChangingTheSameColumnShareOneBatch(Target target) {
        try (JpaUnit unit = withRows(target, dir)) {
            unit.tx(em -> {
                Item second = new Item();
                second.id = 2L;
                second.name = "screw";
                em.persist(second);
                return null;
            });
            unit.forget();
            unit.tx(em -> {
                em.find(Item.class, 1L).quantity = 1;
                em.find(Item.class, 2L).quantity = 2;
                return null;
            });
            assertThat(unit.writeSql()).containsExactly("UPDATE it_flush_item SET quantity = ? WHERE id = ?");
            assertThat(unit.writes().get(0).batch()).isTrue();
            assertThat(unit.writes().get(0).parameterSets()).containsExactly(List.of(1, 1L), List.of(2, 2L));
            unit.forget();
            unit.tx(em -> {
                em.find(Item.class, 1L).note = null;
                return null;
            });
            assertThat(unit.writeSql()).containsExactly("UPDATE it_flush_item SET note_text = ? WHERE id = ?");
            assertThat(unit.rows("SELECT id, quantity, note_text FROM it_flush_item ORDER BY id"))
                    .extracting(r -> ((Number) r.get(0)).longValue(), r -> r.get(1), r -> r.get(2))
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(1L, 1, null),
                            org.assertj.core.groups.Tuple.tuple(2L, 2, null));
        }
    }
}
