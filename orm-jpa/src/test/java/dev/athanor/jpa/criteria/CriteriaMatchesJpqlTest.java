package dev.athanor.jpa.criteria;

import static dev.athanor.jpa.criteria.CriteriaFixture.CB;
import static dev.athanor.jpa.criteria.CriteriaFixture.tree;
import static org.assertj.core.api.Assertions.assertThat;

import dev.athanor.core.query.jpql.JpqlParser;
import dev.athanor.jpa.criteria.Shop.Customer;
import dev.athanor.jpa.criteria.Shop.Product;
import dev.athanor.jpa.criteria.Shop.Purchase;
import dev.athanor.jpa.criteria.Shop.PurchaseLine;
import dev.athanor.jpa.criteria.Shop.Summary;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaDelete;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.CriteriaUpdate;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.ListJoin;
import jakarta.persistence.criteria.LocalDateField;
import jakarta.persistence.criteria.Nulls;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/**
 * The strongest check of the Criteria side: a Criteria query builds exactly the tree the JPQL parser
 * makes of the same query (positions aside), so the two share every later rule. Values given to
 * Criteria are parameters {@code :param0, 1, ...} (numbered with unnamed parameters, in order of
 * appearance) except in the SELECT list, GROUP BY and ORDER BY and for the constants Criteria writes
 * itself ({@code = TRUE} of isTrue, a LIKE escape or TRIM character), so the JPQL here has parameters
 * where the Criteria code has values.
 */
class CriteriaMatchesJpqlTest {

    private final CriteriaBuilder cb = CB;

    private static void sameAs(Object criteria, String jpql) {
        assertThat(tree(criteria)).isEqualTo(Positions.strip(JpqlParser.parse(jpql)));
        assertThat(tree(criteria)).isEqualTo(Positions.strip(JpqlParser.parse(CriteriaFixture.jpql(criteria))));
    }

    /** A query from Purchase whose WHERE is {@code condition}. */
    private void where(BiFunction<CriteriaQuery<Purchase>, Root<Purchase>, jakarta.persistence.criteria.Expression<Boolean>>
            condition, String jpqlCondition) {
        CriteriaQuery<Purchase> q = cb.createQuery(Purchase.class);
        Root<Purchase> p = q.from(Purchase.class);
        q.select(p).where(condition.apply(q, p));
        sameAs(q, "SELECT generatedAlias0 FROM Purchase generatedAlias0 WHERE " + jpqlCondition);
    }

    @Test
    void selectJoinsGroupingAndOrder() {
        CriteriaQuery<Object[]> q = cb.createQuery(Object[].class);
        Root<Purchase> p = q.from(Purchase.class);
        Join<Purchase, Customer> c = p.join("customer", JoinType.LEFT);
        q.multiselect(c.get("name"), cb.sum(p.get("total")), cb.count(p)).distinct(true)
                .where(cb.equal(c.get("active"), true), cb.gt(p.get("quantity"), cb.parameter(Integer.class)),
                        cb.like(c.get("email"), "%@x.org", '!'))
                .groupBy(c.get("name")).having(cb.gt(cb.count(p), 2L))
                .orderBy(cb.asc(c.get("name"), Nulls.LAST), cb.desc(cb.sum(p.get("total"))));
        sameAs(q, "SELECT DISTINCT generatedAlias1.name, SUM(generatedAlias0.total), COUNT(generatedAlias0)"
                + " FROM Purchase generatedAlias0 LEFT JOIN generatedAlias0.customer generatedAlias1"
                + " WHERE generatedAlias1.active = :param0 AND generatedAlias0.quantity > :param1"
                + " AND generatedAlias1.email LIKE :param2 ESCAPE '!'"
                + " GROUP BY generatedAlias1.name HAVING COUNT(generatedAlias0) > :param3"
                + " ORDER BY generatedAlias1.name ASC NULLS LAST, SUM(generatedAlias0.total) DESC");
    }

    @Test
    void theIndexOfAListJoinIsJpqlsIndexOfItsVariable() {
        CriteriaQuery<Object[]> q = cb.createQuery(Object[].class);
        Root<Customer> c = q.from(Customer.class);
        assertThat(c.join("purchases")).isInstanceOf(ListJoin.class);
        ListJoin<Customer, Purchase> p = c.joinList("purchases");
        q.multiselect(p.get("total"), p.index()).where(cb.lt(p.index(), 3)).orderBy(cb.asc(p.index()));
        sameAs(q, "SELECT generatedAlias2.total, INDEX(generatedAlias2) FROM Customer generatedAlias0"
                + " JOIN generatedAlias0.purchases generatedAlias1 JOIN generatedAlias0.purchases generatedAlias2"
                + " WHERE INDEX(generatedAlias2) < :param0 ORDER BY INDEX(generatedAlias2) ASC");
    }

