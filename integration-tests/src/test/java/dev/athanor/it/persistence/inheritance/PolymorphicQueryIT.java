package dev.athanor.it.persistence.inheritance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.athanor.it.Target;
import dev.athanor.it.persistence.JpaUnit;
import dev.athanor.it.persistence.inheritance.Zoo.Animal;
import dev.athanor.it.persistence.inheritance.Zoo.Cat;
import dev.athanor.it.persistence.inheritance.Zoo.Dog;
import dev.athanor.it.persistence.inheritance.Zoo.Keeper;
import dev.athanor.it.persistence.inheritance.Zoo.Puppy;
import dev.athanor.it.persistence.inheritance.Zoo.Visit;
import jakarta.persistence.PersistenceUnitUtil;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Queries over a SINGLE_TABLE hierarchy (FROM, TYPE, TREAT, bulk statements) and associations to it. */
class PolymorphicQueryIT {

    @TempDir
    Path dir;

    private static JpaUnit seeded(Target target, Path dir) {
        JpaUnit unit = JpaUnit.open(target, dir, Zoo.CLASSES);
        unit.tx(em -> {
            Keeper ann = new Keeper(10, "Ann");
            em.persist(ann);
            Dog rex = new Dog(1, "Rex", 7);
            Puppy bit = new Puppy(2, "Bit", 3, "ball");
            Cat tom = new Cat(3, "Tom", true);
            Cat kit = new Cat(4, "Kit", false);
            for (Animal animal : List.of(rex, bit, tom, kit)) {
                animal.keeper = ann;
                em.persist(animal);
            }
            em.persist(new Visit(20, rex, tom));
            em.persist(new Visit(21, tom, kit));
            return null;
        });
        unit.forget();
        return unit;
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void fromASuperclassReturnsEveryRowAsItsClassAndFromASubclassOnlyItsRows(Target target) {
        try (JpaUnit unit = seeded(target, dir)) {
            unit.inEm(em -> {
                List<Animal> all = em.createQuery("SELECT a FROM Animal a ORDER BY a.id", Animal.class).getResultList();
                assertThat(all).extracting(a -> a.getClass().getSimpleName())
                        .containsExactly("Dog", "Puppy", "Cat", "Cat");
                assertThat(((Puppy) all.get(1)).toy).isEqualTo("ball");
                assertThat(((Cat) all.get(2)).indoor).isTrue();
                assertThat(em.createQuery("SELECT d FROM Dog d ORDER BY d.id", Dog.class).getResultList())
                        .extracting(d -> d.name).containsExactly("Rex", "Bit");
                assertThat(em.createQuery("SELECT c.name FROM Cat c ORDER BY c.name", String.class).getResultList())
                        .containsExactly("Kit", "Tom");
                assertThat(em.createQuery("SELECT COUNT(p) FROM Puppy p", Long.class).getSingleResult()).isEqualTo(1L);
                assertThat(em.find(Animal.class, 1L)).as("the query's instance is the context's").isSameAs(all.get(0));
                @SuppressWarnings("unchecked")
                List<Animal> nativeAll = em.createNativeQuery("SELECT * FROM animal ORDER BY id", Animal.class)
                        .getResultList();
                assertThat(nativeAll).as("a native query's rows, each as its class").isEqualTo(all);
            });
            unit.inEm(em -> {
                @SuppressWarnings("unchecked")
                List<Animal> fresh = em.createNativeQuery("SELECT * FROM animal ORDER BY id", Animal.class)
                        .getResultList();
                assertThat(fresh).extracting(a -> a.getClass().getSimpleName())
                        .containsExactly("Dog", "Puppy", "Cat", "Cat");
                assertThat(((Puppy) fresh.get(1)).toy).isEqualTo("ball");
            });
            assertThat(unit.sql()).filteredOn(sql -> sql.contains("FROM animal") && sql.contains("Dog"))
                    .isEmpty();
            assertThat(unit.sql()).anyMatch(sql -> sql.contains("DTYPE IN ('DOG', 'Puppy')"));
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void typeComparesTheRowsExactClass(Target target) {
        try (JpaUnit unit = seeded(target, dir)) {
            unit.inEm(em -> {
                assertThat(em.createQuery("SELECT a.name FROM Animal a WHERE TYPE(a) = Dog", String.class)
                        .getResultList()).containsExactly("Rex");
                assertThat(em.createQuery("SELECT a.name FROM Animal a WHERE TYPE(a) IN (Puppy, Cat) ORDER BY a.id",
                        String.class).getResultList()).containsExactly("Bit", "Tom", "Kit");
                assertThat(em.createQuery("SELECT a.name FROM Animal a WHERE TYPE(a) <> :type ORDER BY a.id",
                        String.class).setParameter("type", Cat.class).getResultList()).containsExactly("Rex", "Bit");
                assertThat(em.createQuery("SELECT a.name FROM Animal a WHERE TYPE(a) NOT IN (:types) ORDER BY a.id",
                        String.class).setParameter("types", List.of(Cat.class, Dog.class)).getResultList())
                        .containsExactly("Bit");
                assertThat(em.createQuery("SELECT TYPE(a) FROM Animal a ORDER BY a.id", Object.class)
                        .getResultList()).containsExactly(Dog.class, Puppy.class, Cat.class, Cat.class);
                assertThat(em.createQuery("SELECT v.id FROM Visit v WHERE TYPE(v.star) = Cat", Long.class)
                        .getResultList()).containsExactly(21L);
            });
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void treatReachesASubclassesAttributes(Target target) {
        try (JpaUnit unit = seeded(target, dir)) {
            unit.inEm(em -> {
                assertThat(em.createQuery("SELECT a.name FROM Animal a WHERE TREAT(a AS Dog).barkVolume > 5",
                        String.class).getResultList()).containsExactly("Rex");
                assertThat(em.createQuery("SELECT a.name FROM Animal a WHERE TREAT(a AS Dog).barkVolume > 5"
                        + " OR TREAT(a AS Cat).indoor = TRUE ORDER BY a.id", String.class).getResultList())
                        .containsExactly("Rex", "Tom");
                List<Object[]> volumes = em.createQuery("SELECT a.name, TREAT(a AS Dog).barkVolume FROM Animal a"
                        + " ORDER BY a.id", Object[].class).getResultList();
                assertThat(volumes).extracting(row -> row[1] == null ? null : ((Number) row[1]).intValue())
                        .containsExactly(7, 3, null, null);
                assertThat(em.createQuery("SELECT d.name FROM Keeper k JOIN TREAT(k.animals AS Cat) d"
                        + " ORDER BY d.name", String.class).getResultList()).containsExactly("Kit", "Tom");
                assertThat(em.createQuery("SELECT d FROM Visit v JOIN TREAT(v.star AS Dog) d", Dog.class)
                        .getResultList()).extracting(d -> d.name).containsExactly("Rex");
            });
        }
    }

    @ParameterizedTest
    @EnumSource(value = Target.class, names = "SQLITE_MEMORY")
    void misusesAreQueryErrorsWithThePositionAndAHint(Target target) {
        try (JpaUnit unit = seeded(target, dir)) {
            unit.inEm(em -> {
                IllegalArgumentException noTreat = catchThrowableOfType(() -> em.createQuery(
                        "SELECT a FROM Animal a WHERE a.barkVolume > 5"), IllegalArgumentException.class);
                assertThat(noTreat).hasMessageContaining("Animal has no attribute 'barkVolume'; its subclass Dog has")
                        .hasMessageContaining("TREAT(a AS Dog).barkVolume").hasMessageContaining("line 1, column");
                IllegalArgumentException outside = catchThrowableOfType(() -> em.createQuery(
                        "SELECT a FROM Animal a WHERE TREAT(a AS Keeper).name = 'x'"), IllegalArgumentException.class);
                assertThat(outside).hasMessageContaining("Keeper is not a subclass of Animal")
                        .hasMessageContaining("Dog, Puppy, Cat");
                IllegalArgumentException notEntity = catchThrowableOfType(() -> em.createQuery(
                        "SELECT a FROM Animal a WHERE TYPE(a.name) = Dog"), IllegalArgumentException.class);
                assertThat(notEntity).hasMessageContaining("TYPE(...) takes an identification variable");
                IllegalArgumentException badParameter = catchThrowableOfType(() -> em.createQuery(
                        "SELECT a FROM Animal a WHERE TYPE(a) = :t").setParameter("t", String.class).getResultList(),
                        IllegalArgumentException.class);
                assertThat(badParameter).hasMessageContaining("the class java.lang.String, which is not an entity");
            });
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void bulkStatementsOfASubclassTouchOnlyItsRows(Target target) {
        try (JpaUnit unit = seeded(target, dir)) {
            int renamed = unit.tx(em -> em.createQuery("UPDATE Dog d SET d.chip = 'D'").executeUpdate());
            assertThat(renamed).isEqualTo(2);
            assertThat(unit.rows("SELECT DTYPE, chip FROM animal ORDER BY id")).extracting(row -> row.get(0) + "="
                    + row.get(1)).containsExactly("DOG=D", "Puppy=D", "Cat=null", "Cat=null");
            unit.tx(em -> em.createQuery("DELETE FROM Visit").executeUpdate());
            int deleted = unit.tx(em -> em.createQuery("DELETE FROM Cat c WHERE c.indoor = FALSE").executeUpdate());
            assertThat(deleted).isEqualTo(1);
            assertThat(unit.rows("SELECT name FROM animal ORDER BY id")).extracting(row -> row.get(0))
                    .containsExactly("Rex", "Bit", "Tom");
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void aLazyToOneToASuperclassLoadsOnFirstReadInBatchesAsItsRowsClassAndOneToALeafIsAReference(Target target) {
        try (JpaUnit unit = seeded(target, dir)) {
            PersistenceUnitUtil util = unit.emf().getPersistenceUnitUtil();
            unit.inEm(em -> {
                List<Visit> visits = em.createQuery("SELECT v FROM Visit v ORDER BY v.id", Visit.class)
                        .getResultList();
                Visit first = visits.get(0);
                assertThat(util.isLoaded(first, "star")).as("its class is its row's: not known yet").isFalse();
                assertThat(first.cat).as("a leaf class: a reference of its own class, its state not loaded")
                        .isExactlyInstanceOf(Cat.class);
                assertThat(util.isLoaded(first.cat)).isFalse();
                unit.forget();
                assertThat(first.star).isExactlyInstanceOf(Dog.class);
                assertThat(((Dog) first.star).barkVolume).isEqualTo(7);
                assertThat(visits.get(1).star).isExactlyInstanceOf(Cat.class);
                assertThat(visits.get(1).star).isSameAs(visits.get(0).cat);
                assertThat(unit.sql()).as("the keys of both visits, then both animals: one SELECT each")
                        .hasSize(2);
                assertThat(unit.sql().get(0)).startsWith("SELECT id, star_id FROM visit WHERE id IN");
                assertThat(unit.sql().get(1)).contains("FROM animal WHERE id IN");
                assertThat(util.isLoaded(first, "star")).isTrue();
            });
            unit.inEm(em -> {
                List<Visit> fetched = em.createQuery("SELECT v FROM Visit v JOIN FETCH v.star ORDER BY v.id",
                        Visit.class).getResultList();
                unit.forget();
                assertThat(fetched).extracting(v -> v.star.getClass().getSimpleName()).containsExactly("Dog", "Cat");
                assertThat(unit.sql()).as("fetched with the visits").isEmpty();
            });
            unit.tx(em -> {
                Visit visit = em.find(Visit.class, 21L);
                visit.star = em.find(Dog.class, 1L);
                return null;
            });
            assertThat(unit.rows("SELECT star_id, cat_id FROM visit WHERE id = 21")).extracting(row -> ((Number)
                    row.get(0)).longValue() + "/" + ((Number) row.get(1)).longValue()).containsExactly("1/4");
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void aCollectionOfASuperclassHoldsEachElementAsItsClass(Target target) {
        try (JpaUnit unit = seeded(target, dir)) {
            unit.inEm(em -> {
                Keeper ann = em.find(Keeper.class, 10L);
                assertThat(ann.animals).extracting(a -> a.getClass().getSimpleName())
                        .containsExactlyInAnyOrder("Dog", "Puppy", "Cat", "Cat");
                assertThat(ann.animals).filteredOn(a -> a instanceof Puppy).singleElement()
                        .satisfies(p -> assertThat(((Puppy) p).toy).isEqualTo("ball"));
            });
            unit.inEm(em -> {
                Keeper fetched = em.createQuery("SELECT k FROM Keeper k JOIN FETCH k.animals WHERE k.id = 10",
                        Keeper.class).getResultList().get(0);
                assertThat(fetched.animals).extracting(a -> a.getClass().getSimpleName())
                        .containsExactlyInAnyOrder("Dog", "Puppy", "Cat", "Cat");
                assertThat(em.find(Cat.class, 4L)).isIn(fetched.animals);
            });
            unit.tx(em -> {
                Keeper ann = em.find(Keeper.class, 10L);
                Cat cat = new Cat(5, "Zoe", true);
                cat.keeper = ann;
                em.persist(cat);
                ann.animals.add(cat);
                return null;
            });
            assertThat(unit.rows("SELECT DTYPE, keeper_id FROM animal WHERE id = 5")).extracting(row -> row.get(0)
                    + "/" + ((Number) row.get(1)).longValue()).containsExactly("Cat/10");
        }
    }
}
