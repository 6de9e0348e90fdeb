package dev.athanor.jpa.criteria;

import dev.athanor.jpa.criteria.Shop.Customer;
import dev.athanor.jpa.criteria.Shop.Purchase;
import dev.athanor.jpa.criteria.Shop.PurchaseLine;
import jakarta.persistence.metamodel.EntityType;
import jakarta.persistence.metamodel.SetAttribute;
import jakarta.persistence.metamodel.SingularAttribute;
import jakarta.persistence.metamodel.StaticMetamodel;
import java.math.BigDecimal;

/** Hand-written static metamodel classes, spelt as generators do for nested entities. */
final class Shop_ {

    private Shop_() {
    }

    @StaticMetamodel(Purchase.class)
    static final class Purchase_ {
        public static volatile EntityType<Purchase> class_;
        public static volatile SingularAttribute<Purchase, Long> id;
        public static volatile SingularAttribute<Purchase, Customer> customer;
        public static volatile SingularAttribute<Purchase, BigDecimal> total;
        public static volatile SingularAttribute<Purchase, Integer> quantity;
        public static volatile SetAttribute<Purchase, PurchaseLine> lines;

        private Purchase_() {
        }
    }
}
