package dev.athanor.it.persistence.maps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.it.Target;
import dev.athanor.it.persistence.JpaUnit;
import dev.athanor.runtime.TrackedMap;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceUnitUtil;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code Map} associations keyed by an attribute of their values, stored as the same association
 * as a {@code Set} would be: loading on first use (in batches), persisting and removing through the
 * cascade, writing only what changed for each storage, merge, refresh and detach. Rows are read
 * back with plain JDBC.
 */
class MapAssociationIT {

    private static final String PRODUCTS = "SELECT id, sku, warehouse_id FROM it_map_product ORDER BY id";

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Target.class)
    void persistingAWarehouseCascadesOverItsMapValues(Target target) {
        try (JpaUnit unit = Depot.open(target, dir)) {
            Warehouse saved = unit.tx(em -> {
                Warehouse w = new Warehouse(7, "W7", "Gent");
                w.stock(new Product(70, "X-1", "axe", 1));
                w.stock(new Product(71, "Y-2", "yoke", 2));
                w.getCrates().put("green", new Crate(700, "green"));
                em.persist(w);
                return w;
            });
            assertThat(saved.getProducts()).isInstanceOf(TrackedMap.class).containsOnlyKeys("X-1", "Y-2");
            assertThat(Depot.rows(unit, PRODUCTS)).containsExactly(List.of(70L, "X-1", 7L), List.of(71L, "Y-2", 7L));
            assertThat(Depot.rows(unit, "SELECT Warehouse_id, crates_id FROM it_map_warehouse_crate"))
                    .containsExactly(List.of(7L, 700L));
            assertThat(Depot.rows(unit, "SELECT id, label FROM it_map_crate")).containsExactly(List.of(700L, "green"));
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void aMapIsLoadedOnFirstUseKeyedByItsMapKeyAttribute(Target target) {
        try (JpaUnit unit = Depot.open(target, dir)) {
            Depot.seed(unit);
            EntityManager em = unit.em();
            Warehouse w1 = em.find(Warehouse.class, 1L);
            Map<String, Product> products = w1.getProducts();
            assertThat(products).isInstanceOf(TrackedMap.class);
            assertThat(products.toString()).isEqualTo("{unloaded}");
            assertThat(unit.sql()).hasSize(1);
            unit.forget();
            assertThat(products.get("A-1").getName()).isEqualTo("apple");
            assertThat(unit.sql()).hasSize(1);
            assertThat(unit.sql().get(0)).contains("FROM it_map_product e WHERE e.warehouse_id IN (?");
            assertThat(products).containsOnlyKeys("A-1", "B-2");
            assertThat(products.get("B-2").getWarehouse()).isSameAs(w1);
            // keyed by id without any map-key annotation, through a foreign key and a join table
            assertThat(w1.getBins()).containsOnlyKeys(100L, 101L);
            assertThat(w1.getBins().get(101L).getLabel()).isEqualTo("right");
            assertThat(w1.getCrates()).containsOnlyKeys("red");
            assertThat(w1.getSuppliers()).containsOnlyKeys(300L, 301L);
            assertThat(w1.getSuppliers().get(301L).getName()).isEqualTo("Bolt");
            // the inverse side of the many-to-many, keyed by the warehouses' code
            Supplier acme = em.find(Supplier.class, 300L);
            assertThat(acme.getWarehouses()).containsOnlyKeys("W1", "W2");
            assertThat(acme.getWarehouses().get("W1")).isSameAs(w1);
            em.close();
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void theFirstUseLoadsTheMapsOfSiblingOwnersInOneStatement(Target target) {
        try (JpaUnit unit = Depot.open(target, dir)) {
            Depot.seed(unit);
            EntityManager em = unit.em();
            List<Warehouse> all = em.createQuery("SELECT w FROM Warehouse w ORDER BY w.id", Warehouse.class)
                    .getResultList();
            unit.forget();
            assertThat(all.get(0).getProducts()).hasSize(2);
            PersistenceUnitUtil util = unit.emf().getPersistenceUnitUtil();
            assertThat(all).allSatisfy(w -> assertThat(util.isLoaded(w, "products")).isTrue());
            assertThat(all.get(1).getProducts()).containsOnlyKeys("C-3");
            assertThat(all.get(2).getProducts()).containsOnlyKeys("D-4");
            assertThat(unit.sql()).hasSize(1);
            em.close();
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void putAndRemoveOnAMappedByMapInsertAndRemoveOrphans(Target target) {
        try (JpaUnit unit = Depot.open(target, dir)) {
            Depot.seed(unit);
            unit.tx(em -> {
                Warehouse w1 = em.find(Warehouse.class, 1L);
                w1.getProducts().remove("A-1");
                w1.stock(new Product(13, "E-5", "engine", 1));
                unit.forget();
                return null;
            });
            assertThat(unit.writeSql()).containsExactly(
                    "INSERT INTO it_map_product (id, name, sku, stock, warehouse_id) VALUES (?, ?, ?, ?, ?)",
                    "DELETE FROM it_map_product WHERE id = ?");
            assertThat(Depot.rows(unit, PRODUCTS)).containsExactly(List.of(12L, "B-2", 1L), List.of(13L, "E-5", 1L),
                    List.of(21L, "C-3", 2L), List.of(31L, "D-4", 3L));
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void aUnidirectionalMapWithAJoinColumnSetsAndClearsTheForeignKey(Target target) {
        try (JpaUnit unit = Depot.open(target, dir)) {
            Depot.seed(unit);
            unit.tx(em -> {
                Warehouse w1 = em.find(Warehouse.class, 1L);
                Bin spare = em.find(Bin.class, 102L);
                w1.getBins().remove(100L);
                w1.getBins().put(spare.getId(), spare);
                unit.forget();
                return null;
            });
            assertThat(unit.writeSql()).containsExactly(
                    "UPDATE it_map_bin SET warehouse_id = NULL WHERE id = ? AND warehouse_id = ?",
                    "UPDATE it_map_bin SET warehouse_id = ? WHERE id = ?");
            assertThat(Depot.rows(unit, "SELECT id, warehouse_id FROM it_map_bin ORDER BY id"))
                    .containsExactly(Arrays.asList(100L, null), List.of(101L, 1L), List.of(102L, 1L));
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void joinTableMapsWriteOnlyTheRowsThatChanged(Target target) {
        try (JpaUnit unit = Depot.open(target, dir)) {
            Depot.seed(unit);
            unit.tx(em -> {
                Warehouse w1 = em.find(Warehouse.class, 1L);
                Warehouse w3 = em.find(Warehouse.class, 3L);
                w1.getCrates().clear();
                Crate blue = em.find(Crate.class, 201L);
                w3.getCrates().put(blue.getLabel(), blue);
                Supplier bolt = em.find(Supplier.class, 301L);
                w1.getSuppliers().remove(300L);
                w3.getSuppliers().put(bolt.getId(), bolt);
                unit.forget();
                return null;
            });
            assertThat(unit.writeSql()).containsExactlyInAnyOrder(
                    "DELETE FROM it_map_warehouse_crate WHERE Warehouse_id = ? AND crates_id = ?",
                    "DELETE FROM it_map_supply WHERE warehouse_id = ? AND supplier_id = ?",
                    "INSERT INTO it_map_warehouse_crate (Warehouse_id, crates_id) VALUES (?, ?)",
                    "INSERT INTO it_map_supply (warehouse_id, supplier_id) VALUES (?, ?)");
            assertThat(Depot.rows(unit, "SELECT Warehouse_id, crates_id FROM it_map_warehouse_crate"))
                    .containsExactly(List.of(3L, 201L));
            assertThat(Depot.rows(unit, "SELECT warehouse_id, supplier_id FROM it_map_supply"
                    + " ORDER BY warehouse_id, supplier_id")).containsExactly(List.of(1L, 301L), List.of(2L, 300L),
                            List.of(3L, 301L));
            try (EntityManager em = unit.em()) {
                assertThat(em.find(Supplier.class, 301L).getWarehouses()).containsOnlyKeys("W1", "W3");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void aMapReplacedByTheApplicationIsWrappedAndWrittenWhole(Target target) {
        try (JpaUnit unit = Depot.open(target, dir)) {
            Depot.seed(unit);
            unit.tx(em -> {
                Warehouse w2 = em.find(Warehouse.class, 2L);
                Map<String, Crate> crates = new HashMap<>();
                crates.put("green", new Crate(202, "green"));
                crates.put("blue", em.find(Crate.class, 201L));
                w2.getCrates().putAll(crates);
                return null;
            });
            assertThat(Depot.rows(unit, "SELECT Warehouse_id, crates_id FROM it_map_warehouse_crate"
                    + " ORDER BY Warehouse_id, crates_id")).containsExactly(List.of(1L, 200L), List.of(2L, 201L),
                            List.of(2L, 202L));
            Warehouse w2 = unit.tx(em -> {
                Warehouse found = em.find(Warehouse.class, 2L);
                assertThat(found.getCrates()).containsOnlyKeys("green", "blue");
                return found;
            });
            assertThat(w2.getCrates()).isInstanceOf(TrackedMap.class);
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void removingAWarehouseCascadesOverItsProductsAndUnlinksTheRest(Target target) {
        try (JpaUnit unit = Depot.open(target, dir)) {
            Depot.seed(unit);
            unit.tx(em -> {
                em.remove(em.find(Warehouse.class, 1L));
                return null;
            });
            assertThat(Depot.rows(unit, PRODUCTS)).containsExactly(List.of(21L, "C-3", 2L), List.of(31L, "D-4", 3L));
            assertThat(Depot.rows(unit, "SELECT id, warehouse_id FROM it_map_bin ORDER BY id"))
                    .containsExactly(Arrays.asList(100L, null), Arrays.asList(101L, null),
                    Arrays.asList(102L, null));
            assertThat(unit.count("SELECT count(*) FROM it_map_warehouse_crate")).isZero();
            assertThat(Depot.rows(unit, "SELECT warehouse_id, supplier_id FROM it_map_supply"))
                    .containsExactly(List.of(2L, 300L));
            assertThat(unit.count("SELECT count(*) FROM it_map_warehouse")).isEqualTo(2);
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void mergeCopiesADetachedMapAndCascadesOverItsValues(Target target) {
        try (JpaUnit unit = Depot.open(target, dir)) {
            Depot.seed(unit);
            Warehouse detached = unit.tx(em -> {
                Warehouse w = em.find(Warehouse.class, 2L);
                w.getProducts().size();
                return w;
            });
            detached.getProducts().remove("C-3");
            detached.stock(new Product(22, "F-6", "file", 4));
            Warehouse merged = unit.tx(em -> em.merge(detached));
            assertThat(merged).isNotSameAs(detached);
            assertThat(merged.getProducts()).containsOnlyKeys("F-6");
            assertThat(Depot.rows(unit, PRODUCTS)).containsExactly(List.of(11L, "A-1", 1L), List.of(12L, "B-2", 1L),
                    List.of(22L, "F-6", 2L), List.of(31L, "D-4", 3L));
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void refreshForgetsUnflushedChangesAndDetachLeavesAnUnloadedMapUnreadable(Target target) {
        try (JpaUnit unit = Depot.open(target, dir)) {
            Depot.seed(unit);
            unit.tx(em -> {
                Warehouse w1 = em.find(Warehouse.class, 1L);
                w1.getSuppliers().clear();
                em.refresh(w1);
                assertThat(w1.getSuppliers()).containsOnlyKeys(300L, 301L);
                return null;
            });
            assertThat(unit.count("SELECT count(*) FROM it_map_supply")).isEqualTo(3);
            EntityManager em = unit.em();
            Warehouse w2 = em.find(Warehouse.class, 2L);
            em.detach(w2);
            assertThatThrownBy(() -> w2.getProducts().size()).hasMessageContaining("ATH-8016")
                    .hasMessageContaining("Warehouse.products");
            em.close();
        }
    }
}
