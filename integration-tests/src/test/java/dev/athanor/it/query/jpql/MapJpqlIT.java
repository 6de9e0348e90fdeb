package dev.athanor.it.query.jpql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.athanor.it.Target;
import dev.athanor.it.persistence.JpaUnit;
import dev.athanor.it.persistence.maps.Depot;
import dev.athanor.it.persistence.maps.Product;
import dev.athanor.it.persistence.maps.Supplier;
import dev.athanor.it.persistence.maps.Warehouse;
import dev.athanor.runtime.TrackedMap;
import jakarta.persistence.EntityGraph;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceUnitUtil;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * JPQL over {@code Map} associations: a join ranges over the values, {@code KEY} is the values'
 * {@code @MapKey} attribute (in SELECT, WHERE, ORDER BY and GROUP BY), {@code VALUE} the variable,
 * {@code ENTRY} a {@code Map.Entry} in the select list; JOIN FETCH fills the maps; SIZE, IS EMPTY and
 * MEMBER OF take map paths. What the queries return is checked against rows read with plain JDBC.
 */
class MapJpqlIT {

    @TempDir
    Path dir;

    private static String failure(EntityManager em, String jpql) {
        IllegalArgumentException e = catchThrowableOfType(() -> em.createQuery(jpql), IllegalArgumentException.class);
        assertThat(e).as("createQuery(%s) must fail", jpql).isNotNull();
        return e.getMessage();
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void keyIsTheMapKeyAttributeOfTheValuesInEveryClause(Target target) {
        try (JpaUnit unit = Depot.open(target, dir); EntityManager em = unit.em()) {
            Depot.seed(unit);
            List<Object[]> rows = em.createQuery("SELECT w.code, KEY(p), VALUE(p).name FROM Warehouse w"
                    + " JOIN w.products p WHERE KEY(p) <> 'D-4' ORDER BY KEY(p) DESC", Object[].class).getResultList();
            assertThat(rows).extracting(r -> List.of(r[0], r[1], r[2])).containsExactly(List.of("W2", "C-3", "cog"),
                    List.of("W1", "B-2", "bolt"), List.of("W1", "A-1", "apple"));
            assertThat(unit.sql().get(unit.sql().size() - 1)).contains("WHERE p").contains("sku <> 'D-4'");
            List<Object[]> jdbc = unit.rows("SELECT w.code, p.sku, p.name FROM it_map_warehouse w JOIN it_map_product p"
                    + " ON p.warehouse_id = w.id WHERE p.sku <> 'D-4' ORDER BY p.sku DESC").stream()
                    .map(List::toArray).toList();
            assertThat(rows).usingRecursiveFieldByFieldElementComparator().containsExactlyElementsOf(jdbc);
            List<Object[]> grouped = em.createQuery("SELECT KEY(s), COUNT(w) FROM Warehouse w JOIN w.suppliers s"
                    + " GROUP BY KEY(s) ORDER BY KEY(s)", Object[].class).getResultList();
            assertThat(grouped).extracting(r -> List.of(r[0], r[1])).containsExactly(List.of(300L, 2L),
                    List.of(301L, 1L));
            assertThat(Depot.rows(unit, "SELECT supplier_id, COUNT(*) FROM it_map_supply GROUP BY supplier_id"
                    + " ORDER BY supplier_id")).containsExactly(List.of(300L, 2L), List.of(301L, 1L));
            List<String> codes = em.createQuery("SELECT KEY(w) FROM Supplier s JOIN s.warehouses w"
                    + " WHERE s.name = 'Acme' ORDER BY 1", String.class).getResultList();
            assertThat(codes).containsExactly("W1", "W2");
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void entryReturnsImmutableEntriesOfKeyAndValue(Target target) {
        try (JpaUnit unit = Depot.open(target, dir); EntityManager em = unit.em()) {
            Depot.seed(unit);
            List<Map.Entry> entries = em.createQuery("SELECT ENTRY(p) FROM Warehouse w JOIN w.products p"
                    + " WHERE w.id = 1 ORDER BY KEY(p)", Map.Entry.class).getResultList();
            assertThat(entries).extracting(Map.Entry::getKey).containsExactly("A-1", "B-2");
            assertThat(entries).extracting(e -> ((Product) e.getValue()).getId()).containsExactly(11L, 12L);
            assertThat(entries.get(0).getValue()).isSameAs(em.find(Product.class, 11L));
            Map.Entry<String, Product> first = entries.get(0);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> first.setValue(null))
                    .isInstanceOf(UnsupportedOperationException.class);
            assertThat(Depot.rows(unit, "SELECT sku, id FROM it_map_product WHERE warehouse_id = 1 ORDER BY sku"))
                    .containsExactly(List.of("A-1", 11L), List.of("B-2", 12L));
            List<Object[]> pairs = em.createQuery("SELECT w.code, ENTRY(b) FROM Warehouse w LEFT JOIN w.bins b"
                    + " ORDER BY w.id, KEY(b)", Object[].class).getResultList();
            assertThat(pairs).extracting(r -> r[0]).containsExactly("W1", "W1", "W2", "W3");
            List<Object> keys = pairs.stream().<Object>map(r -> r[1] == null ? null : ((Map.Entry<?, ?>) r[1]).getKey())
                    .toList();
            assertThat(keys).containsExactly(100L, 101L, null, null);
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void joinFetchFillsTheMapsFromTheQueryRows(Target target) {
        try (JpaUnit unit = Depot.open(target, dir); EntityManager em = unit.em()) {
            Depot.seed(unit);
            List<Warehouse> all = em.createQuery("SELECT DISTINCT w FROM Warehouse w LEFT JOIN FETCH w.products"
                    + " ORDER BY w.id", Warehouse.class).getResultList();
            assertThat(all).extracting(Warehouse::getCode).containsExactly("W1", "W2", "W3");
            PersistenceUnitUtil util = unit.emf().getPersistenceUnitUtil();
            assertThat(all).allSatisfy(w -> assertThat(util.isLoaded(w, "products")).isTrue());
            unit.forget();
            assertThat(all.get(0).getProducts()).isInstanceOf(TrackedMap.class).containsOnlyKeys("A-1", "B-2");
            assertThat(all.get(1).getProducts()).containsOnlyKeys("C-3");
            assertThat(all.get(0).getProducts().get("A-1").getStock()).isEqualTo(5);
            assertThat(unit.sql()).isEmpty();
            Supplier acme = em.createQuery("SELECT DISTINCT s FROM Supplier s JOIN FETCH s.warehouses WHERE s.id = 300",
                    Supplier.class).getSingleResult();
            assertThat(acme.getWarehouses()).containsOnlyKeys("W1", "W2");
            assertThat(acme.getWarehouses().get("W1")).isSameAs(all.get(0));
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void anEntityGraphHintFetchesAMapAsAFetchJoinWould(Target target) {
        try (JpaUnit unit = Depot.open(target, dir); EntityManager em = unit.em()) {
            Depot.seed(unit);
            EntityGraph<Warehouse> graph = em.createEntityGraph(Warehouse.class);
            graph.addAttributeNodes("crates");
            List<Warehouse> all = em.createQuery("SELECT w FROM Warehouse w ORDER BY w.id", Warehouse.class)
                    .setHint("jakarta.persistence.fetchgraph", graph).getResultList();
            unit.forget();
            assertThat(all).extracting(Warehouse::getCode).containsExactly("W1", "W2", "W3");
            assertThat(all.get(0).getCrates()).containsOnlyKeys("red");
            assertThat(all.get(1).getCrates()).isEmpty();
            assertThat(unit.sql()).isEmpty();
            assertThat(Depot.rows(unit, "SELECT Warehouse_id, crates_id FROM it_map_warehouse_crate"))
                    .containsExactly(List.of(1L, 200L));
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void sizeIsEmptyAndMemberOfTakeMapPaths(Target target) {
        try (JpaUnit unit = Depot.open(target, dir); EntityManager em = unit.em()) {
            Depot.seed(unit);
            List<Object[]> sizes = em.createQuery("SELECT w.code, SIZE(w.products), SIZE(w.suppliers) FROM Warehouse w"
                    + " ORDER BY w.id", Object[].class).getResultList();
            assertThat(sizes).extracting(r -> List.of(r[0], r[1], r[2])).containsExactly(List.of("W1", 2, 2),
                    List.of("W2", 1, 1), List.of("W3", 1, 0));
            assertThat(em.createQuery("SELECT w.code FROM Warehouse w WHERE w.crates IS EMPTY ORDER BY w.id",
                    String.class).getResultList()).containsExactly("W2", "W3");
            assertThat(em.createQuery("SELECT w.code FROM Warehouse w WHERE w.bins IS NOT EMPTY", String.class)
                    .getResultList()).containsExactly("W1");
            Supplier bolt = em.find(Supplier.class, 301L);
            assertThat(em.createQuery("SELECT w.code FROM Warehouse w WHERE :s MEMBER OF w.suppliers", String.class)
                    .setParameter("s", bolt).getResultList()).containsExactly("W1");
            assertThat(Depot.rows(unit, "SELECT warehouse_id FROM it_map_supply WHERE supplier_id = 301"))
                    .containsExactly(List.of(1L));
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void misusedMapFunctionsAreErrorsWithTheirPosition(Target target) {
        try (JpaUnit unit = Depot.open(target, dir); EntityManager em = unit.em()) {
            String notMap = "SELECT KEY(w) FROM Warehouse w";
            assertThat(failure(em, notMap)).contains("ATH-9004").contains("line 1, column 12")
                    .contains("KEY(w): w is a range variable over Warehouse")
                    .contains("applies to a variable joined over a Map association");
            String whereEntry = "SELECT w FROM Warehouse w JOIN w.products p WHERE ENTRY(p) IS NOT NULL";
            assertThat(failure(em, whereEntry)).contains("ATH-9001")
                    .contains("line 1, column " + (whereEntry.indexOf("ENTRY") + 1))
                    .contains("ENTRY(...) is allowed only as an item of the top-level SELECT clause");
            String navigation = "SELECT KEY(p).length FROM Warehouse w JOIN w.products p";
            assertThat(failure(em, navigation)).contains("ATH-9001").contains("Cannot navigate to 'length'");
            assertThat(unit.sql()).isEmpty();
        }
    }
}
