package dev.athanor.it.query.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.it.Target;
import dev.athanor.it.persistence.JpaUnit;
import dev.athanor.it.persistence.collections.Ordered;
import dev.athanor.it.persistence.collections.Ordered.Album;
import dev.athanor.it.persistence.collections.Ordered.Job;
import dev.athanor.it.persistence.collections.Ordered.Queue;
import dev.athanor.it.persistence.collections.Ordered.Song;
import dev.athanor.it.query.ShopData;
import dev.athanor.it.query.model.Customer;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.ListJoin;
import jakarta.persistence.criteria.Root;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code ListJoin.index()}: a join of a {@code List} is a {@code ListJoin}, and its index is JPQL's
 * {@code INDEX}, translated to the same SQL as the JPQL query that says the same.
 */
class CriteriaListIndexIT {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Target.class)
    void indexSelectsFiltersAndOrdersLikeJpqlAndRendersTheSameSql(Target target) {
        try (JpaUnit unit = JpaUnit.open(target, dir, Ordered.ALL)) {
            Ordered.seed(unit);
            try (EntityManager em = unit.em()) {
                CriteriaBuilder cb = em.getCriteriaBuilder();
                CriteriaQuery<Object[]> q = cb.createQuery(Object[].class);
                Root<Queue> queue = q.from(Queue.class);
                ListJoin<Queue, Job> jobs = queue.joinList("jobs");
                q.multiselect(jobs.get("label"), jobs.index())
                        .where(cb.equal(queue.get("id"), 1L), cb.lessThan(jobs.index(), 3))
                        .orderBy(cb.desc(jobs.index()));
                unit.forget();
                List<List<Object>> criteria = em.createQuery(q).getResultList().stream().map(Arrays::asList).toList();
                assertThat(criteria).containsExactly(List.of("j1", 2), List.of("j4", 1), List.of("j2", 0));
                String criteriaSql = unit.sql().get(0);

                unit.forget();
                List<Object[]> jpql = em.createQuery("SELECT j.label, INDEX(j) FROM Queue q JOIN q.jobs j"
                        + " WHERE q.id = 1 AND INDEX(j) < 3 ORDER BY INDEX(j) DESC", Object[].class).getResultList();
                assertThat(jpql.stream().map(Arrays::asList).toList()).isEqualTo(criteria);
                assertThat(unit.sql().get(0).replaceAll("\\?|\\b1\\b|\\b3\\b", "_"))
                        .isEqualTo(criteriaSql.replaceAll("\\?|\\b1\\b|\\b3\\b", "_"));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void joiningAListAttributeGivesAListJoinWhoseIndexReadsTheJoinTable(Target target) {
        try (JpaUnit unit = JpaUnit.open(target, dir, Ordered.ALL)) {
            Ordered.seed(unit);
            try (EntityManager em = unit.em()) {
                CriteriaBuilder cb = em.getCriteriaBuilder();
                CriteriaQuery<String> q = cb.createQuery(String.class);
                Root<Album> album = q.from(Album.class);
                Join<Album, Song> songs = album.join("songs");
                assertThat(songs).isInstanceOf(ListJoin.class);
                q.select(songs.get("title")).orderBy(cb.asc(((ListJoin<Album, Song>) songs).index()));
                assertThat(em.createQuery(q).getResultList()).containsExactly("c", "a", "b");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void theIndexOfAListWithoutOrderColumnIsAnErrorNamingTheAttribute(Target target) {
        try (JpaUnit unit = ShopData.open(target, dir); EntityManager em = unit.em()) {
            CriteriaBuilder cb = em.getCriteriaBuilder();
            CriteriaQuery<Integer> q = cb.createQuery(Integer.class);
            q.select(q.from(Customer.class).joinList("orders").index());
            assertThatThrownBy(() -> em.createQuery(q))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("ATH-9007")
                    .hasMessageContaining("Customer.orders is a list without @OrderColumn")
                    .hasMessageContaining("@OrderColumn");
        }
    }
}
