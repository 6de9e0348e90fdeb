package dev.athanor.it.persistence.version;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.athanor.it.Target;
import dev.athanor.it.persistence.JpaUnit;
import dev.athanor.it.persistence.version.VersionEntities.InstantVersioned;
import dev.athanor.it.persistence.version.VersionEntities.IntVersioned;
import dev.athanor.it.persistence.version.VersionEntities.LocalVersioned;
import dev.athanor.it.persistence.version.VersionEntities.LongVersioned;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceUnitUtil;
import jakarta.persistence.RollbackException;
import java.lang.reflect.Field;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** @Version: set on insert, moved on only by a change, checked by every UPDATE and DELETE. */
class VersionIT {

    private static final List<Class<?>> KINDS = List.of(IntVersioned.class, LongVersioned.class,
            InstantVersioned.class, LocalVersioned.class);

    @TempDir
    Path dir;

    static Stream<Arguments> targetsAndKinds() {
        return Stream.of(Target.values()).flatMap(t -> KINDS.stream().map(k -> Arguments.of(t, k)));
    }

    static Stream<Arguments> mariadbAndKinds() {
        return KINDS.stream().map(k -> Arguments.of(Target.MARIADB, k));
    }

    private static String table(Class<?> kind) {
        return kind.getAnnotation(jakarta.persistence.Table.class).name();
    }

