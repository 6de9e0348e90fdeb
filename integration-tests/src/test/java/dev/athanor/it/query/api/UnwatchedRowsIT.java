package dev.athanor.it.query.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athanor.it.Target;
import dev.athanor.it.persistence.JpaUnit;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Queries on a unit nobody watches, so that their rows are read from the open result with the
 * typed getters, as an application's are (a watched query's result is read whole first, which the
 * other query tests exercise): entities whose id and foreign key have no typed getter (a UUID, a
 * {@code short}), a to-one and a collection fetched by join, and a native query's page. Each result is
 * checked against the rows read back with plain JDBC.
 */
class UnwatchedRowsIT {

    @TempDir
    Path dir;

    /** Two seats, five tickets (codes t1..t5; t1, t3 and t5 on seat 1): persisted, then the context let go. */
    private static Map<String, UUID> seed(JpaUnit unit) {
        Map<String, UUID> ids = new LinkedHashMap<>();
        unit.tx(em -> {
            Seat first = new Seat((short) 1, "front");
            Seat second = new Seat((short) 2, "back");
            em.persist(first);
            em.persist(second);
            for (int i = 1; i <= 5; i++) {
                Ticket ticket = new Ticket(UUID.randomUUID(), "t" + i, 10 * i, i % 2 == 1 ? first : second);
                ids.put(ticket.getCode(), ticket.getId());
                em.persist(ticket);
            }
            return null;
        });
        return ids;
    }

    /** The tickets' rows as plain JDBC reads them: code, then id, price and seat. */
    private static Map<String, List<Object>> rows(JpaUnit unit) {
        Map<String, List<Object>> rows = new LinkedHashMap<>();
        for (List<Object> row : unit.rows("SELECT code, id, price, seat_id FROM it_live_ticket ORDER BY code")) {
            rows.put((String) row.get(0), List.of(UUID.fromString(row.get(1).toString()),
                    ((Number) row.get(2)).intValue(), ((Number) row.get(3)).intValue()));
        }
        return rows;
    }

