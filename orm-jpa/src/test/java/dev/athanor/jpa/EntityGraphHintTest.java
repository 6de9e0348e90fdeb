package dev.athanor.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.core.meta.Metadata;
import dev.athanor.core.query.QueryPlan;
import dev.athanor.jpa.query.Author;
import dev.athanor.jpa.query.Novel;
import jakarta.persistence.EntityGraph;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.TypedQuery;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EntityGraphHintTest {

    @TempDir
    java.nio.file.Path dir;

    @Test
    void aFetchGraphAddsFetchJoinsToTheRootAndCanBeTakenAwayAgain() throws Exception {
        try (EntityManagerFactory emf = QueryTestUnits.open(dir, Author.class, Novel.class);
                EntityManager em = emf.createEntityManager()) {
            QueryTestUnits.jdbc(dir, "insert into Author (id, name) values (1, 'Le Guin')",
                    "insert into Novel (id, title, author_id) values (10, 'The Dispossessed', 1)",
                    "insert into Novel (id, title, author_id) values (11, 'The Lathe of Heaven', 1)");
            EntityGraphs graphs = new EntityGraphs(emf.unwrap(Metadata.class));
            EntityGraph<Author> withNovels = graphs.createEntityGraph(Author.class);
            withNovels.addAttributeNodes("novels");

            TypedQuery<Author> query = em.createQuery("select a from Author a where a.name like :n", Author.class)
                    .setParameter("n", "Le%");
            assertThat(query.unwrap(QueryPlan.class).fetches()).isEmpty();
            query.setHint("jakarta.persistence.fetchgraph", withNovels);
            assertThat(query.unwrap(QueryPlan.class).fetches()).hasSize(1);
            assertThat(query.getHints()).containsEntry("jakarta.persistence.fetchgraph", withNovels);

            List<Author> authors = query.getResultList();
            assertThat(authors).hasSize(1);
            assertThat(authors.get(0).novels).extracting(n -> n.title)
                    .containsExactlyInAnyOrder("The Dispossessed", "The Lathe of Heaven");

            query.setHint("jakarta.persistence.fetchgraph", null);
            assertThat(query.unwrap(QueryPlan.class).fetches()).isEmpty();
        }
    }

    @Test
    void graphsApplyToSelectsOfEntitiesOnly() throws Exception {
        try (EntityManagerFactory emf = QueryTestUnits.open(dir, Author.class, Novel.class);
                EntityManager em = emf.createEntityManager()) {
            EntityGraph<Author> graph = new EntityGraphs(emf.unwrap(Metadata.class)).createEntityGraph(Author.class);
            assertThatThrownBy(() -> em.createQuery("update Author a set a.name = 'x'")
                    .setHint("jakarta.persistence.loadgraph", graph))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ATH-9007")
                    .hasMessageContaining("UPDATE");
            assertThatThrownBy(() -> em.createQuery("select a from Author a")
                    .setHint("jakarta.persistence.loadgraph", 42))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("java.lang.Integer");
        }
    }
}
