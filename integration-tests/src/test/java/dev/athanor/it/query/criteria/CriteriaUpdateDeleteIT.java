package dev.athanor.it.query.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.it.Target;
import dev.athanor.it.persistence.JpaUnit;
import dev.athanor.it.query.ShopData;
import dev.athanor.it.query.ShopData.L;
import dev.athanor.it.query.ShopData.P;
import dev.athanor.it.query.model.Customer;
import dev.athanor.it.query.model.Customer_;
import dev.athanor.it.query.model.OrderLine;
import dev.athanor.it.query.model.Product;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TransactionRequiredException;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaDelete;
import jakarta.persistence.criteria.CriteriaUpdate;
import jakarta.persistence.criteria.Root;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** CriteriaUpdate and CriteriaDelete: counts, rows read back with JDBC, transactions required. */
class CriteriaUpdateDeleteIT {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Target.class)
    void anUpdateWithAnExpressionAndAWhere(Target target) {
        try (JpaUnit unit = ShopData.openUnwatched(target, dir)) {
            int count = unit.tx(em -> {
                CriteriaBuilder cb = em.getCriteriaBuilder();
                CriteriaUpdate<Product> update = cb.createCriteriaUpdate(Product.class);
                Root<Product> p = update.from(Product.class);
                jakarta.persistence.criteria.Path<Double> price = p.get("price");
                update.set(price, cb.prod(price, 2.0)).set(p.<Integer>get("stock"), 1)
                        .where(cb.isNull(p.get("stock")));
                return em.createQuery(update).executeUpdate();
            });
            assertThat(count).isEqualTo(ShopData.productIds(p -> p.stock() == null).size());
            for (P p : ShopData.PRODUCTS) {
                List<Object> row = unit.rows("SELECT price, stock FROM itq_product WHERE id = ?", p.id()).get(0);
                assertThat(((Number) row.get(0)).doubleValue()).isEqualTo(p.stock() == null ? p.price() * 2 : p.price());
                assertThat(((Number) row.get(1)).intValue()).isEqualTo(p.stock() == null ? 1 : p.stock());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void anUpdateThroughTheStaticMetamodel(Target target) {
        try (JpaUnit unit = ShopData.openUnwatched(target, dir)) {
            int count = unit.tx(em -> {
                CriteriaBuilder cb = em.getCriteriaBuilder();
                CriteriaUpdate<Customer> update = cb.createCriteriaUpdate(Customer.class);
                Root<Customer> c = update.from(Customer.class);
                update.set(Customer_.rating, 0).where(cb.isNull(c.get(Customer_.rating)));
                return em.createQuery(update).executeUpdate();
            });
            assertThat(count).isEqualTo(ShopData.customerIds(c -> c.rating() == null).size());
            assertThat(unit.count("SELECT COUNT(*) FROM itq_customer WHERE rating = 0")).isEqualTo(count);
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void aDeleteWithASubquery(Target target) {
        try (JpaUnit unit = ShopData.openUnwatched(target, dir)) {
            int count = unit.tx(em -> {
                CriteriaBuilder cb = em.getCriteriaBuilder();
                CriteriaDelete<OrderLine> delete = cb.createCriteriaDelete(OrderLine.class);
                Root<OrderLine> l = delete.from(OrderLine.class);
                var cheap = delete.subquery(Long.class);
                Root<Product> p = cheap.from(Product.class);
                cheap.select(p.get("id")).where(cb.lt(p.get("price"), 1.0));
                delete.where(l.get("product").get("id").in(cheap));
                return em.createQuery(delete).executeUpdate();
            });
            List<Long> cheapIds = ShopData.productIds(p -> p.price() < 1.0);
            assertThat(count).isEqualTo((int) ShopData.LINES.stream().filter(l -> cheapIds.contains(l.productId())).count());
            assertThat(unit.rows("SELECT id FROM itq_line ORDER BY id").stream().map(r -> ((Number) r.get(0)).longValue())
                    .toList()).isEqualTo(ShopData.LINES.stream().filter(l -> !cheapIds.contains(l.productId()))
                    .map(L::id).toList());
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void outsideATransactionBothAreRefused(Target target) {
        try (JpaUnit unit = ShopData.openUnwatched(target, dir); EntityManager em = unit.em()) {
            CriteriaBuilder cb = em.getCriteriaBuilder();
            CriteriaDelete<Product> delete = cb.createCriteriaDelete(Product.class);
            delete.from(Product.class);
            assertThatThrownBy(() -> em.createQuery(delete).executeUpdate())
                    .isInstanceOf(TransactionRequiredException.class);
            CriteriaUpdate<Product> update = cb.createCriteriaUpdate(Product.class);
            update.from(Product.class);
            update.set("name", "x");
            assertThatThrownBy(() -> em.createQuery(update).executeUpdate())
                    .isInstanceOf(TransactionRequiredException.class);
            assertThat(unit.count("SELECT COUNT(*) FROM itq_product")).isEqualTo(ShopData.PRODUCTS.size());
        }
    }
}