    private static List<Object> described(Ticket ticket) {
        return List.of(ticket.getId(), ticket.getPrice(), (int) ticket.getSeat().getId());
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void entitiesWithAUuidIdAndAShortKeyAreReadAsTheirRowsSay(Target target) {
        try (JpaUnit unit = JpaUnit.openUnwatched(target, dir, Seat.class, Ticket.class)) {
            Map<String, UUID> ids = seed(unit);
            Map<String, List<Object>> rows = rows(unit);
            assertThat(rows.keySet()).containsExactly("t1", "t2", "t3", "t4", "t5");
            try (EntityManager em = unit.em()) {
                List<Ticket> tickets = em.createQuery("SELECT t FROM Ticket t ORDER BY t.code", Ticket.class)
                        .getResultList();
                assertThat(tickets).extracting(Ticket::getCode).containsExactly("t1", "t2", "t3", "t4", "t5");
                for (Ticket ticket : tickets) {
                    assertThat(described(ticket)).as(ticket.getCode()).isEqualTo(rows.get(ticket.getCode()));
                    assertThat(ticket.getId()).isEqualTo(ids.get(ticket.getCode()));
                }
                assertThat(tickets.get(0).getSeat()).as("one seat instance per id").isSameAs(tickets.get(2).getSeat());
                assertThat(tickets.get(1).getSeat().getLabel()).as("loaded when read").isEqualTo("back");
                assertThat(em.find(Ticket.class, ids.get("t4"))).isSameAs(tickets.get(3));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void aToOneAndACollectionFetchedByJoinAreFilledFromTheSameRows(Target target) {
        try (JpaUnit unit = JpaUnit.openUnwatched(target, dir, Seat.class, Ticket.class)) {
            seed(unit);
            Map<String, List<Object>> rows = rows(unit);
            try (EntityManager em = unit.em()) {
                List<Ticket> dear = em.createQuery("SELECT t FROM Ticket t JOIN FETCH t.seat WHERE t.price > :price"
                        + " ORDER BY t.code", Ticket.class).setParameter("price", 15).getResultList();
                assertThat(dear).extracting(Ticket::getCode).containsExactly("t2", "t3", "t4", "t5");
                for (Ticket ticket : dear) {
                    assertThat(described(ticket)).isEqualTo(rows.get(ticket.getCode()));
                    assertThat(unit.emf().getPersistenceUnitUtil().isLoaded(ticket.getSeat(), "label")).isTrue();
                }
                assertThat(dear.get(0).getSeat().getLabel()).isEqualTo("back");
                assertThat(dear.get(1).getSeat().getLabel()).isEqualTo("front");
            }
            try (EntityManager em = unit.em()) {
                List<Seat> seats = em.createQuery("SELECT DISTINCT s FROM Seat s JOIN FETCH s.tickets ORDER BY s.id",
                        Seat.class).getResultList();
                assertThat(seats).extracting(Seat::getLabel).containsExactly("front", "back");
                assertThat(seats.get(0).getTickets()).extracting(Ticket::getCode)
                        .containsExactlyInAnyOrder("t1", "t3", "t5");
                assertThat(seats.get(1).getTickets()).extracting(Ticket::getCode).containsExactlyInAnyOrder("t2", "t4");
                for (Seat seat : seats) {
                    for (Ticket ticket : seat.getTickets()) {
                        assertThat(ticket.getSeat()).isSameAs(seat);
                        assertThat(described(ticket)).isEqualTo(rows.get(ticket.getCode()));
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void aNativeQuerysPageOfEntitiesIsReadByLabelAndSharesTheContextsInstances(Target target) {
        try (JpaUnit unit = JpaUnit.openUnwatched(target, dir, Seat.class, Ticket.class)) {
            seed(unit);
            Map<String, List<Object>> rows = rows(unit);
            try (EntityManager em = unit.em()) {
                Ticket first = em.createQuery("SELECT t FROM Ticket t WHERE t.code = 't2'", Ticket.class)
                        .getSingleResult();
                @SuppressWarnings("unchecked")
                List<Ticket> page = em.createNativeQuery("SELECT price, seat_id, code, id FROM it_live_ticket"
                        + " ORDER BY code", Ticket.class).setFirstResult(1).setMaxResults(3).getResultList();
                assertThat(page).extracting(Ticket::getCode).containsExactly("t2", "t3", "t4");
                assertThat(page.get(0)).isSameAs(first);
                for (Ticket ticket : page) {
                    assertThat(described(ticket)).isEqualTo(rows.get(ticket.getCode()));
                }
                assertThat(page.get(1).getSeat()).isSameAs(em.getReference(Seat.class, (short) 1));
            }
        }
    }

    @Entity(name = "Seat")
    @Table(name = "it_live_seat")
    public static class Seat {
        @Id
        private short id;
        private String label;
        @OneToMany(mappedBy = "seat")
        private List<Ticket> tickets = new ArrayList<>();

        protected Seat() {
        }

        Seat(short id, String label) {
            this.id = id;
            this.label = label;
        }

        public short getId() {
            return id;
        }

        public String getLabel() {
            return label;
        }

        public List<Ticket> getTickets() {
            return tickets;
        }
    }

    @Entity(name = "Ticket")
    @Table(name = "it_live_ticket")
    public static class Ticket {
        @Id
        private UUID id;
        private String code;
        private int price;
        @ManyToOne(fetch = FetchType.LAZY)
        private Seat seat;

        protected Ticket() {
        }

        Ticket(UUID id, String code, int price, Seat seat) {
            this.id = id;
            this.code = code;
            this.price = price;
            this.seat = seat;
        }

        public UUID getId() {
            return id;
        }

        public String getCode() {
            return code;
        }

        public int getPrice() {
            return price;
        }

        public Seat getSeat() {
            return seat;
        }
    }
}
