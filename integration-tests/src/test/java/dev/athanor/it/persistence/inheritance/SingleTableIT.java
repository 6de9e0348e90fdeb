package dev.athanor.it.persistence.inheritance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athanor.it.Target;
import dev.athanor.it.persistence.JpaUnit;
import dev.athanor.it.persistence.inheritance.Zoo.Animal;
import dev.athanor.it.persistence.inheritance.Zoo.Bike;
import dev.athanor.it.persistence.inheritance.Zoo.Car;
import dev.athanor.it.persistence.inheritance.Zoo.Cat;
import dev.athanor.it.persistence.inheritance.Zoo.Dog;
import dev.athanor.it.persistence.inheritance.Zoo.Puppy;
import dev.athanor.it.persistence.inheritance.Zoo.Vehicle;
import dev.athanor.runtime.ManagedEntity;
import jakarta.persistence.EntityManager;
import java.nio.file.Path;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** SINGLE_TABLE hierarchies: one table, the discriminator written and read, each level persisted, found, changed, removed. */
class SingleTableIT {

    @TempDir
    Path dir;

    private static JpaUnit open(Target target, Path dir) {
        return JpaUnit.open(target, dir, Zoo.CLASSES);
    }

    private static void seed(JpaUnit unit) {
        unit.tx(em -> {
            em.persist(new Dog(1, "Rex", 7));
            em.persist(new Puppy(2, "Bit", 3, "ball"));
            em.persist(new Cat(3, "Tom", true));
            return null;
        });
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void theHierarchyIsOneTableWhoseSubclassColumnsAreNullableAndWhoseDiscriminatorIsNot(Target target) {
        try (JpaUnit unit = open(target, dir)) {
            Map<String, Boolean> nullable = unit.jdbc(connection -> {
                Map<String, Boolean> columns = new TreeMap<>();
                DatabaseMetaData meta = connection.getMetaData();
                try (ResultSet rs = meta.getColumns(connection.getCatalog(), null, "animal", null)) {
                    while (rs.next()) {
                        columns.put(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT),
                                "YES".equals(rs.getString("IS_NULLABLE")));
                    }
                }
                return columns;
            });
            assertThat(nullable).containsOnlyKeys("id", "version", "name", "keeper_id", "chip", "barkvolume",
                    "pedigree", "toy", "mother_id", "indoor", "favourite_id", "dtype");
            assertThat(nullable.get("dtype")).as("the discriminator").isFalse();
            assertThat(nullable.get("version")).as("the root's primitive version").isFalse();
            assertThat(nullable.get("barkvolume")).as("a primitive of a subclass: NULL in a Cat's row").isTrue();
            assertThat(nullable.get("indoor")).isTrue();
            List<String> tables = unit.jdbc(connection -> {
                List<String> names = new java.util.ArrayList<>();
                try (ResultSet rs = connection.getMetaData().getTables(connection.getCatalog(), null, "%",
                        new String[] {"TABLE"})) {
                    while (rs.next()) {
                        names.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
                    }
                }
                return names;
            });
            assertThat(tables).contains("animal", "keeper", "vehicle").doesNotContain("dog", "puppy", "cat", "car",
                    "bike");
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void persistWritesEachClassesDiscriminatorAndFindReadsEachLevel(Target target) {
        try (JpaUnit unit = open(target, dir)) {
            seed(unit);
            assertThat(unit.rows("SELECT id, DTYPE, name, barkVolume, toy, indoor FROM animal ORDER BY id"))
                    .extracting(row -> Arrays.asList(((Number) row.get(0)).longValue(), row.get(1), row.get(2),
                            row.get(3) == null ? null : ((Number) row.get(3)).intValue(), row.get(4),
                            truth(row.get(5))))
                    .containsExactly(Arrays.asList(1L, "DOG", "Rex", 7, null, null),
                            Arrays.asList(2L, "Puppy", "Bit", 3, "ball", null),
                            Arrays.asList(3L, "Cat", "Tom", null, null, true));
            unit.tx(em -> {
                Dog dog = em.find(Dog.class, 1L);
                assertThat(dog).isExactlyInstanceOf(Dog.class);
                assertThat(dog.name).isEqualTo("Rex");
                assertThat(dog.barkVolume).isEqualTo(7);
                Puppy puppy = em.find(Puppy.class, 2L);
                assertThat(puppy.toy).isEqualTo("ball");
                assertThat(puppy.barkVolume).isEqualTo(3);
                Cat cat = em.find(Cat.class, 3L);
                assertThat(cat.indoor).isTrue();
                assertThat(em.find(Cat.class, 1L)).as("row 1 is a Dog").isNull();
                assertThat(em.find(Puppy.class, 1L)).as("row 1 is a Dog, not a Puppy").isNull();
                return null;
            });
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void findByASuperclassReturnsTheRowsClassFromOneIdentityMap(Target target) {
        try (JpaUnit unit = open(target, dir)) {
            seed(unit);
            unit.forget();
            unit.tx(em -> {
                Animal one = em.find(Animal.class, 1L);
                Animal two = em.find(Animal.class, 2L);
                Dog twoAsDog = em.find(Dog.class, 2L);
                assertThat(one).isExactlyInstanceOf(Dog.class);
                assertThat(two).isExactlyInstanceOf(Puppy.class);
                assertThat(twoAsDog).isSameAs(two);
                assertThat(em.find(Dog.class, 1L)).isSameAs(one);
                assertThat(em.find(Cat.class, 1L)).as("the managed 1 is a Dog").isNull();
                assertThat(em.find(Animal.class, 99L)).isNull();
                assertThat(em.getReference(Animal.class, 3L)).isExactlyInstanceOf(Cat.class);
                return null;
            });
            assertThat(unit.sql()).as("one SELECT per row found or missed, none for the managed ones")
                    .filteredOn(sql -> sql.startsWith("SELECT")).hasSize(5);
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void changesAtEachLevelUpdateOnlyTheirColumnsAndCheckTheRootsVersion(Target target) {
        try (JpaUnit unit = open(target, dir)) {
            seed(unit);
            unit.forget();
            unit.tx(em -> {
                Puppy puppy = em.find(Puppy.class, 2L);
                puppy.toy = "stick";
                puppy.name = "Bitsy";
                Dog dog = em.find(Dog.class, 1L);
                dog.barkVolume = 9;
                return null;
            });
            assertThat(unit.writeSql()).containsExactlyInAnyOrder(
                    "UPDATE animal SET name = ?, toy = ?, version = ? WHERE id = ? AND version = ?",
                    "UPDATE animal SET barkVolume = ?, version = ? WHERE id = ? AND version = ?");
            assertThat(unit.rows("SELECT name, toy, barkVolume, version, DTYPE FROM animal WHERE id IN (1, 2)"
                    + " ORDER BY id")).extracting(row -> Arrays.asList(row.get(0), row.get(1),
                            ((Number) row.get(2)).intValue(), ((Number) row.get(3)).intValue(), row.get(4)))
                    .containsExactly(Arrays.asList("Rex", null, 9, 1, "DOG"),
                            Arrays.asList("Bitsy", "stick", 3, 1, "Puppy"));
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void removeDeletesTheRowOfAnyLevel(Target target) {
        try (JpaUnit unit = open(target, dir)) {
            seed(unit);
            unit.tx(em -> {
                em.remove(em.find(Animal.class, 2L));
                em.remove(em.find(Cat.class, 3L));
                return null;
            });
            assertThat(unit.rows("SELECT id, DTYPE FROM animal")).extracting(row -> row.get(1))
                    .containsExactly("DOG");
            unit.tx(em -> {
                Dog dog = em.find(Dog.class, 1L);
                em.refresh(dog);
                em.detach(dog);
                assertThat(em.contains(dog)).isFalse();
                Dog merged = em.merge(dog);
                merged.chip = "A-1";
                return null;
            });
            assertThat(unit.rows("SELECT chip, version FROM animal WHERE id = 1")).extracting(row -> row.get(0))
                    .containsExactly("A-1");
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void rowsOfOneHierarchyReferringToEachOtherAreInsertedReferredFirst(Target target) {
        try (JpaUnit unit = open(target, dir)) {
            unit.tx(em -> {
                Puppy puppy = new Puppy(12, "Bit", 3, "ball");
                Cat mother = new Cat(11, "Mia", false);
                puppy.mother = mother;
                em.persist(puppy); // before the row it refers to
                em.persist(mother);
                return null;
            });
            assertThat(unit.rows("SELECT id, DTYPE, mother_id FROM animal ORDER BY id"))
                    .extracting(row -> row.get(0) + "/" + row.get(1) + "/" + row.get(2))
                    .containsExactly("11/Cat/null", "12/Puppy/11");
            unit.tx(em -> {
                Puppy puppy = em.find(Puppy.class, 12L);
                assertThat(puppy.mother).isExactlyInstanceOf(Cat.class);
                assertThat(puppy.mother.name).isEqualTo("Mia");
                return null;
            });
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void anIntegerDiscriminatorAndIdentityIdsWork(Target target) {
        try (JpaUnit unit = open(target, dir)) {
            List<Long> ids = unit.tx(em -> {
                Car car = new Car();
                car.plate = "AB-1";
                car.seats = 5;
                Bike bike = new Bike();
                bike.plate = "B-2";
                bike.electric = true;
                Vehicle plain = new Vehicle();
                plain.plate = "V-3";
                em.persist(car);
                em.persist(bike);
                em.persist(plain);
                return List.of(car.id, bike.id, plain.id);
            });
            assertThat(unit.rows("SELECT kind, plate FROM vehicle ORDER BY plate"))
                    .extracting(row -> Arrays.asList(((Number) row.get(0)).intValue(), row.get(1)))
                    .containsExactly(Arrays.asList(1, "AB-1"), Arrays.asList(2, "B-2"), Arrays.asList(0, "V-3"));
            EntityManager em = unit.em();
            try {
                assertThat(em.find(Vehicle.class, ids.get(0))).isExactlyInstanceOf(Car.class);
                assertThat(em.find(Vehicle.class, ids.get(1))).isExactlyInstanceOf(Bike.class);
                assertThat(em.find(Vehicle.class, ids.get(2))).isExactlyInstanceOf(Vehicle.class);
                assertThat(em.find(Car.class, ids.get(1))).isNull();
                assertThat(((Car) em.find(Vehicle.class, ids.get(0))).seats).isEqualTo(5);
            } finally {
                em.close();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = Target.class, names = "SQLITE_FILE")
    void theAgentGivesASubclassItsOwnSlotsAfterItsSuperclasss(Target target) throws Exception {
        assertThat(ManagedEntity.class.isAssignableFrom(Puppy.class)).isTrue();
        String[] animal = (String[]) field(Animal.class);
        String[] dog = (String[]) field(Dog.class);
        String[] puppy = (String[]) field(Puppy.class);
        assertThat(Arrays.asList(dog).subList(0, animal.length)).containsExactly(animal);
        assertThat(Arrays.asList(puppy).subList(0, dog.length)).containsExactly(dog);
        assertThat(Arrays.asList(puppy).subList(dog.length, puppy.length)).containsExactlyInAnyOrder("toy", "mother");
        try (JpaUnit unit = open(target, dir)) {
            seed(unit);
            unit.tx(em -> {
                Dog dog1 = em.find(Dog.class, 1L);
                assertThat(unit.emf().getPersistenceUnitUtil().isLoaded(dog1, "pedigree")).isFalse();
                assertThat(dog1.pedigree).as("a lazy basic attribute of a subclass loads on first read").isNull();
                return null;
            });
        }
    }

    /** A boolean column as the driver returns it: a number on SQLite, a Boolean on MariaDB. */
    private static Boolean truth(Object value) {
        return value == null ? null : value instanceof Boolean b ? b : ((Number) value).intValue() != 0;
    }

    private static Object field(Class<?> type) throws ReflectiveOperationException {
        java.lang.reflect.Field f = type.getDeclaredField(ManagedEntity.FIELDS);
        f.setAccessible(true);
        return f.get(null);
    }
}