    private static Object make(Class<?> kind, long id, String name) {
        try {
            Object entity = kind.getConstructor().newInstance();
            kind.getField("id").set(entity, id);
            kind.getField("name").set(entity, name);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object get(Object entity, String field) {
        try {
            Field f = entity.getClass().getField(field);
            return f.get(entity);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Written as application code writes it, not by reflection, which no agent sees. */
    private static void setName(Object entity, String name) {
        if (entity instanceof VersionEntities.IntVersioned e) {
            e.name = name;
        } else if (entity instanceof VersionEntities.LongVersioned e) {
            e.name = name;
        } else if (entity instanceof VersionEntities.InstantVersioned e) {
            e.name = name;
        } else {
            ((VersionEntities.LocalVersioned) entity).name = name;
        }
    }

    private static void assertAfter(Object later, Object earlier) {
        if (later instanceof Number l) {
            assertThat(l.longValue()).isEqualTo(((Number) earlier).longValue() + 1);
        } else if (later instanceof Instant l) {
            assertThat(l).isAfter((Instant) earlier);
        } else {
            assertThat((LocalDateTime) later).isAfter((LocalDateTime) earlier);
        }
    }

    @ParameterizedTest
    @MethodSource("targetsAndKinds")
    void theVersionIsSetOnInsertAndMovesOnlyWhenSomethingChanged(Target target, Class<?> kind) {
        try (JpaUnit unit = JpaUnit.open(target, dir, kind)) {
            Object inserted = unit.tx(em -> {
                Object entity = make(kind, 1, "a");
                em.persist(entity);
                return entity;
            });
            Object first = get(inserted, "version");
            assertThat(first).isNotNull();
            if (first instanceof Number n) {
                assertThat(n.longValue()).isZero();
            }
            assertThat(unit.count("SELECT COUNT(*) FROM " + table(kind) + " WHERE version IS NOT NULL")).isEqualTo(1);

            unit.forget();
            Object untouched = unit.tx(em -> em.find(kind, 1L));
            assertThat(get(untouched, "version")).isEqualTo(first);
            assertThat(unit.writes()).isEmpty();

            Object changed = unit.tx(em -> {
                Object entity = em.find(kind, 1L);
                assertThat(get(entity, "version")).as("the version read back equals the one written")
                        .isEqualTo(first);
                setName(entity, "b");
                return entity;
            });
            Object second = get(changed, "version");
            assertAfter(second, first);
            assertThat(unit.writeSql()).containsExactly(
                    "UPDATE " + table(kind) + " SET name = ?, version = ? WHERE id = ? AND version = ?");
            try (EntityManager em = unit.em()) {
                Object reread = em.find(kind, 1L);
                assertThat(get(reread, "version")).isEqualTo(second);
                assertThat(get(reread, "name")).isEqualTo("b");
                PersistenceUnitUtil util = unit.emf().getPersistenceUnitUtil();
                assertThat(util.getVersion(reread)).isEqualTo(second);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("targetsAndKinds")
    void aChangeCommittedByAnotherEntityManagerMakesTheLaterCommitFail(Target target, Class<?> kind) {
        try (JpaUnit unit = JpaUnit.open(target, dir, kind)) {
            unit.tx(em -> {
                em.persist(make(kind, 7, "original"));
                return null;
            });
            try (EntityManager first = unit.em()) {
                Object mine = first.find(kind, 7L);
                unit.tx(em -> {
                    setName(em.find(kind, 7L), "theirs");
                    return null;
                });
                first.getTransaction().begin();
                setName(mine, "mine");
                assertStaleCommit(first, kind, mine);
            }
            assertThat(unit.rows("SELECT name FROM " + table(kind) + " WHERE id = 7"))
                    .containsExactly(List.of("theirs"));
        }
    }

    /**
     * Both transactions open at once. Only on MariaDB: SQLite's WAL gives the first transaction a
     * snapshot at its first read, so its later UPDATE fails with SQLITE_BUSY_SNAPSHOT before any
     * version check (and :memory: has one connection, so the two cannot overlap).
     */
    @ParameterizedTest
    @MethodSource("mariadbAndKinds")
    void aChangeCommittedDuringTheTransactionMakesItsCommitFail(Target target, Class<?> kind) {
        try (JpaUnit unit = JpaUnit.open(target, dir, kind)) {
            unit.tx(em -> {
                em.persist(make(kind, 7, "original"));
                return null;
            });
            try (EntityManager first = unit.em()) {
                first.getTransaction().begin();
                Object mine = first.find(kind, 7L);
                unit.tx(em -> {
                    setName(em.find(kind, 7L), "theirs");
                    return null;
                });
                setName(mine, "mine");
                assertStaleCommit(first, kind, mine);
            }
            assertThat(unit.rows("SELECT name FROM " + table(kind) + " WHERE id = 7"))
                    .containsExactly(List.of("theirs"));
        }
    }

    private static void assertStaleCommit(EntityManager em, Class<?> kind, Object mine) {
        RollbackException error = catchThrowableOfType(() -> em.getTransaction().commit(), RollbackException.class);
        assertThat(error).isNotNull();
        assertThat(error.getCause()).isInstanceOf(OptimisticLockException.class);
        assertThat(error.getCause().getMessage()).contains(kind.getSimpleName()).contains("id 7")
                .contains("another transaction changed or deleted it");
        assertThat(((OptimisticLockException) error.getCause()).getEntity()).isSameAs(mine);
        assertThat(em.getTransaction().isActive()).isFalse();
        assertThat(em.isOpen()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void optimisticForceIncrementBumpsTheVersionWithoutOtherChanges(Target target) {
        try (JpaUnit unit = JpaUnit.open(target, dir, IntVersioned.class)) {
            unit.tx(em -> {
                em.persist(make(IntVersioned.class, 3, "x"));
                return null;
            });
            unit.forget();
            IntVersioned locked = unit.tx(em -> {
                IntVersioned entity = em.find(IntVersioned.class, 3L);
                em.lock(entity, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
                assertThat(em.getLockMode(entity)).isEqualTo(LockModeType.OPTIMISTIC_FORCE_INCREMENT);
                return entity;
            });
            assertThat(locked.version).isEqualTo(1);
            assertThat(unit.writeSql()).containsExactly(
                    "UPDATE it_version_int SET version = ? WHERE id = ? AND version = ?");
            assertThat(unit.writes().get(0).parameterSets()).containsExactly(List.of(1, 3L, 0));
            assertThat(unit.rows("SELECT name, version FROM it_version_int")).containsExactly(List.of("x", 1));

            unit.forget();
            IntVersioned both = unit.tx(em -> {
                IntVersioned entity = em.find(IntVersioned.class, 3L, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
                entity.name = "y";
                return entity;
            });
            assertThat(both.version).as("a change and a forced increment move the version once").isEqualTo(2);
            assertThat(unit.writeSql()).containsExactly(
                    "UPDATE it_version_int SET name = ?, version = ? WHERE id = ? AND version = ?");
            assertThat(unit.rows("SELECT name, version FROM it_version_int")).containsExactly(List.of("y", 2));
        }
    }

    /** MariaDB only: on SQLite the read-only transaction reads one snapshot, so it is serializable as it is. */
    @ParameterizedTest
    @EnumSource(value = Target.class, names = "MARIADB")
    void anOptimisticReadLockFailsTheCommitWhenAnotherTransactionChangedTheRow(Target target) {
        try (JpaUnit unit = JpaUnit.open(target, dir, IntVersioned.class)) {
            unit.tx(em -> {
                em.persist(make(IntVersioned.class, 4, "x"));
                return null;
            });
            try (EntityManager first = unit.em()) {
                first.getTransaction().begin();
                first.find(IntVersioned.class, 4L, LockModeType.OPTIMISTIC);
                unit.tx(em -> {
                    em.find(IntVersioned.class, 4L).name = "changed";
                    return null;
                });
                RollbackException error = catchThrowableOfType(() -> first.getTransaction().commit(),
                        RollbackException.class);
                assertThat(error.getCause()).isInstanceOf(OptimisticLockException.class)
                        .hasMessageContaining("IntVersioned").hasMessageContaining("id 4");
            }
            assertThat(unit.rows("SELECT name, version FROM it_version_int")).containsExactly(List.of("changed", 1));
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void aRemoveOfAStaleInstanceFailsAndTheRowStays(Target target) {
        try (JpaUnit unit = JpaUnit.open(target, dir, IntVersioned.class)) {
            unit.tx(em -> {
                em.persist(make(IntVersioned.class, 5, "x"));
                return null;
            });
            IntVersioned detached = unit.tx(em -> em.find(IntVersioned.class, 5L));
            unit.tx(em -> {
                em.find(IntVersioned.class, 5L).name = "newer";
                return null;
            });
            try (EntityManager em = unit.em()) {
                em.getTransaction().begin();
                Throwable error = catchThrowableOfType(() -> em.merge(detached), OptimisticLockException.class);
                assertThat(error).as("merge of a stale detached instance").isNotNull()
                        .hasMessageContaining("IntVersioned").hasMessageContaining("id 5");
                em.getTransaction().rollback();
            }
            assertThat(unit.rows("SELECT name, version FROM it_version_int")).containsExactly(List.of("newer", 1));
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void aStaleRowInABatchedUpdateOrDeleteFailsTheCommitAndNothingIsWritten(Target target) {
        try (JpaUnit unit = JpaUnit.open(target, dir, IntVersioned.class)) {
            unit.tx(em -> {
                for (long id = 1; id <= 3; id++) {
                    em.persist(make(IntVersioned.class, id, "v" + id));
                }
                return null;
            });
            for (boolean delete : new boolean[] {false, true}) {
                try (EntityManager mine = unit.em()) {
                    List<IntVersioned> loaded = List.of(mine.find(IntVersioned.class, 1L),
                            mine.find(IntVersioned.class, 2L), mine.find(IntVersioned.class, 3L));
                    unit.tx(em -> {
                        IntVersioned theirs = em.find(IntVersioned.class, 2L);
                        theirs.name = "theirs";
                        em.lock(theirs, LockModeType.OPTIMISTIC_FORCE_INCREMENT); // moves on in both rounds
                        return null;
                    });
                    unit.forget();
                    mine.getTransaction().begin();
                    for (IntVersioned entity : loaded) {
                        if (delete) {
                            mine.remove(entity);
                        } else {
                            entity.name = "mine";
                        }
                    }
                    RollbackException error = catchThrowableOfType(() -> mine.getTransaction().commit(),
                            RollbackException.class);
                    assertThat(unit.writes()).singleElement().satisfies(e -> assertThat(e.batch()).isTrue());
                    assertThat(error).as(delete ? "DELETE" : "UPDATE").isNotNull();
                    assertThat(error.getCause()).isInstanceOf(OptimisticLockException.class)
                            .hasMessageContaining("IntVersioned").hasMessageContaining("id 2");
                }
                assertThat(unit.rows("SELECT id, name FROM it_version_int ORDER BY id"))
                        .extracting(r -> r.get(1)).containsExactly("v1", "theirs", "v3");
            }
        }
    }
}
