package dev.athanor.it.persistence.flush;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athanor.it.Target;
import dev.athanor.it.persistence.JpaUnit;
import dev.athanor.it.persistence.flush.FlushEntities.Child;
import dev.athanor.it.persistence.flush.FlushEntities.Owner;
import dev.athanor.it.persistence.flush.FlushEntities.Parent;
import dev.athanor.it.persistence.flush.FlushEntities.Pet;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Foreign keys decide the order: parents are inserted before children and deleted after them. */
class FlushOrderIT {

    @TempDir
    Path dir;

    private static Owner owner(long id) {
        Owner owner = new Owner();
        owner.id = id;
        owner.name = "o" + id;
        return owner;
    }

    private static Pet pet(long id, Owner owner) {
        Pet pet = new Pet();
        pet.id = id;
        pet.owner = owner;
        return pet;
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void persistOfAChildCascadesToItsNewParentWhichIsInsertedFirst(Target target) {
        try (JpaUnit unit = JpaUnit.open(target, dir, Parent.class, Child.class)) {
            unit.tx(em -> {
                Parent parent = new Parent();
                parent.id = 10L;
                parent.name = "p";
                Child child = new Child();
                child.id = 20L;
                child.name = "c";
                child.parent = parent;
                em.persist(child);
                assertThat(em.contains(parent)).as("cascade PERSIST made the parent managed").isTrue();
                return null;
            });
            assertThat(unit.writeSql()).containsExactly(
                    "INSERT INTO it_flush_order_parent (id, name) VALUES (?, ?)",
                    "INSERT INTO it_flush_order_child (id, name, parent_id) VALUES (?, ?, ?)");
            assertThat(unit.rows("SELECT id, parent_id FROM it_flush_order_child"))
                    .extracting(r -> ((Number) r.get(0)).longValue(), r -> ((Number) r.get(1)).longValue())
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(20L, 10L));
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void childrenPersistedBeforeTheirParentsAreStillInsertedAfterThem(Target target) {
        try (JpaUnit unit = JpaUnit.open(target, dir, Owner.class, Pet.class)) {
            unit.tx(em -> {
                Owner first = owner(1);
                Owner second = owner(2);
                em.persist(pet(11, first));
                em.persist(pet(12, second));
                em.persist(pet(13, first));
                em.persist(first);
                em.persist(second);
                return null;
            });
            assertThat(unit.writeSql()).containsExactly(
                    "INSERT INTO it_flush_order_owner (id, name) VALUES (?, ?)",
                    "INSERT INTO it_flush_order_pet (id, owner_id) VALUES (?, ?)");
            assertThat(unit.writes()).extracting(JpaUnit::rowsOf).containsExactly(2, 3);
            assertThat(unit.rows("SELECT id, owner_id FROM it_flush_order_pet ORDER BY id"))
                    .extracting(r -> ((Number) r.get(0)).longValue(), r -> ((Number) r.get(1)).longValue())
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(11L, 1L),
                            org.assertj.core.groups.Tuple.tuple(12L, 2L),
                            org.assertj.core.groups.Tuple.tuple(13L, 1L));
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void removeDeletesChildrenBeforeTheirParents(Target target) {
        try (JpaUnit unit = JpaUnit.open(target, dir, Owner.class, Pet.class)) {
            unit.tx(em -> {
                Owner owner = owner(1);
                em.persist(owner);
                em.persist(pet(11, owner));
                em.persist(pet(12, owner));
                return null;
            });
            unit.forget();
            unit.tx(em -> {
                Owner owner = em.find(Owner.class, 1L);
                em.remove(owner);
                em.remove(em.find(Pet.class, 11L));
                em.remove(em.find(Pet.class, 12L));
                return null;
            });
            assertThat(unit.writeSql()).containsExactly(
                    "DELETE FROM it_flush_order_pet WHERE id = ?",
                    "DELETE FROM it_flush_order_owner WHERE id = ?");
            assertThat(unit.writes().get(0).parameterSets()).containsExactly(List.of(11L), List.of(12L));
            assertThat(unit.count("SELECT COUNT(*) FROM it_flush_order_pet")).isZero();
            assertThat(unit.count("SELECT COUNT(*) FROM it_flush_order_owner")).isZero();
        }
    }
}
