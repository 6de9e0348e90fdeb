package dev.athanor.jpa.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.athanor.core.query.QueryPlanCache;
import dev.athanor.core.session.SessionFactory;
import dev.athanor.jpa.AthanorPersistenceProvider;
import dev.athanor.jpa.criteria.Shop.Address;
import dev.athanor.jpa.criteria.Shop.Customer;
import dev.athanor.jpa.criteria.Shop.Product;
import dev.athanor.jpa.criteria.Shop.Purchase;
import dev.athanor.jpa.criteria.Shop.PurchaseLine;
import dev.athanor.jpa.criteria.Shop.Status;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceConfiguration;
import jakarta.persistence.Tuple;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaDelete;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.CriteriaUpdate;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.LocalDateField;
import jakarta.persistence.criteria.Nulls;
import jakarta.persistence.criteria.ParameterExpression;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.math.BigDecimal;
import java.util.List;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Criteria queries run end to end through an EntityManager on a SQLite file. */
class CriteriaOnSqliteTest {

    @TempDir
    Path dir;
    private EntityManagerFactory emf;
    private EntityManager em;

    private String url() {
        return "jdbc:sqlite:" + dir.resolve("shop.db");
    }

    @BeforeEach
    void open() throws SQLException {
        emf = new AthanorPersistenceProvider().createEntityManagerFactory(new PersistenceConfiguration("shop")
                .property(PersistenceConfiguration.JDBC_URL, url())
                .property(PersistenceConfiguration.SCHEMAGEN_DATABASE_ACTION, "create")
                .managedClass(Customer.class).managedClass(Address.class).managedClass(Purchase.class)
                .managedClass(PurchaseLine.class).managedClass(Product.class));
        em = emf.createEntityManager();
        jdbc("insert into Customer (id, name, email, active, city) values (1, 'Ann', 'ann@x.org', 1, 'Paris')",
                "insert into Customer (id, name, email, active, city) values (2, 'Bob', 'bob@y.org', 0, 'Lyon')",
                "insert into Customer (id, name, email, active, city) values (3, 'Cy', null, 1, null)",
                "insert into Product (id, name, price) values (1, 'Pen', 1.5)",
                "insert into Product (id, name, price) values (2, 'Ink', 4)",
                "insert into Purchase (id, version, customer_id, total, quantity, status, placedOn, note)"
                        + " values (10, 0, 1, 12.5, 3, 'PAID', '2024-01-31', 'gift')",
                "insert into Purchase (id, version, customer_id, total, quantity, status, placedOn, note)"
                        + " values (11, 0, 1, 4, 1, 'NEW', '2024-02-10', null)",
                "insert into Purchase (id, version, customer_id, total, quantity, status, placedOn, note)"
                        + " values (12, 0, 2, 30, 6, 'PAID', '2023-12-01', 'bulk')",
                "insert into PurchaseLine (id, purchase_id, product_id, amount) values (100, 10, 1, 2)",
                "insert into PurchaseLine (id, purchase_id, product_id, amount) values (101, 10, 2, 1)",
                "insert into PurchaseLine (id, purchase_id, product_id, amount) values (102, 12, 2, 6)");
    }

    private void jdbc(String... statements) throws SQLException {
        try (Connection c = DriverManager.getConnection(url()); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    private Object scalar(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url()); Statement s = c.createStatement();
                ResultSet rows = s.executeQuery(sql)) {
            rows.next();
            return rows.getObject(1);
        }
    }

    @AfterEach
    void close() {
        em.close();
        emf.close();
    }

    @Test
    void restrictionsWithParametersAndOrdering() {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Purchase> q = cb.createQuery(Purchase.class);
        Root<Purchase> p = q.from(Purchase.class);
        ParameterExpression<BigDecimal> min = cb.parameter(BigDecimal.class);
        q.select(p).where(cb.gt(p.get("total"), min), cb.like(p.get("customer").get("email"), "%@%"))
                .orderBy(cb.desc(p.get("total")));
        List<Purchase> found = em.createQuery(q).setParameter(min, new BigDecimal("5")).getResultList();
        assertThat(found).extracting(x -> x.id).containsExactly(12L, 10L);
        assertThat(found.get(1).customer.name).isEqualTo("Ann");
    }

