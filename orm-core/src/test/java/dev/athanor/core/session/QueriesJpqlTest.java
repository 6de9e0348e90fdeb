package dev.athanor.core.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athanor.core.query.QueryPlan;
import dev.athanor.core.session.fixtures.Clubs.Player;
import dev.athanor.core.session.fixtures.Clubs.Team;
import dev.athanor.core.session.fixtures.Gigs.Genre;
import dev.athanor.core.session.fixtures.Gigs.GigView;
import dev.athanor.runtime.TrackedCollection;
import java.util.List;
import org.junit.jupiter.api.Test;

/** JPQL compiled by the factory's plan cache and run through the session: the compiler and the session together. */
class QueriesJpqlTest extends QueryDatabase {

    private List<Object> list(Session session, String jpql, QueryOptions options, Object... arguments) {
        return session.queries().list(factory.plan(jpql), arguments, options);
    }

    @Test
    void theFactoryCompilesEachTextOnce() {
        QueryPlan plan = factory.plan("SELECT p FROM Player p");
        assertThat(factory.plan("SELECT p FROM Player p")).isSameAs(plan);
        assertThat(factory.queryPlans().compilations()).isEqualTo(1);
    }

    @Test
    void entitiesByANamedParameterAreTheManagedInstances() {
        try (Session session = factory.openSession()) {
            Team reds = session.find(Team.class, 1L, null);
            List<Object> players = list(session, "SELECT p FROM Player p WHERE p.team = :team ORDER BY p.name",
                    QueryOptions.DEFAULT, reds);
            assertThat(players).extracting(p -> ((Player) p).name).containsExactly("Adam", "Mia", "Zoe");
            assertThat(((Player) players.get(0)).team).isSameAs(reds);
        }
    }

    @Test
    void scalarsAggregatesAndConstructorResults() {
        try (Session session = factory.openSession()) {
            assertThat(list(session, "SELECT g.genre, g.soldOut FROM Gig g WHERE g.id = 1", QueryOptions.DEFAULT))
                    .singleElement().satisfies(row -> assertThat((Object[]) row).containsExactly(Genre.JAZZ, true));
            assertThat(list(session, "SELECT COUNT(p) FROM Player p WHERE p.team.name = 'Reds'", QueryOptions.DEFAULT))
                    .containsExactly(3L);
            assertThat(list(session, "SELECT NEW " + GigView.class.getName() + "(g.id, g.genre) FROM Gig g"
                    + " WHERE g.genre = :genre ORDER BY g.id", QueryOptions.DEFAULT, Genre.JAZZ))
                    .containsExactly(new GigView(1, Genre.JAZZ), new GigView(3, Genre.JAZZ));
        }
    }

    @Test
    void inACollectionParameter() {
        try (Session session = factory.openSession()) {
            assertThat(list(session, "SELECT p.name FROM Player p WHERE p.id IN :ids ORDER BY p.id",
                    QueryOptions.DEFAULT, List.of(10L, 20L, 30L))).containsExactly("Zoe", "Bo", "Cy");
            assertThat(list(session, "SELECT p.name FROM Player p WHERE p.id IN :ids", QueryOptions.DEFAULT,
                    List.of())).isEmpty();
        }
    }

    @Test
    void aFetchJoinedCollectionPagedByRoots() {
        try (Session session = factory.openSession()) {
            List<Object> teams = list(session, "SELECT t FROM Team t LEFT JOIN FETCH t.players ORDER BY t.id",
                    QueryOptions.DEFAULT.withFirstResult(1).withMaxResults(2));
            assertThat(teams).extracting(t -> ((Team) t).name).containsExactly("Blues", "Greens");
            assertThat(((TrackedCollection<?>) ((Team) teams.get(0)).players).isLoaded()).isTrue();
            assertThat(((Team) teams.get(0)).players).extracting(p -> p.name).containsExactly("Bo");
            assertThat(sql.stream().filter(s -> s.startsWith("SELECT")).count()).isEqualTo(2);
        }
    }

    @Test
    void aBulkUpdateCountsItsRows() {
        try (Session session = factory.openSession()) {
            session.transaction().begin();
            int count = session.queries().execute(factory.plan("UPDATE Player p SET p.name = :name WHERE p.id > 15"),
                    new Object[] {"renamed"}, QueryOptions.DEFAULT);
            session.transaction().commit();
            assertThat(count).isEqualTo(2);
        }
        assertThat(jdbc("SELECT COUNT(*) FROM Player WHERE name = 'renamed'")).isEqualTo(2);
    }

    @Test
    void setOperationsPageEmbeddedValuesAndLeftJoinedNulls() {
        try (Session session = factory.openSession()) {
            assertThat(list(session, "SELECT t.name AS n FROM Team t WHERE t.id < 3 UNION SELECT p.name FROM Player p"
                    + " WHERE p.id > 15 ORDER BY n", QueryOptions.DEFAULT.withFirstResult(1).withMaxResults(2)))
                    .containsExactly("Bo", "Cy");
            List<Object> venues = list(session, "SELECT g.venue FROM Gig g ORDER BY g.id", QueryOptions.DEFAULT);
            assertThat(venues).hasSize(3);
            assertThat(((dev.athanor.core.session.fixtures.Gigs.Venue) venues.get(1)).city).isEqualTo("Rome");
            List<Object> rows = list(session, "SELECT t, p FROM Team t LEFT JOIN t.players p WHERE t.id = 4",
                    QueryOptions.DEFAULT);
            assertThat(rows).singleElement().satisfies(row -> {
                assertThat(((Team) ((Object[]) row)[0]).name).isEqualTo("Empty");
                assertThat(((Object[]) row)[1]).isNull();
            });
        }
    }

    @Test
    void aStreamOfAJpqlQueryAndAFetchedToOne() {
        try (Session session = factory.openSession()) {
            try (java.util.stream.Stream<Object> players = session.queries().stream(factory.plan(
                    "SELECT p FROM Player p JOIN FETCH p.team WHERE p.name NOT IN :names ORDER BY p.id"),
                    new Object[] {List.of()}, QueryOptions.DEFAULT)) {
                assertThat(players.map(p -> ((Player) p).team.name)).containsExactly("Reds", "Reds", "Reds", "Blues",
                        "Greens");
            }
            assertThat(sql.stream().filter(s -> s.startsWith("SELECT")).count()).isEqualTo(1);
        }
    }
}