    @Test
    void fetchesEntityJoinsAndOn() {
        CriteriaQuery<Purchase> q = cb.createQuery(Purchase.class);
        Root<Purchase> p = q.from(Purchase.class);
        p.fetch("lines", JoinType.LEFT).fetch("product");
        Join<Purchase, Customer> buyer = p.join(Customer.class);
        buyer.on(cb.equal(buyer.get("email"), p.get("note")));
        Join<Purchase, PurchaseLine> line = p.join("lines");
        line.on(cb.gt(line.get("amount"), 1));
        q.select(p);
        sameAs(q, "SELECT generatedAlias0 FROM Purchase generatedAlias0"
                + " LEFT JOIN FETCH generatedAlias0.lines generatedAlias1"
                + " JOIN FETCH generatedAlias1.product generatedAlias2"
                + " JOIN Customer generatedAlias3 ON generatedAlias3.email = generatedAlias0.note"
                + " JOIN generatedAlias0.lines generatedAlias4 ON generatedAlias4.amount > :param0");
    }

    @Test
    void conditions() {
        where((q, p) -> cb.or(cb.and(cb.ge(p.get("quantity"), 1), cb.le(p.get("quantity"), 9)),
                cb.not(cb.isNull(p.get("note")))),
                "(generatedAlias0.quantity >= :param0 AND generatedAlias0.quantity <= :param1)"
                        + " OR NOT (generatedAlias0.note IS NULL)");
        where((q, p) -> cb.between(p.<Integer>get("quantity"), 1, 3),
                "generatedAlias0.quantity BETWEEN :param0 AND :param1");
        where((q, p) -> p.get("quantity").in(1, 2), "generatedAlias0.quantity IN (:param0, :param1)");
        where((q, p) -> p.get("id").in(cb.parameter(List.class, "ids")), "generatedAlias0.id IN :ids");
        where((q, p) -> cb.notLike(p.get("note"), cb.parameter(String.class, "n")), "generatedAlias0.note NOT LIKE :n");
        where((q, p) -> cb.isNotEmpty(p.get("lines")), "generatedAlias0.lines IS NOT EMPTY");
        where((q, p) -> cb.isMember(cb.parameter(PurchaseLine.class, "l"), p.<java.util.Set<PurchaseLine>>get("lines")),
                ":l MEMBER OF generatedAlias0.lines");
        where((q, p) -> cb.notEqual(p.get("note"), "it's"), "generatedAlias0.note <> :param0");
        where((q, p) -> cb.isFalse(p.get("customer").get("active")), "generatedAlias0.customer.active = FALSE");
        where((q, p) -> cb.equal(p.type(), Purchase.class), "TYPE(generatedAlias0) = Purchase");
    }

    @Test
    void functions() {
        where((q, p) -> cb.equal(cb.upper(cb.concat(cb.trim(p.get("note")), "x")), cb.lower(cb.substring(
                p.get("note"), 1, 2))), "UPPER(CONCAT(TRIM(generatedAlias0.note), :param0)) = LOWER(SUBSTRING("
                + "generatedAlias0.note, :param1, :param2))");
        where((q, p) -> cb.gt(cb.sum(cb.prod(p.<Integer>get("quantity"), 2), cb.neg(p.<Integer>get("version"))),
                cb.mod(p.get("quantity"), 3)), "generatedAlias0.quantity * :param0 + -generatedAlias0.version"
                + " > MOD(generatedAlias0.quantity, :param1)");
        where((q, p) -> cb.equal(cb.locate(p.get("note"), "a", 2), cb.length(cb.left(p.get("note"), 3))),
                "LOCATE(:param0, generatedAlias0.note, :param1) = LENGTH(LEFT(generatedAlias0.note, :param2))");
        where((q, p) -> cb.equal(cb.extract(LocalDateField.YEAR, p.get("placedOn")), 2024),
                "EXTRACT(YEAR FROM generatedAlias0.placedOn) = :param0");
        where((q, p) -> cb.lessThan(p.get("placedOn"), cb.localDate()), "generatedAlias0.placedOn < LOCAL DATE");
        where((q, p) -> cb.equal(cb.toLong(p.get("quantity")), cb.toString(cb.literal('x')).as(Long.class)),
                "CAST(generatedAlias0.quantity AS Long) = CAST(CAST(:param0 AS String) AS Long)");
        where((q, p) -> cb.equal(cb.selectCase().when(cb.gt(p.get("quantity"), 1), "many").otherwise("one"),
                cb.coalesce(p.get("note"), cb.nullif(p.get("note"), ""))),
                "CASE WHEN generatedAlias0.quantity > :param0 THEN :param1 ELSE :param2 END"
                        + " = COALESCE(generatedAlias0.note, NULLIF(generatedAlias0.note, :param3))");
        where((q, p) -> cb.equal(cb.function("soundex", String.class, p.get("note")), cb.replace(p.get("note"), "a",
                "b")), "FUNCTION('soundex', generatedAlias0.note) = REPLACE(generatedAlias0.note, :param0, :param1)");
        where((q, p) -> cb.ge(cb.size(p.get("lines")), cb.abs(cb.sqrt(p.get("quantity")))),
                "SIZE(generatedAlias0.lines) >= ABS(SQRT(generatedAlias0.quantity))");
    }

