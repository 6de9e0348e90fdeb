package dev.athanor.jpa.criteria;

import static dev.athanor.jpa.criteria.CriteriaFixture.CB;
import static dev.athanor.jpa.criteria.CriteriaFixture.jpql;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.jpa.criteria.Shop.Customer;
import dev.athanor.jpa.criteria.Shop.Product;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.CriteriaSelect;
import jakarta.persistence.criteria.Root;
import org.junit.jupiter.api.Test;

class AthanorSetOperationTest {

    private final CriteriaBuilder cb = CB;

    private CriteriaQuery<String> names(Class<?> entity, String parameter) {
        CriteriaQuery<String> q = cb.createQuery(String.class);
        Root<?> root = q.from(entity);
        q.select(root.get("name"));
        if (parameter != null) {
            q.where(cb.equal(root.get("name"), cb.parameter(String.class, parameter)));
        } else {
            q.where(cb.equal(root.get("name"), cb.parameter(String.class)));
        }
        return q;
    }

    @Test
    void everyOperatorWithAndWithoutAll() {
        CriteriaQuery<String> customers = names(Customer.class, "a");
        CriteriaQuery<String> products = names(Product.class, "b");
        assertThat(jpql(cb.union(customers, products))).isEqualTo("SELECT generatedAlias0.name FROM Customer"
                + " generatedAlias0 WHERE generatedAlias0.name = :a UNION SELECT generatedAlias0.name FROM Product"
                + " generatedAlias0 WHERE generatedAlias0.name = :b");
        assertThat(jpql(cb.unionAll(customers, products))).contains(" UNION ALL ");
        assertThat(jpql(cb.intersect(customers, products))).contains(" INTERSECT ");
        assertThat(jpql(cb.intersectAll(customers, products))).contains(" INTERSECT ALL ");
        assertThat(jpql(cb.except(customers, products))).contains(" EXCEPT ");
        CriteriaSelect<String> nested = cb.exceptAll(cb.union(customers, products), customers);
        assertThat(jpql(nested)).contains(" UNION ").endsWith(" EXCEPT ALL SELECT generatedAlias0.name FROM Customer"
                + " generatedAlias0 WHERE generatedAlias0.name = :a");
        assertThat(((AthanorSetOperation<String>) nested).getResultType()).isEqualTo(String.class);
    }

    @Test
    void unnamedParametersAreNumberedAcrossTheStatement() {
        CriteriaSelect<String> union = cb.union(names(Customer.class, null), names(Product.class, null));
        assertThat(jpql(union)).contains(":param0 UNION").endsWith(":param1");
        assertThat(((CriteriaStatement) union).parameters()).extracting(AthanorParameterExpression::treeName)
                .containsExactly("param0", "param1");
        assertThat(CriteriaFixture.tree(union)).isEqualTo(CriteriaFixture.tree(
                cb.union(names(Customer.class, null), names(Product.class, null))));
    }

    @Test
    void anOperandCannotBeOrderedOnItsOwn() {
        CriteriaQuery<String> ordered = names(Customer.class, "a");
        ordered.orderBy(cb.asc(ordered.getRoots().iterator().next().get("name")));
        assertThatThrownBy(() -> jpql(cb.union(ordered, names(Product.class, "b"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot have its own ORDER BY");
    }
}
