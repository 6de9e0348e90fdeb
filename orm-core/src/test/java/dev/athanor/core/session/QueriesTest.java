package dev.athanor.core.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.core.config.SessionSettings;
import dev.athanor.core.engine.Engine;
import dev.athanor.core.engine.ExecutionListener;
import dev.athanor.core.engine.StatementEvent;
import dev.athanor.core.meta.AttributeModel;
import dev.athanor.core.meta.EntityModel;
import dev.athanor.core.meta.Metadata;
import dev.athanor.core.meta.build.MetadataBuilder;
import dev.athanor.core.query.QueryPlan;
import dev.athanor.core.query.QueryPlan.Conversion;
import dev.athanor.core.query.QueryPlan.EntityNode;
import dev.athanor.core.query.QueryPlan.Fetch;
import dev.athanor.core.query.QueryPlan.ParameterUse;
import dev.athanor.core.query.QueryPlan.QueryParameter;
import dev.athanor.core.query.QueryPlan.ResultItem;
import dev.athanor.core.schema.SchemaManager;
import dev.athanor.core.session.fixtures.Clubs;
import dev.athanor.core.session.fixtures.Clubs.Player;
import dev.athanor.core.session.fixtures.Clubs.Team;
import dev.athanor.core.session.fixtures.Gigs;
import dev.athanor.core.session.fixtures.Gigs.Genre;
import dev.athanor.core.session.fixtures.Gigs.Gig;
import dev.athanor.core.session.fixtures.Gigs.GigView;
import dev.athanor.core.sql.ast.Assignment;
import dev.athanor.core.sql.ast.BindParam;
import dev.athanor.core.sql.ast.ColumnRef;
import dev.athanor.core.sql.ast.Comparison;
import dev.athanor.core.sql.ast.Expression;
import dev.athanor.core.sql.ast.InList;
import dev.athanor.core.sql.ast.Join;
import dev.athanor.core.sql.ast.OrderItem;
import dev.athanor.core.sql.ast.Select;
import dev.athanor.core.sql.ast.SelectItem;
import dev.athanor.core.sql.ast.Statement;
import dev.athanor.core.sql.ast.TableRef;
import dev.athanor.core.sql.ast.Update;
import dev.athanor.runtime.TrackedCollection;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TransactionRequiredException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Running query plans (built by hand, as the compiler would) through a session on a SQLite file:
 * identity with the context, conversions, fetch joins, pages of roots, IN lists, flushes, bulk updates.
 */
class QueriesTest extends QueryDatabase {

    // ---- plan building, as the compiler does it --------------------------------------------------

    private EntityModel model(Class<?> type) {
        return metadata.entity(type);
    }

    private AttributeModel attribute(Class<?> type, String name) {
        return model(type).attribute(name);
    }

    private List<SelectItem> columns(Class<?> type, String alias) {
        return factory.columns(model(type), alias).stream().map(SelectItem::of).toList();
    }

