package dev.athanor.it.query.jpql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.it.Target;
import dev.athanor.it.persistence.JpaUnit;
import dev.athanor.it.persistence.collections.Ordered;
import jakarta.persistence.EntityManager;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code INDEX(x)} of the variable of a join over a list with an {@code @OrderColumn} is that
 * column, in the element's table or in the join table, in SELECT, WHERE and ORDER BY; applied to
 * anything else it is an error with the query's line and column. The expectations come from the
 * rows {@link Ordered#seed} wrote with plain JDBC.
 */
class IndexFunctionIT {

    @TempDir
    Path dir;

    private static List<List<Object>> rows(List<Object[]> result) {
        return result.stream().map(Arrays::asList).toList();
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void indexReadsThePositionFromTheElementsTableInSelectWhereAndOrderBy(Target target) {
        try (JpaUnit unit = JpaUnit.open(target, dir, Ordered.ALL)) {
            Ordered.seed(unit);
            try (EntityManager em = unit.em()) {
                List<Object[]> jobs = em.createQuery("SELECT j.label, INDEX(j) FROM Queue q JOIN q.jobs j"
                        + " WHERE q.id = 1 ORDER BY INDEX(j)", Object[].class).getResultList();
                assertThat(rows(jobs)).containsExactly(List.of("j2", 0), List.of("j4", 1), List.of("j1", 2),
                        List.of("j3", 3));
                assertThat(em.createQuery("SELECT j.label FROM Queue q JOIN q.jobs j WHERE INDEX(j) = 0"
                        + " ORDER BY q.id", String.class).getResultList()).containsExactly("j2", "j6");
                assertThat(em.createQuery("SELECT r.name FROM Race race JOIN race.runners r ORDER BY INDEX(r) DESC",
                        String.class).getResultList()).containsExactly("Bo", "Ada", "Cy"); // mappedBy
                assertThat(em.createQuery("SELECT INDEX(j) FROM Queue q JOIN q.jobs j WHERE j.label = :label",
                        Integer.class).setParameter("label", "j3").getSingleResult()).isEqualTo(3);
            }
            assertThat(unit.sql()).allSatisfy(sql -> assertThat(sql).doesNotContain("INDEX("));
            assertThat(unit.sql().get(unit.sql().size() - 1)).contains("jobs_ORDER");
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void indexReadsThePositionFromTheJoinTableOfAOneToManyAndOfAManyToMany(Target target) {
        try (JpaUnit unit = JpaUnit.open(target, dir, Ordered.ALL)) {
            Ordered.seed(unit);
            try (EntityManager em = unit.em()) {
                assertThat(em.createQuery("SELECT s.title FROM Album a JOIN a.songs s WHERE INDEX(s) < 2"
                        + " ORDER BY INDEX(s) DESC", String.class).getResultList()).containsExactly("a", "c");
                assertThat(rows(em.createQuery("SELECT INDEX(n), n.title FROM Reader r JOIN r.reading n"
                        + " ORDER BY INDEX(n)", Object[].class).getResultList()))
                        .containsExactly(List.of(0, "Dune"), List.of(1, "Emma"), List.of(2, "Dune"));
                assertThat(em.createQuery("SELECT COUNT(n) FROM Reader r LEFT JOIN r.reading n WHERE INDEX(n) > 0",
                        Long.class).getSingleResult()).isEqualTo(2L);
            }
            assertThat(unit.sql()).anySatisfy(sql -> assertThat(sql).contains("it_ord_album_song")
                    .contains("track_no"));
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void indexOfARootAToOneJoinOrAPathIsAnErrorSayingWhereAndWhatToDo(Target target) {
        try (JpaUnit unit = JpaUnit.open(target, dir, Ordered.ALL); EntityManager em = unit.em()) {
            assertThatThrownBy(() -> em.createQuery("SELECT INDEX(q) FROM Queue q"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("ATH-9004")
                    .hasMessageContaining("line 1, column 14")
                    .hasMessageContaining("INDEX(q): q is a root of the FROM clause, not a join over a list")
                    .hasMessageContaining("@OrderColumn");
            assertThatThrownBy(() -> em.createQuery("SELECT r.name FROM Runner r JOIN r.race race\n"
                    + "WHERE INDEX(race) = 1"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("line 2, column 13")
                    .hasMessageContaining("a join over the to-one Runner.race");
            assertThatThrownBy(() -> em.createQuery("SELECT INDEX(j.label) FROM Queue q JOIN q.jobs j"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("INDEX takes an identification variable")
                    .hasMessageContaining("JOIN p.items i");
        }
    }
}