    @Test
    void subqueries() {
        where((q, p) -> {
            Subquery<Integer> amounts = q.subquery(Integer.class);
            Join<Purchase, PurchaseLine> line = amounts.correlate(p).join("lines");
            amounts.select(line.get("amount"));
            Subquery<Long> customers = q.subquery(Long.class);
            Root<Customer> c = customers.from(Customer.class);
            customers.select(c.get("id")).where(cb.equal(c, p.get("customer")));
            return cb.and(cb.gt(p.get("quantity"), cb.all(amounts)), cb.exists(customers),
                    p.get("customer").get("id").in(customers));
        }, "generatedAlias0.quantity > ALL (SELECT generatedAlias1.amount FROM generatedAlias0.lines generatedAlias1)"
                + " AND EXISTS (SELECT generatedAlias2.id FROM Customer generatedAlias2"
                + " WHERE generatedAlias2 = generatedAlias0.customer)"
                + " AND generatedAlias0.customer.id IN (SELECT generatedAlias2.id FROM Customer generatedAlias2"
                + " WHERE generatedAlias2 = generatedAlias0.customer)");
    }

    @Test
    void tuplesConstructorsAndAliases() {
        CriteriaQuery<Tuple> q = cb.createTupleQuery();
        Root<Purchase> p = q.from(Purchase.class);
        q.multiselect(p.get("id").alias("id"), cb.construct(Summary.class, p.get("note"), p.get("total")));
        sameAs(q, "SELECT generatedAlias0.id AS id, NEW " + Summary.class.getName()
                + "(generatedAlias0.note, generatedAlias0.total) FROM Purchase generatedAlias0");
    }

    @Test
    void updateDeleteAndUnion() {
        CriteriaUpdate<Purchase> u = cb.createCriteriaUpdate(Purchase.class);
        Root<Purchase> p = u.from(Purchase.class);
        u.set(p.<BigDecimal>get("total"), cb.parameter(BigDecimal.class, "t")).set("note", null)
                .where(cb.equal(p.get("id"), 1L));
        sameAs(u, "UPDATE Purchase generatedAlias0 SET generatedAlias0.total = :t, generatedAlias0.note = NULL"
                + " WHERE generatedAlias0.id = :param0");

        CriteriaDelete<Customer> d = cb.createCriteriaDelete(Customer.class);
        d.where(cb.isFalse(d.from(Customer.class).get("active")));
        sameAs(d, "DELETE FROM Customer generatedAlias0 WHERE generatedAlias0.active = FALSE");

        CriteriaQuery<String> left = cb.createQuery(String.class);
        left.select(left.from(Customer.class).get("name"));
        CriteriaQuery<String> right = cb.createQuery(String.class);
        right.select(right.from(Purchase.class).get("note"));
        sameAs(cb.unionAll(left, right), "SELECT generatedAlias0.name FROM Customer generatedAlias0 UNION ALL"
                + " SELECT generatedAlias0.note FROM Purchase generatedAlias0");
    }