    private static List<SelectItem> concat(List<SelectItem> a, List<SelectItem> b) {
        List<SelectItem> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static QueryPlan select(String text, Select statement, List<QueryParameter> parameters,
            List<ParameterUse> slots, List<ResultItem> items, List<EntityNode> nodes, List<Fetch> fetches,
            Set<String> tables, QueryPlan.PagedRoots paged) {
        List<String> aliases = new ArrayList<>();
        items.forEach(i -> aliases.add(null));
        // as the compiler marks it: a SELECT DISTINCT that fetches a collection keeps each result once
        boolean distinct = text.startsWith("SELECT DISTINCT") && fetches.stream().anyMatch(f -> f.attribute().kind().toMany());
        return new QueryPlan(QueryPlan.Kind.SELECT, text, statement, parameters, slots, items, aliases, nodes,
                fetches, tables, items.size() == 1 ? items.get(0).javaType() : Object[].class, paged, distinct);
    }

    /** SELECT p FROM Player p [WHERE where] ORDER BY p.id. */
    private QueryPlan players(String text, Expression where, List<QueryParameter> parameters, List<ParameterUse> slots) {
        Select statement = Select.of(columns(Player.class, "p"), TableRef.of("Player", "p"))
                .withOrderBy(OrderItem.asc(ColumnRef.of("p", "id")));
        if (where != null) {
            statement = statement.withWhere(where);
        }
        return select(text, statement, parameters, slots, List.of(new ResultItem.Entity(0, Player.class)),
                List.of(new EntityNode(model(Player.class), "p", 0)), List.of(), Set.of("Player"), null);
    }

    private QueryPlan allPlayers() {
        return players("SELECT p FROM Player p ORDER BY p.id", null, List.of(), List.of());
    }

    /** SELECT DISTINCT t FROM Team t LEFT JOIN FETCH t.players p ORDER BY t.id, p.name; paged by roots. */
    private QueryPlan teamsWithPlayers() {
        Select statement = Select.of(concat(columns(Team.class, "t"), columns(Player.class, "p")),
                TableRef.of("Team", "t"))
                .withJoin(Join.left(TableRef.of("Player", "p"), Comparison.eq(ColumnRef.of("p", "team_id"),
                        ColumnRef.of("t", "id"))))
                .withOrderBy(OrderItem.asc(ColumnRef.of("t", "id")), OrderItem.asc(ColumnRef.of("p", "name")));
        Select rootIds = Select.of(TableRef.of("Team", "t"), ColumnRef.of("t", "id"))
                .withOrderBy(OrderItem.asc(ColumnRef.of("t", "id")));
        return select("SELECT DISTINCT t FROM Team t LEFT JOIN FETCH t.players", statement, List.of(), List.of(),
                List.of(new ResultItem.Entity(0, Team.class)),
                List.of(new EntityNode(model(Team.class), "t", 0), new EntityNode(model(Player.class), "p", 2)),
                List.of(new Fetch(0, attribute(Team.class, "players"), 1)), Set.of("Team", "Player"),
                new QueryPlan.PagedRoots(rootIds, ColumnRef.of("t", "id")));
    }

    private List<String> selects() {
        return sql.stream().filter(s -> s.startsWith("SELECT")).toList();
    }

    // ---- entities -------------------------------------------------------------------------------

    @Test
    void entitiesAreTheManagedInstancesAndAManagedOneKeepsItsState() {
        try (Session session = factory.openSession()) {
            Player zoe = session.find(Player.class, 10L, null);
            zoe.name = "Zoe (edited, not flushed)";
            QueryPlan plan = players("SELECT p FROM Player p WHERE p.name <> :n", new Comparison(
                    ColumnRef.of("p", "name"), Comparison.Operator.NE, BindParam.slot(0)),
                    List.of(new QueryParameter("n", 0, String.class, false)),
                    List.of(new ParameterUse(0, Conversion.ATTRIBUTE, attribute(Player.class, "name"), false)));
            List<Object> found = session.queries().list(plan, new Object[] {"Bo"}, QueryOptions.DEFAULT);

            assertThat(found).extracting(p -> ((Player) p).id).containsExactly(10L, 11L, 12L, 30L);
            assertThat(found.get(0)).isSameAs(zoe);
            assertThat(zoe.name).isEqualTo("Zoe (edited, not flushed)");
            assertThat(found).allMatch(session::contains);
            Player adam = (Player) found.get(1);
            assertThat(adam.team).isSameAs(session.find(Team.class, 1L, null));
            assertThat(session.find(Player.class, 30L, null)).isSameAs(found.get(3));
        }
    }

    @Test
    void aFetchJoinedToOneIsReadFromTheSameRowWithNoFurtherStatement() {
        Select statement = Select.of(concat(columns(Player.class, "p"), columns(Team.class, "t")),
                TableRef.of("Player", "p"))
                .withJoin(Join.inner(TableRef.of("Team", "t"), Comparison.eq(ColumnRef.of("t", "id"),
                        ColumnRef.of("p", "team_id"))))
                .withOrderBy(OrderItem.asc(ColumnRef.of("p", "id")));
        QueryPlan plan = select("SELECT p FROM Player p JOIN FETCH p.team", statement, List.of(), List.of(),
                List.of(new ResultItem.Entity(0, Player.class)),
                List.of(new EntityNode(model(Player.class), "p", 0), new EntityNode(model(Team.class), "t", 3)),
                List.of(new Fetch(0, attribute(Player.class, "team"), 1)), Set.of("Player", "Team"), null);
        try (Session session = factory.openSession()) {
            List<Object> found = session.queries().list(plan, new Object[0], QueryOptions.DEFAULT);
            assertThat(found).extracting(p -> ((Player) p).team.name)
                    .containsExactly("Reds", "Reds", "Reds", "Blues", "Greens");
            assertThat(((Player) found.get(0)).team).isSameAs(((Player) found.get(1)).team);
            assertThat(sql).hasSize(1); // the teams came with their players' rows
        }
    }

    @Test
    void aFetchJoinedCollectionIsLoadedInRowOrderAndEachRootComesOnce() {
        try (Session session = factory.openSession()) {
            List<Object> teams = session.queries().list(teamsWithPlayers(), new Object[0], QueryOptions.DEFAULT);

            assertThat(teams).extracting(t -> ((Team) t).name).containsExactly("Reds", "Blues", "Greens", "Empty");
            Team reds = (Team) teams.get(0);
            assertThat(((TrackedCollection<?>) reds.players).isLoaded()).isTrue();
            assertThat(reds.players).extracting(p -> p.name).containsExactly("Adam", "Mia", "Zoe");
            assertThat(reds.players.get(0).team).isSameAs(reds);
            Team empty = (Team) teams.get(3);
            assertThat(((TrackedCollection<?>) empty.players).isLoaded()).isTrue();
            assertThat(empty.players).isEmpty();
            assertThat(sql).hasSize(1);
            assertThat(session.lazyLoads()).isZero();
            assertThat(reds.players.get(1)).isSameAs(session.find(Player.class, 12L, null));
        }
    }

    @Test
    void aFetchJoinedEagerCollectionNeedsNoStatementOfItsOwnAndAnUnfetchedOneLoadsAfterTheRows() {
        Select fetching = Select.of(concat(columns(Clubs.Garage.class, "g"), columns(Clubs.Car.class, "c")),
                TableRef.of("Garage", "g"))
                .withJoin(Join.left(TableRef.of("Car", "c"), Comparison.eq(ColumnRef.of("c", "garage_id"),
                        ColumnRef.of("g", "id"))))
                .withOrderBy(OrderItem.asc(ColumnRef.of("g", "id")), OrderItem.desc(ColumnRef.of("c", "plate")));
        QueryPlan fetched = select("SELECT DISTINCT g FROM Garage g LEFT JOIN FETCH g.cars", fetching, List.of(), List.of(),
                List.of(new ResultItem.Entity(0, Clubs.Garage.class)),
                List.of(new EntityNode(model(Clubs.Garage.class), "g", 0), new EntityNode(model(Clubs.Car.class), "c", 1)),
                List.of(new Fetch(0, attribute(Clubs.Garage.class, "cars"), 1)), Set.of("Garage", "Car"), null);
        try (Session session = factory.openSession()) {
            List<Object> garages = session.queries().list(fetched, new Object[0], QueryOptions.DEFAULT);
            assertThat(garages).hasSize(2);
            assertThat(((Clubs.Garage) garages.get(0)).cars).extracting(c -> c.plate).containsExactly("CD-2", "AB-1");
            assertThat(((Clubs.Garage) garages.get(1)).cars).isEmpty();
            assertThat(sql).hasSize(1);
        }
        QueryPlan plain = select("SELECT g FROM Garage g", Select.of(columns(Clubs.Garage.class, "g"),
                TableRef.of("Garage", "g")), List.of(), List.of(), List.of(new ResultItem.Entity(0, Clubs.Garage.class)),
                List.of(new EntityNode(model(Clubs.Garage.class), "g", 0)), List.of(), Set.of("Garage"), null);
        sql.clear();
        try (Session session = factory.openSession()) {
            List<Object> garages = session.queries().list(plain, new Object[0], QueryOptions.DEFAULT);
            assertThat(sql).hasSize(2); // the garages, then the cars of both in one statement
            assertThat(((TrackedCollection<?>) ((Clubs.Garage) garages.get(0)).cars).isLoaded()).isTrue();
            assertThat(((Clubs.Garage) garages.get(0)).cars).hasSize(2);
        }
    }

    @Test
    void aPageOfRootsWithAFetchedCollectionReadsTheRootIdsFirstThenTheirRows() {
        try (Session session = factory.openSession()) {
            List<Object> page = session.queries().list(teamsWithPlayers(), new Object[0],
                    QueryOptions.DEFAULT.withFirstResult(0).withMaxResults(2));
            assertThat(page).extracting(t -> ((Team) t).name).containsExactly("Reds", "Blues");
            assertThat(((Team) page.get(0)).players).hasSize(3);
            assertThat(sql).hasSize(2);
            assertThat(sql.get(0)).isEqualTo("SELECT \"t\".\"id\" FROM \"Team\" \"t\" ORDER BY \"t\".\"id\" LIMIT ?");
            assertThat(sql.get(1)).contains("WHERE \"t\".\"id\" IN (?, ?) ORDER BY");

            sql.clear();
            List<Object> second = session.queries().list(teamsWithPlayers(), new Object[0],
                    QueryOptions.DEFAULT.withFirstResult(3).withMaxResults(2));
            assertThat(second).extracting(t -> ((Team) t).name).containsExactly("Empty");
            assertThat(sql.get(0)).endsWith("LIMIT ? OFFSET ?");
            assertThat(sql.get(1)).contains("IN (?)");

            sql.clear();
            assertThat(session.queries().list(teamsWithPlayers(), new Object[0],
                    QueryOptions.DEFAULT.withFirstResult(10).withMaxResults(2))).isEmpty();
            assertThat(sql).hasSize(1); // no root on the page: no second statement
        }
    }

    @Test
    void aPageWithoutFetchedCollectionsIsLimitAndOffset() {
        try (Session session = factory.openSession()) {
            List<Object> page = session.queries().list(allPlayers(), new Object[0],
                    QueryOptions.DEFAULT.withFirstResult(1).withMaxResults(2));
            assertThat(page).extracting(p -> ((Player) p).id).containsExactly(11L, 12L);
            // the players' EAGER team is loaded as find() loads it (not fetch-joined here)
            assertThat(selects().get(0)).endsWith("LIMIT ? OFFSET ?");
            assertThat(session.queries().list(allPlayers(), new Object[0], QueryOptions.DEFAULT.withMaxResults(0)))
                    .isEmpty();
            assertThat(session.queries().list(allPlayers(), new Object[0], QueryOptions.DEFAULT.withTimeoutMillis(1500)))
                    .hasSize(5); // the statement ran with a 2 s timeout
        }
    }

    // ---- values ---------------------------------------------------------------------------------

    @Test
    void valuesAreConvertedAsTheirAttributeAndParametersAsTheirColumn() {
        Select statement = Select.of(TableRef.of("Gig", "g"), ColumnRef.of("g", "genre"), ColumnRef.of("g", "soldOut"),
                ColumnRef.of("g", "id"))
                .withWhere(Comparison.eq(ColumnRef.of("g", "genre"), BindParam.slot(0)))
                .withOrderBy(OrderItem.asc(ColumnRef.of("g", "id")));
        QueryPlan plan = select("SELECT g.genre, g.soldOut, g.id FROM Gig g WHERE g.genre = :genre", statement,
                List.of(new QueryParameter("genre", 0, Genre.class, false)),
                List.of(new ParameterUse(0, Conversion.ATTRIBUTE, attribute(Gig.class, "genre"), false)),
                List.of(new ResultItem.Value(0, Genre.class, attribute(Gig.class, "genre")),
                        new ResultItem.Value(1, Boolean.class, attribute(Gig.class, "soldOut")),
                        new ResultItem.Value(2, Long.class, null)),
                List.of(), List.of(), Set.of("Gig"), null);
        try (Session session = factory.openSession()) {
            List<Object> rows = session.queries().list(plan, new Object[] {Genre.JAZZ}, QueryOptions.DEFAULT);
            assertThat(rows).hasSize(2);
            assertThat((Object[]) rows.get(0)).containsExactly(Genre.JAZZ, true, 1L);
            assertThat((Object[]) rows.get(1)).containsExactly(Genre.JAZZ, false, 3L);
        }
    }

    @Test
    void constructorResultsAndEmbeddedValues() throws Exception {
        Select statement = Select.of(TableRef.of("Gig", "g"), ColumnRef.of("g", "id"), ColumnRef.of("g", "genre"),
                ColumnRef.of("g", "city"), ColumnRef.of("g", "seats"))
                .withOrderBy(OrderItem.asc(ColumnRef.of("g", "id")));
        ResultItem.Constructed view = new ResultItem.Constructed(GigView.class.getConstructor(long.class, Genre.class),
                List.of(new ResultItem.Value(0, Long.class, null),
                        new ResultItem.Value(1, Genre.class, attribute(Gig.class, "genre"))));
        QueryPlan plan = select("SELECT NEW GigView(g.id, g.genre), g.venue FROM Gig g", statement, List.of(),
                List.of(), List.of(view, new ResultItem.Embedded(2, attribute(Gig.class, "venue"), Gigs.Venue.class)),
                List.of(), List.of(), Set.of("Gig"), null);
        try (Session session = factory.openSession()) {
            List<Object> rows = session.queries().list(plan, new Object[0], QueryOptions.DEFAULT);
            assertThat(rows).hasSize(3);
            Object[] first = (Object[]) rows.get(0);
            assertThat(first[0]).isEqualTo(new GigView(1, Genre.JAZZ));
            assertThat(((Gigs.Venue) first[1]).city).isEqualTo("Oslo");
            assertThat(((Gigs.Venue) first[1]).seats).isEqualTo(300);
        }
        // a constructor that cannot take the row's values: a clear error naming the class
        ResultItem.Constructed bad = new ResultItem.Constructed(GigView.class.getConstructor(long.class, Genre.class),
                List.of(new ResultItem.Value(1, Genre.class, attribute(Gig.class, "genre")),
                        new ResultItem.Value(0, Long.class, null)));
        QueryPlan failing = select("SELECT NEW GigView(g.genre, g.id) FROM Gig g", statement, List.of(), List.of(),
                List.of(bad), List.of(), List.of(), Set.of("Gig"), null);
        try (Session session = factory.openSession()) {
            assertThatThrownBy(() -> session.queries().list(failing, new Object[0], QueryOptions.DEFAULT))
                    .isInstanceOf(PersistenceException.class).hasMessageContaining("ATH-9006")
                    .hasMessageContaining(GigView.class.getName());
        }
    }

    // ---- parameters -----------------------------------------------------------------------------

    private QueryPlan playersIn(boolean negated) {
        return players("SELECT p FROM Player p WHERE p.id " + (negated ? "NOT " : "") + "IN :ids",
                new InList(ColumnRef.of("p", "id"), List.of(BindParam.slot(0)), negated),
                List.of(new QueryParameter("ids", 0, Long.class, true)),
                List.of(new ParameterUse(0, Conversion.ATTRIBUTE, attribute(Player.class, "id"), true)));
    }

    @Test
    void aCollectionParameterBecomesOneMarkerPerElementAndAnEmptyOneStillRuns() {
        try (Session session = factory.openSession()) {
            assertThat(session.queries().list(playersIn(false), new Object[] {List.of(10L, 12L, 20L)},
                    QueryOptions.DEFAULT)).extracting(p -> ((Player) p).id).containsExactly(10L, 12L, 20L);
            assertThat(sql.get(0)).contains("IN (?, ?, ?, ?)"); // rounded up to a power of two
            assertThat(session.queries().list(playersIn(false), new Object[] {List.of(30L)}, QueryOptions.DEFAULT))
                    .extracting(p -> ((Player) p).id).containsExactly(30L);
            assertThat(session.queries().list(playersIn(false), new Object[] {List.of()}, QueryOptions.DEFAULT))
                    .isEmpty();
            assertThat(session.queries().list(playersIn(true), new Object[] {List.of()}, QueryOptions.DEFAULT))
                    .hasSize(5);
            assertThat(session.queries().list(playersIn(true), new Object[] {Set.of(10L, 11L)}, QueryOptions.DEFAULT))
                    .extracting(p -> ((Player) p).id).containsExactly(12L, 20L, 30L);
        }
    }

    private QueryPlan playersOfTeam() {
        return players("SELECT p FROM Player p WHERE p.team = :team", Comparison.eq(ColumnRef.of("p", "team_id"),
                BindParam.slot(0)), List.of(new QueryParameter("team", 0, Team.class, false)),
                List.of(new ParameterUse(0, Conversion.ENTITY_ID, attribute(Team.class, "id"), false)));
    }

    @Test
    void anEntityParameterBindsItsIdAndANewOneIsRefused() {
        try (Session session = factory.openSession()) {
            Team blues = session.find(Team.class, 2L, null);
            assertThat(session.queries().list(playersOfTeam(), new Object[] {blues}, QueryOptions.DEFAULT))
                    .extracting(p -> ((Player) p).name).containsExactly("Bo");
            Team detached = new Team(3, "a detached copy");
            assertThat(session.queries().list(playersOfTeam(), new Object[] {detached}, QueryOptions.DEFAULT))
                    .extracting(p -> ((Player) p).name).containsExactly("Cy");
            assertThatThrownBy(() -> session.queries().list(playersOfTeam(), new Object[] {new Team()},
                    QueryOptions.DEFAULT)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("ATH-9005").hasMessageContaining(":team").hasMessageContaining("Team");
        }
    }

    // ---- flush, locks, bulk statements, streams -------------------------------------------------

    @Test
    void autoFlushWritesPendingChangesBeforeTheQueryButNotUnderCommitFlushMode() {
        try (Session session = factory.openSession()) {
            session.transaction().begin();
            Player zoe = session.find(Player.class, 10L, null);
            zoe.name = "Zoë";
            sql.clear();
            session.queries().list(allPlayers(), new Object[0], QueryOptions.DEFAULT.withFlushMode(FlushModeType.COMMIT));
            assertThat(sql).noneMatch(s -> s.startsWith("UPDATE"));

            sql.clear();
            session.queries().list(allPlayers(), new Object[0], QueryOptions.DEFAULT);
            assertThat(sql).hasSize(2);
            assertThat(sql.get(0)).startsWith("UPDATE \"Player\"");
            assertThat(sql.get(1)).startsWith("SELECT");
            session.transaction().commit();
        }
        assertThat(jdbc("SELECT name FROM Player WHERE id = 10")).isEqualTo("Zoë");
    }

    @Test
    void aReadOnlyQuerysEntitiesAreNotWrittenAtFlush() {
        try (Session session = factory.openSession()) {
            session.transaction().begin();
            List<Object> players = session.queries().list(allPlayers(), new Object[0],
                    QueryOptions.DEFAULT.withReadOnly(true));
            ((Player) players.get(0)).name = "changed";
            session.transaction().commit();
        }
        assertThat(jdbc("SELECT name FROM Player WHERE id = 10")).isEqualTo("Zoe");
    }

    @Test
    void aPessimisticLockNeedsATransactionAndSqliteRefusesIt() {
        try (Session session = factory.openSession()) {
            QueryOptions locked = QueryOptions.DEFAULT.withLockMode(LockModeType.PESSIMISTIC_WRITE);
            assertThatThrownBy(() -> session.queries().list(allPlayers(), new Object[0], locked))
                    .isInstanceOf(TransactionRequiredException.class);
            session.transaction().begin();
            assertThatThrownBy(() -> session.queries().list(allPlayers(), new Object[0], locked))
                    .isInstanceOf(PersistenceException.class).hasMessageContaining("ATH-8015")
                    .hasMessageContaining("SQLite");
            assertThat(sql).isEmpty();
        }
    }

    @Test
    void optimisticLockModesActAtFlushOnEachEntityReturned() {
        Select statement = Select.of(columns(Gig.class, "g"), TableRef.of("Gig", "g"))
                .withWhere(Comparison.eq(ColumnRef.of("g", "genre"), BindParam.of("JAZZ")));
        QueryPlan gigs = select("SELECT g FROM Gig g WHERE g.genre = 'JAZZ'", statement, List.of(), List.of(),
                List.of(new ResultItem.Entity(0, Gig.class)), List.of(new EntityNode(model(Gig.class), "g", 0)),
                List.of(), Set.of("Gig"), null);
        try (Session session = factory.openSession()) {
            session.transaction().begin();
            List<Object> found = session.queries().list(gigs, new Object[0],
                    QueryOptions.DEFAULT.withLockMode(LockModeType.OPTIMISTIC_FORCE_INCREMENT));
            assertThat(found).hasSize(2).allMatch(g -> session.lockMode(g) == LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            assertThatThrownBy(() -> session.queries().list(allPlayers(), new Object[0],
                    QueryOptions.DEFAULT.withLockMode(LockModeType.OPTIMISTIC))).isInstanceOf(PersistenceException.class)
                    .hasMessageContaining("@Version");
            session.transaction().commit();
        }
        assertThat(jdbc("SELECT SUM(version) FROM Gig WHERE genre = 'JAZZ'")).isEqualTo(2);
        assertThat(jdbc("SELECT version FROM Gig WHERE id = 2")).isEqualTo(0);
    }

    private QueryPlan renameTeamPlayers() {
        Statement update = new Update("Player", List.of(Assignment.of("name", BindParam.slot(0))),
                Comparison.eq(ColumnRef.of("team_id"), BindParam.slot(1)));
        return new QueryPlan(QueryPlan.Kind.UPDATE, "UPDATE Player p SET p.name = :name WHERE p.team = :team", update,
                List.of(new QueryParameter("name", 0, String.class, false),
                        new QueryParameter("team", 0, Team.class, false)),
                List.of(new ParameterUse(0, Conversion.ATTRIBUTE, attribute(Player.class, "name"), false),
                        new ParameterUse(1, Conversion.ENTITY_ID, attribute(Team.class, "id"), false)),
                List.of(), List.of(), List.of(), List.of(), Set.of("Player"), null, null);
    }

    @Test
    void aBulkUpdateReturnsItsCountNeedsATransactionAndLeavesManagedInstancesAlone() {
        try (Session session = factory.openSession()) {
            Team reds = session.find(Team.class, 1L, null);
            assertThatThrownBy(() -> session.queries().execute(renameTeamPlayers(), new Object[] {"x", reds},
                    QueryOptions.DEFAULT)).isInstanceOf(TransactionRequiredException.class);
            session.transaction().begin();
            Player zoe = session.find(Player.class, 10L, null);
            int count = session.queries().execute(renameTeamPlayers(), new Object[] {"anonymous", reds},
                    QueryOptions.DEFAULT);
            assertThat(count).isEqualTo(3);
            assertThat(zoe.name).isEqualTo("Zoe");
            assertThatThrownBy(() -> session.queries().list(renameTeamPlayers(), new Object[] {"x", reds},
                    QueryOptions.DEFAULT)).isInstanceOf(IllegalStateException.class).hasMessageContaining("ATH-9009");
            assertThatThrownBy(() -> session.queries().execute(allPlayers(), new Object[0], QueryOptions.DEFAULT))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("ATH-9009");
            session.transaction().commit();
        }
        assertThat(jdbc("SELECT COUNT(*) FROM Player WHERE name = 'anonymous'")).isEqualTo(3);
    }

    @Test
    void aStreamReadsRowsAsConsumedAndClosingItGivesItsConnectionBack() {
        try (Session session = factory.openSession()) {
            Player zoe = session.find(Player.class, 10L, null);
            assertThat(engine.poolStats().active()).isZero();
            List<Object> firstTwo;
            try (Stream<Object> stream = session.queries().stream(allPlayers(), new Object[0], QueryOptions.DEFAULT)) {
                assertThat(engine.poolStats().active()).isEqualTo(1);
                firstTwo = stream.limit(2).toList();
            }
            assertThat(firstTwo).extracting(p -> ((Player) p).id).containsExactly(10L, 11L);
            assertThat(firstTwo.get(0)).isSameAs(zoe);
            assertThat(engine.poolStats().active()).isZero();

            session.transaction().begin();
            try (Stream<Object> stream = session.queries().stream(allPlayers(), new Object[0], QueryOptions.DEFAULT)) {
                assertThat(stream.count()).isEqualTo(5);
            }
            session.transaction().commit();
            // a fetched collection is only complete after its last row: read whole, then streamed
            try (Stream<Object> stream = session.queries().stream(teamsWithPlayers(), new Object[0],
                    QueryOptions.DEFAULT)) {
                assertThat(stream.map(t -> ((Team) t).name)).containsExactly("Reds", "Blues", "Greens", "Empty");
            }
        }
    }
}
