package dev.athanor.core.query.compile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.athanor.core.dialect.sqlite.SqliteDialect;
import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.meta.Metadata;
import dev.athanor.core.meta.build.MetadataBuilder;
import dev.athanor.core.query.QueryCompiler;
import dev.athanor.core.query.QueryException;
import dev.athanor.core.query.QueryPlan;
import dev.athanor.core.query.QueryPlan.Fetch;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@code INDEX(x)} becomes the order column of the list {@code x} joins (the element's table, or
 * the join table), and a fetch join of such a list reads the column and orders by it.
 */
class IndexFunctionTest {

    @Entity
    public static class Deck {
        @Id
        public long id;
        @OneToMany
        @JoinColumn(name = "deck_id")
        @OrderColumn
        public List<Card> cards;
        @ManyToMany
        @OrderColumn(name = "pos")
        public List<Card> favourites;
        @ManyToMany
        public Set<Card> spares;
    }

    @Entity
    public static class Card {
        @Id
        public long id;
        public String face;
        @ManyToOne
        public Deck home;
    }

    private static final Metadata METADATA = new MetadataBuilder().add(Deck.class, Card.class).build();
    private static final QueryCompiler COMPILER = new QueryCompiler(METADATA, CompilerFixture::columns);

    private static String sql(String jpql) {
        return new SqliteDialect().renderer().render(COMPILER.compile(jpql).statement()).sql();
    }

    private static QueryException error(String jpql) {
        return catchThrowableOfType(() -> COMPILER.compile(jpql), QueryException.class);
    }

    @Test
    void indexOfAJoinColumnListIsTheOrderColumnOfTheElementsTable() {
        assertThat(sql("SELECT INDEX(c) FROM Deck d JOIN d.cards c WHERE INDEX(c) > 1 ORDER BY INDEX(c)"))
                .isEqualTo("SELECT \"c2\".\"cards_ORDER\" FROM \"Deck\" \"d1\" INNER JOIN \"Card\" \"c2\" ON"
                        + " \"c2\".\"deck_id\" = \"d1\".\"id\" WHERE \"c2\".\"cards_ORDER\" > 1 ORDER BY"
                        + " \"c2\".\"cards_ORDER\"");
        assertThat(COMPILER.compile("SELECT INDEX(c) FROM Deck d JOIN d.cards c").items().get(0).javaType())
                .isEqualTo(Integer.class);
    }

    @Test
    void indexOfAJoinTableListIsTheOrderColumnOfTheJoinTable() {
        assertThat(sql("SELECT c.face FROM Deck d JOIN d.favourites c ORDER BY INDEX(c) DESC"))
                .isEqualTo("SELECT \"c3\".\"face\" FROM \"Deck\" \"d1\" INNER JOIN \"Deck_Card\" \"d2\" ON"
                        + " \"d2\".\"Deck_id\" = \"d1\".\"id\" INNER JOIN \"Card\" \"c3\" ON \"c3\".\"id\" ="
                        + " \"d2\".\"favourites_id\" ORDER BY \"d2\".\"pos\" DESC");
    }

    @Test
    void indexInASubqueryOverAnOuterVariablesList() {
        assertThat(sql("SELECT d.id FROM Deck d WHERE EXISTS (SELECT c FROM d.cards c WHERE INDEX(c) = 0)"))
                .contains("AND \"c2\".\"cards_ORDER\" = 0)");
    }

    @Test
    void aFetchJoinOfAnOrderedListReadsItsPositionAndOrdersByItNullsLast() {
        QueryPlan plan = COMPILER.compile("SELECT d FROM Deck d JOIN FETCH d.cards ORDER BY d.id");
        assertThat(plan.fetches()).singleElement().satisfies(f -> assertThat(f.position()).isEqualTo(4));
        assertThat(new SqliteDialect().renderer().render(plan.statement()).sql())
                .startsWith("SELECT \"d1\".\"id\", \"c2\".\"face\", \"c2\".\"home_id\", \"c2\".\"id\","
                        + " \"c2\".\"cards_ORDER\" FROM")
                .endsWith("ORDER BY \"d1\".\"id\", \"c2\".\"cards_ORDER\" NULLS LAST");
        assertThat(COMPILER.compile("SELECT d FROM Deck d JOIN FETCH d.spares").fetches())
                .containsExactly(new Fetch(0, METADATA.entity(Deck.class).attribute("spares"), 1));
    }

    @Test
    void indexOfWhatHasNoPositionSaysWhyAndWhere() {
        QueryException unordered = error("SELECT INDEX(s) FROM Deck d JOIN d.spares s");
        assertThat(unordered.code()).isEqualTo(ErrorCode.QUERY_UNSUPPORTED);
        assertThat(unordered.getMessage()).contains("line 1, column 14", "Deck.spares is a set without @OrderColumn");
        assertThat(error("SELECT INDEX(d) FROM Deck d").getMessage()).contains("d is a root of the FROM clause");
        assertThat(error("SELECT INDEX(h) FROM Card c JOIN c.home h").getMessage())
                .contains("a join over the to-one Card.home");
        assertThat(error("SELECT INDEX(c.face) FROM Deck d JOIN d.cards c").getMessage())
                .contains("INDEX takes an identification variable");
        assertThat(error("SELECT INDEX(c, c) FROM Deck d JOIN d.cards c").getMessage()).contains("INDEX");
    }
}
