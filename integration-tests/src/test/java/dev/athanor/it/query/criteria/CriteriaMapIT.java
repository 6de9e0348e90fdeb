package dev.athanor.it.query.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athanor.it.Target;
import dev.athanor.it.persistence.JpaUnit;
import dev.athanor.it.persistence.maps.Depot;
import dev.athanor.it.persistence.maps.Product;
import dev.athanor.it.persistence.maps.Product_;
import dev.athanor.it.persistence.maps.Supplier;
import dev.athanor.it.persistence.maps.Warehouse;
import dev.athanor.it.persistence.maps.Warehouse_;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceUnitUtil;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.MapJoin;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.metamodel.MapAttribute;
import jakarta.persistence.metamodel.PluralAttribute;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Criteria over {@code Map} associations, the same queries as {@code MapJpqlIT}: {@code MapJoin} with
 * {@code key()}, {@code value()} and {@code entry()}, {@code joinMap}, fetch of a map, SIZE, IS EMPTY and
 * MEMBER OF on map paths; the static metamodel's {@code MapAttribute} fields are filled in at boot.
 */
class CriteriaMapIT {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Target.class)
    void theStaticMetamodelHasMapAttributesWithKeyAndElementTypes(Target target) {
        try (JpaUnit unit = Depot.open(target, dir)) {
            MapAttribute<Warehouse, String, Product> products = Warehouse_.products;
            assertThat(products).as("filled in at boot").isNotNull();
            assertThat(products.getCollectionType()).isEqualTo(PluralAttribute.CollectionType.MAP);
            assertThat(products.getKeyJavaType()).isEqualTo(String.class);
            assertThat(products.getElementType().getJavaType()).isEqualTo(Product.class);
            assertThat(Warehouse_.bins.getKeyJavaType()).isEqualTo(Long.class);
            assertThat(unit.emf().getMetamodel().entity(Supplier.class).getMap("warehouses", String.class,
                    Warehouse.class).getKeyJavaType()).isEqualTo(String.class);
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void aMapJoinHasKeyValueAndEntry(Target target) {
        try (JpaUnit unit = Depot.open(target, dir); EntityManager em = unit.em()) {
            Depot.seed(unit);
            CriteriaBuilder cb = em.getCriteriaBuilder();
            CriteriaQuery<Tuple> q = cb.createTupleQuery();
            Root<Warehouse> w = q.from(Warehouse.class);
            MapJoin<Warehouse, String, Product> p = w.join(Warehouse_.products);
            q.multiselect(w.get(Warehouse_.code), p.key(), p.value().get(Product_.name))
                    .where(cb.notEqual(p.key(), "D-4")).orderBy(cb.desc(p.key()));
            List<Tuple> rows = em.createQuery(q).getResultList();
            assertThat(rows).extracting(t -> List.of(t.get(0), t.get(1), t.get(2))).containsExactly(
                    List.of("W2", "C-3", "cog"), List.of("W1", "B-2", "bolt"), List.of("W1", "A-1", "apple"));
            assertThat(Depot.rows(unit, "SELECT w.code, p.sku, p.name FROM it_map_warehouse w JOIN it_map_product p"
                    + " ON p.warehouse_id = w.id WHERE p.sku <> 'D-4' ORDER BY p.sku DESC")).containsExactly(
                            List.of("W2", "C-3", "cog"), List.of("W1", "B-2", "bolt"), List.of("W1", "A-1", "apple"));

            CriteriaQuery<Map.Entry> entries = cb.createQuery(Map.Entry.class);
            Root<Warehouse> w1 = entries.from(Warehouse.class);
            MapJoin<Warehouse, String, Product> products = w1.joinMap("products");
            @SuppressWarnings({"unchecked", "rawtypes"})
            CriteriaQuery<Map.Entry> select = entries.select((jakarta.persistence.criteria.Selection) products.entry());
            select.where(cb.equal(w1.get(Warehouse_.id), 1L)).orderBy(cb.asc(products.key()));
            List<Map.Entry> result = em.createQuery(select).getResultList();
            assertThat(result).extracting(Map.Entry::getKey).containsExactly("A-1", "B-2");
            assertThat(result.get(1).getValue()).isSameAs(em.find(Product.class, 12L));
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void aLeftJoinedMapAndGroupingByItsKey(Target target) {
        try (JpaUnit unit = Depot.open(target, dir); EntityManager em = unit.em()) {
            Depot.seed(unit);
            CriteriaBuilder cb = em.getCriteriaBuilder();
            CriteriaQuery<Object[]> q = cb.createQuery(Object[].class);
            Root<Warehouse> w = q.from(Warehouse.class);
            MapJoin<Warehouse, Long, Supplier> s = w.join(Warehouse_.suppliers, JoinType.LEFT);
            q.multiselect(s.key(), cb.count(w)).groupBy(s.key()).orderBy(cb.asc(s.key()));
            List<Object[]> rows = em.createQuery(q).getResultList();
            assertThat(rows).extracting(r -> r[0] == null ? "none" : r[0]).containsExactly("none", 300L, 301L);
            assertThat(rows).extracting(r -> r[1]).containsExactly(1L, 2L, 1L);
            assertThat(Depot.rows(unit, "SELECT supplier_id, COUNT(*) FROM it_map_supply GROUP BY supplier_id"
                    + " ORDER BY supplier_id")).containsExactly(List.of(300L, 2L), List.of(301L, 1L));
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void fetchingAMapFillsItFromTheRows(Target target) {
        try (JpaUnit unit = Depot.open(target, dir); EntityManager em = unit.em()) {
            Depot.seed(unit);
            CriteriaBuilder cb = em.getCriteriaBuilder();
            CriteriaQuery<Warehouse> q = cb.createQuery(Warehouse.class);
            Root<Warehouse> w = q.from(Warehouse.class);
            w.fetch(Warehouse_.products, JoinType.LEFT);
            q.select(w).distinct(true).orderBy(cb.asc(w.get(Warehouse_.id)));
            List<Warehouse> all = em.createQuery(q).getResultList();
            PersistenceUnitUtil util = unit.emf().getPersistenceUnitUtil();
            assertThat(all).extracting(Warehouse::getCode).containsExactly("W1", "W2", "W3");
            assertThat(all).allSatisfy(x -> assertThat(util.isLoaded(x, "products")).isTrue());
            unit.forget();
            assertThat(all.get(0).getProducts()).containsOnlyKeys("A-1", "B-2");
            assertThat(unit.sql()).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void sizeIsEmptyAndIsMemberOnMapPaths(Target target) {
        try (JpaUnit unit = Depot.open(target, dir); EntityManager em = unit.em()) {
            Depot.seed(unit);
            CriteriaBuilder cb = em.getCriteriaBuilder();
            CriteriaQuery<Object[]> sizes = cb.createQuery(Object[].class);
            Root<Warehouse> w = sizes.from(Warehouse.class);
            sizes.multiselect(w.get(Warehouse_.code), cb.size(w.<Collection<Product>>get("products")))
                    .orderBy(cb.asc(w.get(Warehouse_.id)));
            assertThat(em.createQuery(sizes).getResultList()).extracting(r -> List.of(r[0], r[1]))
                    .containsExactly(List.of("W1", 2), List.of("W2", 1), List.of("W3", 1));

            CriteriaQuery<String> empty = cb.createQuery(String.class);
            Root<Warehouse> e = empty.from(Warehouse.class);
            empty.select(e.get(Warehouse_.code)).where(cb.isEmpty(e.<Collection<Object>>get("crates")))
                    .orderBy(cb.asc(e.get(Warehouse_.id)));
            assertThat(em.createQuery(empty).getResultList()).containsExactly("W2", "W3");

            Supplier bolt = em.find(Supplier.class, 301L);
            CriteriaQuery<String> member = cb.createQuery(String.class);
            Root<Warehouse> m = member.from(Warehouse.class);
            member.select(m.get(Warehouse_.code)).where(cb.isMember(bolt, m.<Collection<Supplier>>get("suppliers")));
            assertThat(em.createQuery(member).getResultList()).containsExactly("W1");
            assertThat(Depot.rows(unit, "SELECT warehouse_id FROM it_map_supply WHERE supplier_id = 301"))
                    .containsExactly(List.of(1L));
        }
    }
}