    @Test
    void joinsGroupingAndTuples() {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Tuple> q = cb.createTupleQuery();
        Root<Purchase> p = q.from(Purchase.class);
        Join<Purchase, Customer> c = p.join("customer");
        Expression<Long> count = cb.count(p);
        q.multiselect(c.get("name").alias("name"), count.alias("n"), cb.sum(p.<BigDecimal>get("total")))
                .groupBy(c.get("name")).having(cb.ge(count, 1L)).orderBy(cb.asc(c.get("name")));
        List<Tuple> rows = em.createQuery(q).getResultList();
        assertThat(rows).extracting(t -> t.get("name", String.class), t -> t.get(count))
                .containsExactly(tuple("Ann", 2L), tuple("Bob", 1L));
        assertThat(rows.get(0).get(2, BigDecimal.class)).isEqualByComparingTo("16.5");
    }

    @Test
    void correlatedSubqueriesAndConstruct() {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<String> q = cb.createQuery(String.class);
        Root<Customer> c = q.from(Customer.class);
        Subquery<Long> paid = q.subquery(Long.class);
        Root<Purchase> p = paid.from(Purchase.class);
        paid.select(p.get("id")).where(cb.equal(p.get("customer"), paid.correlate(c)),
                cb.equal(p.get("status"), Shop.Status.PAID));
        q.select(c.get("name")).where(cb.not(cb.exists(paid))).orderBy(cb.asc(c.get("name")));
        assertThat(em.createQuery(q).getResultList()).containsExactly("Cy");

        CriteriaQuery<Shop.Summary> summaries = cb.createQuery(Shop.Summary.class);
        Root<Purchase> s = summaries.from(Purchase.class);
        summaries.select(cb.construct(Shop.Summary.class, s.get("customer").get("name"), s.get("total")))
                .where(cb.equal(s.get("id"), 12L));
        Shop.Summary summary = em.createQuery(summaries).getSingleResult();
        assertThat(summary.name).isEqualTo("Bob");
        assertThat(summary.total).isEqualByComparingTo("30");
    }

    @Test
    void functionsCaseAndInParameter() {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Object[]> q = cb.createQuery(Object[].class);
        Root<Purchase> p = q.from(Purchase.class);
        @SuppressWarnings({"unchecked", "rawtypes"})
        ParameterExpression<java.util.Collection<?>> ids = (ParameterExpression) cb.parameter(List.class, "ids");
        q.multiselect(p.get("id"), cb.coalesce(p.<String>get("note"), "-"), cb.upper(p.get("customer").get("name")),
                cb.selectCase().when(cb.gt(p.get("quantity"), 2), "many").otherwise("few"))
                .where(p.get("id").in(ids)).orderBy(cb.asc(p.get("id")));
        List<Object[]> rows = em.createQuery(q).setParameter("ids", List.of(10L, 11L)).getResultList();
        assertThat(rows).containsExactly(new Object[] {10L, "gift", "ANN", "many"},
                new Object[] {11L, "-", "ANN", "few"});
    }

    @Test
    void fetchJoinLoadsTheCollection() {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Purchase> q = cb.createQuery(Purchase.class);
        Root<Purchase> p = q.from(Purchase.class);
        p.fetch("lines", JoinType.LEFT).fetch("product", JoinType.LEFT);
        q.select(p).distinct(true).where(cb.equal(p.get("id"), 10L));
        Purchase purchase = em.createQuery(q).getSingleResult();
        assertThat(emf.getPersistenceUnitUtil().isLoaded(purchase, "lines")).isTrue();
        assertThat(purchase.lines).extracting(l -> l.product.name).containsExactlyInAnyOrder("Pen", "Ink");
    }

    @Test
    void bulkUpdateAndDelete() throws SQLException {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaUpdate<Purchase> update = cb.createCriteriaUpdate(Purchase.class);
        Root<Purchase> p = update.from(Purchase.class);
        update.set(p.get("status"), Shop.Status.PAID).set(p.<Integer>get("quantity"), cb.sum(p.get("quantity"), 10))
                .where(cb.equal(p.get("status"), Shop.Status.NEW));
        CriteriaDelete<PurchaseLine> delete = cb.createCriteriaDelete(PurchaseLine.class);
        delete.where(cb.gt(delete.from(PurchaseLine.class).get("amount"), 5));
        em.getTransaction().begin();
        assertThat(em.createQuery(update).executeUpdate()).isEqualTo(1);
        assertThat(em.createQuery(delete).executeUpdate()).isEqualTo(1);
        em.getTransaction().commit();
        assertThat(scalar("select status || ':' || quantity from Purchase where id = 11")).isEqualTo("PAID:11");
        assertThat(scalar("select count(*) from PurchaseLine")).isEqualTo(2);
    }

