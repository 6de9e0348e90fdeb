package dev.athanor.it.persistence.states;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.athanor.it.Target;
import dev.athanor.it.persistence.JpaUnit;
import dev.athanor.it.persistence.states.StateEntities.Book;
import dev.athanor.it.persistence.states.StateEntities.Note;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** merge, detach, clear, contains, refresh, flush modes, and the transaction and connection helpers. */
class LifecycleIT {

    @TempDir
    Path dir;

    private JpaUnit unit(Target target) {
        JpaUnit unit = JpaUnit.open(target, dir, Book.class, Note.class);
        unit.tx(em -> {
            em.persist(new Book(1, "Dune"));
            return null;
        });
        unit.forget();
        return unit;
    }

    private static String title(JpaUnit unit, long id) {
        List<List<Object>> rows = unit.rows("SELECT title FROM it_states_book WHERE id = ?", id);
        return rows.isEmpty() ? null : (String) rows.get(0).get(0);
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void mergeOfADetachedModifiedEntityIsOneUpdate(Target target) {
        try (JpaUnit unit = unit(target)) {
            Book detached = unit.tx(em -> em.find(Book.class, 1L));
            detached.title = "Dune Messiah";
            unit.forget();
            Book managed = unit.tx(em -> {
                Book m = em.merge(detached);
                assertThat(m).isNotSameAs(detached);
                assertThat(em.contains(m)).isTrue();
                assertThat(em.contains(detached)).isFalse();
                return m;
            });
            assertThat(managed.title).isEqualTo("Dune Messiah");
            assertThat(unit.writeSql()).containsExactly("UPDATE it_states_book SET title = ? WHERE id = ?");
            assertThat(title(unit, 1)).isEqualTo("Dune Messiah");
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void mergeOfANewEntityInsertsAndReturnsAnotherManagedInstance(Target target) {
        try (JpaUnit unit = unit(target)) {
            Note fresh = new Note();
            fresh.text = "new";
            Note managed = unit.tx(em -> {
                Note m = em.merge(fresh);
                assertThat(m).isNotSameAs(fresh);
                assertThat(em.contains(m)).isTrue();
                assertThat(em.contains(fresh)).isFalse();
                return m;
            });
            assertThat(fresh.id).as("the argument stays new").isNull();
            assertThat(managed.id).isNotNull();
            assertThat(unit.writeSql()).singleElement().asString().startsWith("INSERT INTO it_states_note");
            assertThat(unit.rows("SELECT id, text, version FROM it_states_note"))
                    .extracting(r -> ((Number) r.get(0)).longValue(), r -> r.get(1), r -> ((Number) r.get(2)).intValue())
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(managed.id, "new", 0));
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void changesAfterDetachOrClearAreNotWritten(Target target) {
        try (JpaUnit unit = unit(target)) {
            unit.tx(em -> {
                em.persist(new Book(2, "Two"));
                return null;
            });
            unit.forget();
            unit.tx(em -> {
                Book one = em.find(Book.class, 1L);
                em.detach(one);
                assertThat(em.contains(one)).isFalse();
                one.title = "lost";
                Book two = em.find(Book.class, 2L);
                em.clear();
                assertThat(em.contains(two)).isFalse();
                two.title = "lost too";
                Book pending = new Book(3, "never");
                em.persist(pending);
                em.detach(pending);
                return null;
            });
            assertThat(unit.writes()).isEmpty();
            assertThat(title(unit, 1)).isEqualTo("Dune");
            assertThat(title(unit, 2)).isEqualTo("Two");
            assertThat(title(unit, 3)).isNull();
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void refreshOverwritesLocalChanges(Target target) {
        try (JpaUnit unit = unit(target); EntityManager em = unit.em()) {
            em.getTransaction().begin();
            Book book = em.find(Book.class, 1L);
            book.title = "local";
            book.pages = 7;
            em.refresh(book);
            assertThat(book.title).isEqualTo("Dune");
            assertThat(book.pages).isZero();
            em.getTransaction().commit();
            assertThat(unit.writes()).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void flushModeIsAutoByDefaultAndCommitDefersWritesToTheCommit(Target target) {
        try (JpaUnit unit = unit(target)) {
            try (EntityManager em = unit.em()) {
                assertThat(em.getFlushMode()).isEqualTo(FlushModeType.AUTO);
                em.setFlushMode(FlushModeType.COMMIT);
                assertThat(em.getFlushMode()).isEqualTo(FlushModeType.COMMIT);
                em.getTransaction().begin();
                em.persist(new Book(2, "Two"));
                em.find(Book.class, 1L).pages = 3;
                assertThat(unit.writes()).isEmpty();
                em.getTransaction().commit();
                assertThat(unit.writes()).hasSize(2);
            }
            try (EntityManager em = unit.emf().createEntityManager(
                    Map.of("jakarta.persistence.flushMode", "COMMIT"))) {
                assertThat(em.getFlushMode()).isEqualTo(FlushModeType.COMMIT);
            }
            assertThat(title(unit, 2)).isEqualTo("Two");
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void runAndCallInTransactionCommitAndRollBackOnAnException(Target target) {
        try (JpaUnit unit = unit(target)) {
            unit.emf().runInTransaction(em -> em.persist(new Book(2, "Two")));
            assertThat(title(unit, 2)).isEqualTo("Two");
            String read = unit.emf().callInTransaction(em -> em.find(Book.class, 2L).title);
            assertThat(read).isEqualTo("Two");

            IllegalStateException boom = new IllegalStateException("boom");
            Throwable thrown = catchThrowable(() -> unit.emf().runInTransaction(em -> {
                em.persist(new Book(3, "Three"));
                em.find(Book.class, 1L).title = "gone";
                em.flush();
                throw boom;
            }));
            assertThat(thrown).isSameAs(boom);
            assertThat(title(unit, 3)).isNull();
            assertThat(title(unit, 1)).isEqualTo("Dune");
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void callWithConnectionSeesTheTransactionsUncommittedRows(Target target) {
        try (JpaUnit unit = unit(target); EntityManager em = unit.em()) {
            em.getTransaction().begin();
            em.persist(new Book(2, "Two"));
            em.flush();
            long inside = em.callWithConnection((Connection c) ->
                    ((Number) JpaUnit.query(c, "SELECT COUNT(*) FROM it_states_book").get(0).get(0)).longValue());
            assertThat(inside).isEqualTo(2);
            if (target != Target.SQLITE_MEMORY) {
                assertThat(unit.count("SELECT COUNT(*) FROM it_states_book")).as("not visible outside yet")
                        .isEqualTo(1);
            }
            em.getTransaction().rollback();
            assertThat(unit.count("SELECT COUNT(*) FROM it_states_book")).isEqualTo(1);
        }
    }
}
