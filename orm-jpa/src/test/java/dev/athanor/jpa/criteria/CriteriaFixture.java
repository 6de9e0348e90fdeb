package dev.athanor.jpa.criteria;

import dev.athanor.core.meta.build.MetadataBuilder;
import dev.athanor.core.query.tree.QueryTree;
import dev.athanor.jpa.criteria.Shop.Address;
import dev.athanor.jpa.criteria.Shop.Customer;
import dev.athanor.jpa.criteria.Shop.Product;
import dev.athanor.jpa.criteria.Shop.Purchase;
import dev.athanor.jpa.criteria.Shop.PurchaseLine;
import dev.athanor.jpa.metamodel.AthanorMetamodel;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Root;
import java.util.Map;
import java.util.function.Function;

/** The shop's metamodel, a builder over it, and ways to read back what Criteria built. */
final class CriteriaFixture {

    static final AthanorMetamodel METAMODEL = new AthanorMetamodel(new MetadataBuilder()
            .add(Customer.class, Address.class, Purchase.class, PurchaseLine.class, Product.class).build());

    static final CriteriaBuilder CB = new AthanorCriteriaBuilder(METAMODEL);

    private CriteriaFixture() {
    }

    static String jpql(Object statement) {
        return ((CriteriaStatement) statement).describe();
    }

    static QueryTree tree(Object statement) {
        return ((CriteriaStatement) statement).tree();
    }

    /** The WHERE condition of a query from Purchase, as text. */
    static String where(Function<Root<Purchase>, Expression<Boolean>> condition) {
        CriteriaQuery<Purchase> q = CB.createQuery(Purchase.class);
        Root<Purchase> p = q.from(Purchase.class);
        q.where(condition.apply(p));
        String text = jpql(q);
        Map<String, Object> values = ((CriteriaStatement) q).implicitValues();
        return text.substring(text.indexOf(" WHERE ") + 7) + (values.isEmpty() ? "" : " " + values);
    }

    /** The one item selected by a query from Purchase, as text. */
    static String select(Function<Root<Purchase>, Expression<?>> selection) {
        CriteriaQuery<Object> q = CB.createQuery();
        Root<Purchase> p = q.from(Purchase.class);
        q.select(selection.apply(p));
        String text = jpql(q);
        return text.substring(7, text.lastIndexOf(" FROM Purchase "));
    }
}