    @Test
    void moreFunctionsAndConditions() {
        where((q, p) -> cb.equal(cb.trim(CriteriaBuilder.Trimspec.LEADING, 'x', p.get("note")), cb.trim(p.get("note"))),
                "TRIM(LEADING 'x' FROM generatedAlias0.note) = TRIM(generatedAlias0.note)");
        where((q, p) -> cb.equal(cb.trim(cb.literal('y'), p.get("note")), cb.trim(CriteriaBuilder.Trimspec.TRAILING,
                p.get("note"))), "TRIM(:param0 FROM generatedAlias0.note) = TRIM(TRAILING FROM generatedAlias0.note)");
        where((q, p) -> cb.equal(cb.<Integer, String>selectCase(p.get("quantity"))
                .when(1, "n").otherwise("o"), cb.<String>coalesce().value(p.get("note")).value("x")),
                "CASE generatedAlias0.quantity WHEN :param0 THEN :param1 ELSE :param2 END"
                + " = COALESCE(generatedAlias0.note, :param3)");
        where((q, p) -> cb.like(p.get("note"), cb.parameter(String.class, "p"), cb.parameter(Character.class, "e")),
                "generatedAlias0.note LIKE :p ESCAPE :e");
        where((q, p) -> cb.lessThan(p.get("paidAt"), cb.localDateTime()), "generatedAlias0.paidAt < LOCAL DATETIME");
        where((q, p) -> cb.greaterThan(p.get("placedOn"), cb.currentDate()), "generatedAlias0.placedOn > CURRENT_DATE");
        where((q, p) -> cb.gt(cb.quot(cb.neg(p.<Integer>get("quantity")), 2), cb.diff(p.<Integer>get("quantity"), 1)),
                "-generatedAlias0.quantity / :param0 > generatedAlias0.quantity - :param1");
        where((q, p) -> cb.notEqual(cb.power(p.get("quantity"), 2), cb.round(p.<BigDecimal>get("total"), 1)),
                "POWER(generatedAlias0.quantity, :param0) <> ROUND(generatedAlias0.total, :param1)");
        where((q, p) -> cb.equal(cb.sign(p.get("total")), cb.ceiling(cb.floor(cb.ln(cb.exp(p.get("quantity")))))),
                "SIGN(generatedAlias0.total) = CEILING(FLOOR(LN(EXP(generatedAlias0.quantity))))");
        where((q, p) -> cb.isNotMember(cb.parameter(PurchaseLine.class, "l"),
                p.<java.util.Set<PurchaseLine>>get("lines")), ":l NOT MEMBER OF generatedAlias0.lines");
        where((q, p) -> cb.or(cb.isTrue(p.get("customer").get("active")), cb.isEmpty(p.get("lines")),
                p.get("note").isNotNull()), "generatedAlias0.customer.active = TRUE OR generatedAlias0.lines IS EMPTY"
                + " OR generatedAlias0.note IS NOT NULL");
    }

    @Test
    void aggregatesAndQuantifiedSubqueries() {
        CriteriaQuery<Object[]> q = cb.createQuery(Object[].class);
        Root<Purchase> p = q.from(Purchase.class);
        Subquery<Integer> small = q.subquery(Integer.class);
        Root<PurchaseLine> l = small.from(PurchaseLine.class);
        small.select(l.get("amount")).where(cb.lt(l.get("amount"), 3));
        q.multiselect(cb.avg(p.<Integer>get("quantity")), cb.countDistinct(p.get("status")),
                cb.min(p.<Integer>get("quantity")), cb.greatest(p.<String>get("note")))
                .where(cb.ge(p.get("quantity"), cb.some(small)), cb.le(p.get("quantity"), cb.any(small)))
                .orderBy(cb.desc(cb.avg(p.<Integer>get("quantity")), Nulls.FIRST));
        sameAs(q, "SELECT AVG(generatedAlias0.quantity), COUNT(DISTINCT generatedAlias0.status),"
                + " MIN(generatedAlias0.quantity), MAX(generatedAlias0.note) FROM Purchase generatedAlias0"
                + " WHERE generatedAlias0.quantity >= SOME (SELECT generatedAlias1.amount FROM PurchaseLine"
                + " generatedAlias1 WHERE generatedAlias1.amount < :param0)"
                + " AND generatedAlias0.quantity <= ANY (SELECT generatedAlias1.amount FROM PurchaseLine"
                + " generatedAlias1 WHERE generatedAlias1.amount < :param1)"
                + " ORDER BY AVG(generatedAlias0.quantity) DESC NULLS FIRST");
    }

    @Test
    void updateWithSubqueryAndIntersectExcept() {
        CriteriaUpdate<Customer> u = cb.createCriteriaUpdate(Customer.class);
        Root<Customer> c = u.from(Customer.class);
        Subquery<Long> buyers = u.subquery(Long.class);
        Root<Purchase> p = buyers.from(Purchase.class);
        buyers.select(p.get("customer").get("id"));
        u.set(c.<Boolean>get("active"), false).set(c.get("address").<String>get("city"),
                cb.upper(c.get("address").get("city")))
                .where(cb.not(c.get("id").in(buyers)));
        sameAs(u, "UPDATE Customer generatedAlias0 SET generatedAlias0.active = :param0,"
                + " generatedAlias0.address.city = UPPER(generatedAlias0.address.city)"
                + " WHERE NOT (generatedAlias0.id IN (SELECT generatedAlias1.customer.id FROM Purchase generatedAlias1))");

        CriteriaQuery<String> a = cb.createQuery(String.class);
        a.select(a.from(Customer.class).get("name"));
        CriteriaQuery<String> b = cb.createQuery(String.class);
        b.select(b.from(Product.class).get("name"));
        sameAs(cb.except(cb.intersect(a, b), a), "SELECT generatedAlias0.name FROM Customer generatedAlias0"
                + " INTERSECT SELECT generatedAlias0.name FROM Product generatedAlias0"
                + " EXCEPT SELECT generatedAlias0.name FROM Customer generatedAlias0");
    }
}
