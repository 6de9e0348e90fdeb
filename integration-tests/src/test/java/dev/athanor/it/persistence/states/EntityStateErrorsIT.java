package dev.athanor.it.persistence.states;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.athanor.core.error.AthanorError;
import dev.athanor.core.error.ErrorCode;
import dev.athanor.it.Target;
import dev.athanor.it.persistence.JpaUnit;
import dev.athanor.it.persistence.states.StateEntities.Book;
import dev.athanor.it.persistence.states.StateEntities.Note;
import dev.athanor.it.persistence.states.StateEntities.Plain;
import jakarta.persistence.EntityExistsException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityNotFoundException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.RollbackException;
import jakarta.persistence.TransactionRequiredException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Wrong operations for an instance's state: the exception the specification names, a useful message, nothing half-written. */
class EntityStateErrorsIT {

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

    @ParameterizedTest
    @EnumSource(Target.class)
    void persistOfADetachedEntityIsEntityExists(Target target) {
        try (JpaUnit unit = unit(target)) {
            Note note = unit.tx(em -> {
                Note n = new Note();
                n.text = "hi";
                em.persist(n);
                return n;
            });
            unit.forget();
            try (EntityManager em = unit.em()) {
                em.getTransaction().begin();
                EntityExistsException error = catchThrowableOfType(() -> em.persist(note),
                        EntityExistsException.class);
                assertThat(error).hasMessageContaining("Note").hasMessageContaining("id " + note.id)
                        .hasMessageContaining("merge()");
                em.getTransaction().commit();
            }
            assertThat(unit.writes()).isEmpty();
            assertThat(unit.count("SELECT COUNT(*) FROM it_states_note")).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void persistOfADuplicateIdInTheContextIsEntityExistsAtOnce(Target target) {
        try (JpaUnit unit = unit(target); EntityManager em = unit.em()) {
            em.getTransaction().begin();
            em.find(Book.class, 1L);
            EntityExistsException error = catchThrowableOfType(() -> em.persist(new Book(1, "Other")),
                    EntityExistsException.class);
            assertThat(error).hasMessageContaining("Book").hasMessageContaining("id 1");
            em.getTransaction().commit();
            assertThat(unit.rows("SELECT title FROM it_states_book")).containsExactly(List.of("Dune"));
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void persistOfADuplicateIdNotInTheContextFailsTheCommitWithTheUniqueViolation(Target target) {
        try (JpaUnit unit = unit(target); EntityManager em = unit.em()) {
            em.getTransaction().begin();
            em.persist(new Book(2, "New"));
            em.persist(new Book(1, "Clash"));
            RollbackException error = catchThrowableOfType(() -> em.getTransaction().commit(),
                    RollbackException.class);
            assertThat(error.getCause()).isInstanceOf(PersistenceException.class).isInstanceOf(AthanorError.class);
            assertThat(((AthanorError) error.getCause()).code()).isEqualTo(ErrorCode.UNIQUE_VIOLATION);
            assertThat(error).hasMessageContaining("it_states_book");
            assertThat(em.getTransaction().isActive()).isFalse();
            assertThat(unit.rows("SELECT id, title FROM it_states_book"))
                    .extracting(r -> ((Number) r.get(0)).longValue(), r -> r.get(1))
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(1L, "Dune"));
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void removeOfADetachedEntityIsIllegalArgument(Target target) {
        try (JpaUnit unit = unit(target)) {
            Book detached = unit.tx(em -> em.find(Book.class, 1L));
            try (EntityManager em = unit.em()) {
                em.getTransaction().begin();
                IllegalArgumentException error = catchThrowableOfType(() -> em.remove(detached),
                        IllegalArgumentException.class);
                assertThat(error).hasMessageContaining("Book").hasMessageContaining("id 1")
                        .hasMessageContaining("merge()");
                em.getTransaction().commit();
            }
            assertThat(unit.count("SELECT COUNT(*) FROM it_states_book")).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void findWithANullIdAWrongIdTypeOrANonEntityIsIllegalArgument(Target target) {
        try (JpaUnit unit = unit(target); EntityManager em = unit.em()) {
            assertThat(catchThrowable(() -> em.find(Book.class, null)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Book")
                    .hasMessageContaining("null");
            assertThat(catchThrowable(() -> em.find(Book.class, "1")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("java.lang.String")
                    .hasMessageContaining("Long");
            assertThat(catchThrowable(() -> em.find(Plain.class, 1L)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(Plain.class.getName());
            assertThat(unit.sql()).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void refreshOfARowAnotherEntityManagerDeletedIsEntityNotFound(Target target) {
        try (JpaUnit unit = unit(target); EntityManager em = unit.em()) {
            Book mine = em.find(Book.class, 1L);
            unit.tx(other -> {
                other.remove(other.find(Book.class, 1L));
                return null;
            });
            EntityNotFoundException error = catchThrowableOfType(() -> em.refresh(mine),
                    EntityNotFoundException.class);
            assertThat(error).hasMessageContaining("Book").hasMessageContaining("id 1");
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void getReferenceOfAMissingIdIsEntityNotFound(Target target) {
        try (JpaUnit unit = unit(target); EntityManager em = unit.em()) {
            Throwable error = catchThrowable(() -> em.getReference(Book.class, 404L).title.length());
            assertThat(error).isInstanceOf(EntityNotFoundException.class).hasMessageContaining("Book")
                    .hasMessageContaining("404");
            assertThat(em.getReference(Book.class, 1L).title).isEqualTo("Dune");
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void flushWithoutATransactionIsTransactionRequired(Target target) {
        try (JpaUnit unit = unit(target); EntityManager em = unit.em()) {
            em.persist(new Book(5, "pending"));
            assertThat(catchThrowable(em::flush)).isInstanceOf(TransactionRequiredException.class)
                    .hasMessageContaining("flush()");
            assertThat(unit.writes()).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void operationsOnAClosedEntityManagerAreIllegalState(Target target) {
        try (JpaUnit unit = unit(target)) {
            EntityManager em = unit.em();
            Book book = em.find(Book.class, 1L);
            em.close();
            assertThat(em.isOpen()).isFalse();
            List<Runnable> operations = List.of(() -> em.find(Book.class, 1L), () -> em.persist(new Book(9, "x")),
                    () -> em.merge(book), () -> em.remove(book), () -> em.refresh(book), em::flush, em::clear,
                    () -> em.contains(book), em::getTransaction, em::close, () -> em.detach(book));
            for (Runnable operation : operations) {
                assertThat(catchThrowable(operation::run)).isInstanceOf(IllegalStateException.class)
                        .hasMessageContaining("closed");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void commitAfterSetRollbackOnlyIsRollbackAndWritesNothing(Target target) {
        try (JpaUnit unit = unit(target); EntityManager em = unit.em()) {
            em.getTransaction().begin();
            em.persist(new Book(2, "never"));
            em.find(Book.class, 1L).title = "changed";
            em.getTransaction().setRollbackOnly();
            assertThat(em.getTransaction().getRollbackOnly()).isTrue();
            assertThat(catchThrowable(() -> em.getTransaction().commit())).isInstanceOf(RollbackException.class)
                    .hasMessageContaining("rollback-only");
            assertThat(em.getTransaction().isActive()).isFalse();
            assertThat(unit.writes()).isEmpty();
            assertThat(unit.rows("SELECT id, title FROM it_states_book"))
                    .extracting(r -> ((Number) r.get(0)).longValue(), r -> r.get(1))
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(1L, "Dune"));
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void aFailedCommitLeavesTheDatabaseAsItWasAndTheEntityManagerUsable(Target target) {
        try (JpaUnit unit = unit(target); EntityManager em = unit.em()) {
            em.getTransaction().begin();
            em.find(Book.class, 1L).title = "Dune Messiah";
            for (int i = 1; i <= 5; i++) {
                em.persist(new Book(10 + i, i == 3 ? null : "b" + i));
            }
            RollbackException error = catchThrowableOfType(() -> em.getTransaction().commit(),
                    RollbackException.class);
            assertThat(error.getCause()).isInstanceOf(PersistenceException.class);
            assertThat(error).hasMessageContaining("title");
            assertThat(em.getTransaction().isActive()).isFalse();
            assertThat(unit.rows("SELECT id, title FROM it_states_book"))
                    .extracting(r -> ((Number) r.get(0)).longValue(), r -> r.get(1))
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(1L, "Dune"));

            em.getTransaction().begin();
            em.persist(new Book(20, "after"));
            em.find(Book.class, 1L).pages = 412;
            em.getTransaction().commit();
            assertThat(unit.rows("SELECT id, title, pages FROM it_states_book ORDER BY id"))
                    .extracting(r -> ((Number) r.get(0)).longValue(), r -> r.get(1), r -> ((Number) r.get(2)).intValue())
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(1L, "Dune", 412),
                            org.assertj.core.groups.Tuple.tuple(20L, "after", 0));
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void aFailedFlushMarksTheTransactionRollbackOnly(Target target) {
        try (JpaUnit unit = unit(target); EntityManager em = unit.em()) {
            em.getTransaction().begin();
            em.persist(new Book(2, "fine"));
            em.persist(new Book(3, null));
            assertThat(catchThrowable(em::flush)).isInstanceOf(PersistenceException.class)
                    .hasMessageContaining("title");
            assertThat(em.getTransaction().getRollbackOnly()).isTrue();
            assertThat(catchThrowable(() -> em.getTransaction().commit())).isInstanceOf(RollbackException.class);
            assertThat(unit.count("SELECT COUNT(*) FROM it_states_book")).isEqualTo(1);
            em.getTransaction().begin();
            em.persist(new Book(2, "again"));
            em.getTransaction().commit();
            assertThat(unit.count("SELECT COUNT(*) FROM it_states_book")).isEqualTo(2);
        }
    }
}