    @Test
    void unionOfTwoQueries() {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<String> customers = cb.createQuery(String.class);
        customers.select(customers.from(Customer.class).get("name"));
        CriteriaQuery<String> products = cb.createQuery(String.class);
        products.select(products.from(Product.class).get("name"));
        assertThat(em.createQuery(cb.union(customers, products)).getResultList())
                .containsExactlyInAnyOrder("Ann", "Bob", "Cy", "Pen", "Ink");
    }

    @Test
    void nullsOrderingExtractAndCollections() {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Object[]> q = cb.createQuery(Object[].class);
        Root<Customer> c = q.from(Customer.class);
        q.multiselect(c.get("name"), cb.size(c.get("purchases")), cb.isEmpty(c.get("purchases")).alias("none"))
                .where(c.get("active")).orderBy(cb.asc(c.get("address").get("city"), Nulls.FIRST));
        assertThat(em.createQuery(q).getResultList()).containsExactly(new Object[] {"Cy", 0, true},
                new Object[] {"Ann", 2, false});

        CriteriaQuery<Integer> years = cb.createQuery(Integer.class);
        Root<Purchase> p = years.from(Purchase.class);
        years.select(cb.extract(LocalDateField.YEAR, p.get("placedOn"))).distinct(true)
                .where(cb.between(p.<Integer>get("quantity"), 1, 5)).orderBy(cb.desc(cb.extract(LocalDateField.YEAR,
                        p.get("placedOn"))));
        assertThat(em.createQuery(years).getResultList()).containsExactly(2024);
    }

    @Test
    void entityParametersMembershipAndEntityJoins() {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        Customer ann = em.find(Customer.class, 1L);
        CriteriaQuery<Purchase> q = cb.createQuery(Purchase.class);
        Root<Purchase> p = q.from(Purchase.class);
        Join<Purchase, Product> product = p.join(Product.class, JoinType.LEFT);
        product.on(cb.equal(product.get("price"), p.get("total")));
        q.select(p).where(cb.equal(p.get("customer"), cb.parameter(Customer.class, "who")),
                cb.isNotNull(product.get("id")));
        assertThat(em.createQuery(q).setParameter("who", ann).getResultList()).extracting(x -> x.id)
                .containsExactly(11L);

        CriteriaQuery<Long> lines = cb.createQuery(Long.class);
        Root<PurchaseLine> line = lines.from(PurchaseLine.class);
        Subquery<Purchase> bulk = lines.subquery(Purchase.class);
        Root<Purchase> big = bulk.from(Purchase.class);
        bulk.select(big).where(cb.equal(big.get("note"), "bulk"));
        lines.select(cb.countDistinct(line.get("product"))).where(cb.equal(line.get("purchase"), cb.any(bulk)));
        assertThat(em.createQuery(lines).getSingleResult()).isEqualTo(1L);
    }

    @Test
    void stringFunctions() {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<String> q = cb.createQuery(String.class);
        Root<Customer> c = q.from(Customer.class);
        q.select(cb.concat(List.of(cb.left(c.get("name"), 1), cb.literal("-"), cb.right(c.get("email"), 3),
                        cb.literal("-"), cb.toString(cb.literal('x')))))
                .where(cb.gt(cb.locate(c.get("email"), "@"), 0), cb.equal(cb.length(c.get("name")), 3))
                .orderBy(cb.asc(cb.replace(c.get("name"), "A", "Z")));
        assertThat(em.createQuery(q).getResultList()).containsExactly("B-org-x", "A-org-x");
    }

    @Test
    void theSameCriteriaCodeRunTwiceCompilesOnce() {
        QueryPlanCache plans = emf.unwrap(SessionFactory.class).queryPlans();
        long before = plans.compilations();
        for (int run = 0; run < 2; run++) {
            CriteriaBuilder cb = em.getCriteriaBuilder();
            CriteriaQuery<String> q = cb.createQuery(String.class);
            Root<Customer> c = q.from(Customer.class);
            ParameterExpression<Boolean> active = cb.parameter(Boolean.class);
            q.select(c.get("name")).where(cb.equal(c.get("active"), active)).orderBy(cb.asc(c.get("name")));
            assertThat(em.createQuery(q).setParameter(active, true).getResultList()).containsExactly("Ann", "Cy");
        }
        assertThat(plans.compilations() - before).isEqualTo(1);
    }

