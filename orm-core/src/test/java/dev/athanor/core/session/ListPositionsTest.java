package dev.athanor.core.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athanor.core.config.SessionSettings;
import dev.athanor.core.engine.Engine;
import dev.athanor.core.engine.ExecutionListener;
import dev.athanor.core.engine.StatementEvent;
import dev.athanor.core.meta.Metadata;
import dev.athanor.core.meta.build.MetadataBuilder;
import dev.athanor.core.schema.SchemaManager;
import dev.athanor.runtime.ManagedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The positions of lists with an order column, for entities the agent did not enhance (these
 * tests run without it): a reorder is found by comparing each list with its snapshot, a list the
 * application replaced is written by position too, and rows whose positions are not 0, 1, 2, ...
 * are compacted when read, written whole at the list's first change and not at all before.
 */
class ListPositionsTest {

    @Entity
    public static class Roster {
        @Id
        public long id;
        @ManyToMany
        @OrderColumn(name = "pos")
        public List<Member> members = new ArrayList<>();
        @OneToMany
        @JoinColumn(name = "bench_id")
        @OrderColumn
        public List<Member> bench = new ArrayList<>();

        public Roster() {
        }

        Roster(long id) {
            this.id = id;
        }
    }

    @Entity
    public static class Member {
        @Id
        public long id;
        public String name;

        public Member() {
        }

        Member(long id, String name) {
            this.id = id;
            this.name = name;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    @TempDir
    Path dir;
    private final List<StatementEvent> events = new CopyOnWriteArrayList<>();
    private Engine engine;
    private SessionFactory factory;

    @BeforeEach
    void open() {
        engine = Engine.builder("sqlite:///" + dir.resolve("lists.db")).listener(new ExecutionListener() {
            @Override
            public void statementExecuted(StatementEvent event) {
                events.add(event);
            }
        }).build();
        Metadata metadata = new MetadataBuilder().add(Roster.class, Member.class).build();
        new SchemaManager(engine, metadata).create();
        engine.execute("INSERT INTO Roster (id) VALUES (1)");
        engine.execute("INSERT INTO Member (id, name) VALUES (1, 'a'), (2, 'b'), (3, 'c'), (4, 'd')");
        factory = new SessionFactory(metadata, engine, SessionSettings.DEFAULTS);
    }

    @AfterEach
    void close() {
        factory.close();
    }

    private void tx(Consumer<Session> work) {
        events.clear();
        try (Session session = factory.openSession()) {
            session.transaction().begin();
            work.accept(session);
            session.transaction().commit();
        }
    }

    private List<String> writes() {
        return events.stream().map(StatementEvent::sql).filter(s -> !s.startsWith("SELECT")).toList();
    }

    private List<String> rows(String sql) {
        List<String> rows = new ArrayList<>();
        engine.execute(sql).all().forEach(row -> rows.add(row.get(0) + "@" + row.get(1)));
        return rows;
    }

    @Test
    void aSnapshotOfIrregularRowsCarriesAMarkThatTheElementsLeaveOut() {
        Object[] elements = {"a", "b"};
        assertThat(ListPositions.snapshot(elements, true)).isSameAs(elements);
        Object[] marked = ListPositions.snapshot(elements, false);
        assertThat(ListPositions.irregular(marked)).isTrue();
        assertThat(ListPositions.irregular(elements)).isFalse();
        assertThat(ListPositions.irregular(null)).isFalse();
        assertThat(ListPositions.elements(marked)).containsExactly("a", "b");

        ListPositions read = new ListPositions();
        read.add(1);
        read.add(0);
        assertThat(read.sort(List.of("b", "a"))).containsExactly("a", "b");
        assertThat(read.regular()).isTrue();
        ListPositions gaps = new ListPositions();
        for (Integer position : new Integer[] {7, null, 3, 3}) {
            gaps.add(position);
        }
        assertThat(gaps.sort(List.of("x", "null", "y", "z"))).containsExactly("y", "z", "x", "null");
        assertThat(gaps.regular()).isFalse();
    }

    @Test
    void withoutTheAgentAReorderIsFoundByTheSnapshotAndOnlyChangedPositionsAreWritten() {
        assertThat(ManagedEntity.class.isAssignableFrom(Roster.class)).as("not enhanced").isFalse();
        tx(session -> {
            Roster roster = session.find(Roster.class, 1L, null);
            for (long id = 1; id <= 3; id++) {
                roster.members.add(session.find(Member.class, id, null));
            }
        });
        assertThat(rows("SELECT members_id, pos FROM Roster_Member ORDER BY pos")).containsExactly("1@0", "2@1", "3@2");

        tx(session -> {
            Roster roster = session.find(Roster.class, 1L, null);
            Collections.swap(roster.members, 0, 2);
        });
        assertThat(writes()).containsExactly("DELETE FROM \"Roster_Member\" WHERE \"Roster_id\" = ? AND \"pos\" = ?",
                "INSERT INTO \"Roster_Member\" (\"Roster_id\", \"members_id\", \"pos\") VALUES (?, ?, ?)");
        assertThat(rows("SELECT members_id, pos FROM Roster_Member ORDER BY pos")).containsExactly("3@0", "2@1", "1@2");

        tx(session -> {
            Roster roster = session.find(Roster.class, 1L, null);
            roster.members = new ArrayList<>(List.of(roster.members.get(0), session.find(Member.class, 4L, null),
                    roster.members.get(1)));
        });
        assertThat(rows("SELECT members_id, pos FROM Roster_Member ORDER BY pos")).containsExactly("3@0", "4@1", "2@2");

        tx(session -> session.find(Roster.class, 1L, null).members.size()); // read, unchanged: nothing written
        assertThat(writes()).isEmpty();
    }

    @Test
    void irregularRowsAreReadCompactedLeftAloneWhileUnchangedAndWrittenWholeOnceChanged() {
        engine.execute("UPDATE Member SET bench_id = 1, bench_ORDER = 9 WHERE id = 1");
        engine.execute("UPDATE Member SET bench_id = 1, bench_ORDER = NULL WHERE id = 2");
        engine.execute("UPDATE Member SET bench_id = 1, bench_ORDER = 4 WHERE id = 3");
        tx(session -> assertThat(new ArrayList<>(session.find(Roster.class, 1L, null).bench)).hasToString("[c, a, b]"));
        assertThat(writes()).isEmpty(); // an unenhanced owner is looked at by every flush, but nothing changed

        tx(session -> {
            Roster roster = session.find(Roster.class, 1L, null);
            roster.bench.size();
            session.flush(); // looks at the unchanged list, and still knows its rows' positions are irregular
            roster.bench.remove(2);
        });
        assertThat(writes()).containsExactly(
                "UPDATE \"Member\" SET \"bench_id\" = NULL, \"bench_ORDER\" = NULL WHERE \"bench_id\" = ?",
                "UPDATE \"Member\" SET \"bench_id\" = ?, \"bench_ORDER\" = ? WHERE \"id\" = ?");
        assertThat(rows("SELECT id, bench_ORDER FROM Member WHERE bench_id = 1 ORDER BY bench_ORDER"))
                .containsExactly("3@0", "1@1");
    }
}