    @Test
    void aQueryKeepsTheCriteriaAsTheyWereWhenItWasMade() {
        QueryPlanCache plans = emf.unwrap(SessionFactory.class).queryPlans();
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<String> q = cb.createQuery(String.class);
        Root<Customer> c = q.from(Customer.class);
        q.select(c.get("name")).where(cb.equal(c.get("active"), true)).orderBy(cb.asc(c.get("name")));
        long before = plans.compilations();
        TypedQuery<String> active = em.createQuery(q);

        q.where(cb.equal(c.get("active"), false));
        TypedQuery<String> inactive = em.createQuery(q);

        assertThat(active.getResultList()).containsExactly("Ann", "Cy");
        assertThat(inactive.getResultList()).containsExactly("Bob");
        // one shape, two values: one plan
        assertThat(plans.compilations() - before).isEqualTo(1);
        q.where(cb.isNull(c.get("email")));
        assertThat(em.createQuery(q).getResultList()).containsExactly("Cy");
        assertThat(active.getResultList()).containsExactly("Ann", "Cy");
        assertThat(plans.compilations() - before).isEqualTo(2);
    }

    /** A Criteria query of one shape, whatever values it was given: an entity, an enum, a date, a pattern. */
    private List<Long> purchases(Customer buyer, Status status, LocalDate since, String pattern) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> q = cb.createQuery(Long.class);
        Root<Purchase> p = q.from(Purchase.class);
        q.select(p.get("id")).where(cb.equal(p.get("customer"), buyer), cb.equal(p.get("status"), status),
                cb.greaterThanOrEqualTo(p.get("placedOn"), since), cb.or(cb.like(p.get("note"), pattern),
                        cb.isNull(p.get("note")))).orderBy(cb.asc(p.get("id")));
        TypedQuery<Long> query = em.createQuery(q);
        assertThat(query.getParameters()).isEmpty();
        assertThatThrownBy(() -> query.setParameter("param0", buyer)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no parameter :param0");
        return query.getResultList();
    }

    @Test
    void criteriaDifferingOnlyInValuesShareOnePlan() {
        QueryPlanCache plans = emf.unwrap(SessionFactory.class).queryPlans();
        Customer ann = em.find(Customer.class, 1L);
        Customer bob = em.find(Customer.class, 2L);
        long before = plans.compilations();
        assertThat(purchases(ann, Status.PAID, LocalDate.of(2024, 1, 1), "g%")).containsExactly(10L);
        assertThat(purchases(ann, Status.NEW, LocalDate.of(2024, 1, 1), "g%")).containsExactly(11L);
        assertThat(purchases(bob, Status.PAID, LocalDate.of(2023, 1, 1), "b%")).containsExactly(12L);
        assertThat(purchases(bob, Status.PAID, LocalDate.of(2024, 1, 1), "b%")).isEmpty();
        assertThat(plans.compilations() - before).isEqualTo(1);
    }

    @Test
    void aNamedQueryMadeFromCriteriaKeepsItsValues() {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> q = cb.createQuery(Long.class);
        Root<Purchase> p = q.from(Purchase.class);
        q.select(p.get("id")).where(cb.equal(p.get("status"), Status.PAID), cb.gt(p.get("total"), 12.5))
                .orderBy(cb.asc(p.get("id")));
        emf.addNamedQuery("Purchase.paidAbove", em.createQuery(q));
        assertThat(em.createNamedQuery("Purchase.paidAbove", Long.class).getResultList()).containsExactly(12L);
    }

    @Test
    void aFractionComparedWithAnIntegerAttributeIsComparedAsItIs() {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> q = cb.createQuery(Long.class);
        Root<Purchase> p = q.from(Purchase.class);
        q.select(p.get("id")).where(cb.gt(p.get("quantity"), 2.5), cb.lt(cb.sqrt(p.get("quantity")), 2.5))
                .orderBy(cb.asc(p.get("id")));
        assertThat(em.createQuery(q).getResultList()).containsExactly(10L, 12L);
    }
}
