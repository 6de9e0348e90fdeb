package dev.athanor.core.query.jpql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athanor.core.query.tree.Expr;
import dev.athanor.core.query.tree.Expr.Path;
import dev.athanor.core.query.tree.QueryTree;
import dev.athanor.core.query.tree.QueryTree.From;
import dev.athanor.core.query.tree.QueryTree.Join;
import dev.athanor.core.query.tree.QueryTree.JoinType;
import dev.athanor.core.query.tree.QueryTree.QuerySpec;
import java.util.List;
import org.junit.jupiter.api.Test;

class JpqlParserTest {

    private static QuerySpec spec(String jpql) {
        QueryTree tree = JpqlParser.parse(jpql);
        assertThat(tree).isInstanceOf(QueryTree.Select.class);
        return (QuerySpec) ((QueryTree.Select) tree).body();
    }

    private static Expr where(String condition) {
        return spec("SELECT e FROM Employee e WHERE " + condition).where();
    }

    private static Expr select(String item) {
        return spec("SELECT " + item + " FROM Employee e").select().get(0).expr();
    }

    private static Path path(int pos, String... names) {
        return Path.of(pos, names);
    }

    // ---- SELECT and FROM ----

    @Test
    void simpleSelectWithPositions() {
        String jpql = "select e from Employee e where e.salary > :min";
        QueryTree.Select tree = (QueryTree.Select) JpqlParser.parse(jpql);
        QuerySpec spec = (QuerySpec) tree.body();
        assertThat(tree.pos()).isZero();
        assertThat(spec.distinct()).isFalse();
        assertThat(spec.select()).containsExactly(new QueryTree.Selection(7, path(7, "e"), null));
        assertThat(spec.from()).containsExactly(new From(14, "Employee", null, "e", List.of()));
        assertThat(spec.where()).isEqualTo(new Expr.Comparison(31, Expr.ComparisonOp.GT,
                path(31, "e", "salary"), new Expr.Param(42, "min", 0)));
        assertThat(tree.orderBy()).isEmpty();
    }

    @Test
    void selectItemsWithAliasesDistinctAndAggregates() {
        QuerySpec spec = spec("SELECT DISTINCT e.name AS n, e.age a, COUNT(DISTINCT e.dept), AVG(e.salary) FROM Employee AS e");
        assertThat(spec.distinct()).isTrue();
        assertThat(spec.select()).extracting(QueryTree.Selection::alias).containsExactly("n", "a", null, null);
        assertThat(spec.select().get(2).expr()).isEqualTo(new Expr.Aggregate(38, Expr.AggregateFunction.COUNT, true,
                path(53, "e", "dept")));
        assertThat(spec.select().get(3).expr()).isEqualTo(new Expr.Aggregate(62, Expr.AggregateFunction.AVG, false,
                path(66, "e", "salary")));
        assertThat(spec.from().get(0).alias()).isEqualTo("e");
    }

    @Test
    void constructorExpression() {
        assertThat(select("NEW com.example.dto.Summary(e.name, e.salary * 2)")).isEqualTo(
                new Expr.Constructor(7, "com.example.dto.Summary", List.of(path(35, "e", "name"),
                        new Expr.Arithmetic(43, Expr.ArithmeticOp.TIMES, path(43, "e", "salary"),
                                new Expr.Literal(54, 2)))));
    }

    @Test
    void objectOfVariableIsTheVariable() {
        assertThat(select("OBJECT(e)")).isEqualTo(path(14, "e"));
    }

    @Test
    void joinsOfEveryKind() {
        From from = spec("SELECT o FROM Order o JOIN o.customer c LEFT OUTER JOIN FETCH o.lines "
                + "LEFT JOIN o.notes AS n ON n.kind = 'x' INNER JOIN Shipment s ON s.ref = o.ref "
                + "JOIN TREAT(o.owner AS Person) p").from().get(0);
        assertThat(from.entity()).isEqualTo("Order");
        assertThat(from.alias()).isEqualTo("o");
        List<Join> joins = from.joins();
        assertThat(joins).hasSize(5);
        assertThat(joins.get(0)).isEqualTo(new Join(22, JoinType.INNER, false, path(27, "o", "customer"), null, "c",
                null));
        assertThat(joins.get(1)).isEqualTo(new Join(40, JoinType.LEFT, true, path(62, "o", "lines"), null, null,
                null));
        assertThat(joins.get(2).type()).isEqualTo(JoinType.LEFT);
        assertThat(joins.get(2).alias()).isEqualTo("n");
        assertThat(joins.get(2).on()).isInstanceOf(Expr.Comparison.class);
        assertThat(joins.get(3).entity()).isEqualTo("Shipment");
        assertThat(joins.get(3).target()).isNull();
        assertThat(joins.get(3).alias()).isEqualTo("s");
        assertThat(joins.get(4).target()).isEqualTo(new Expr.Treat(153, path(159, "o", "owner"), "Person"));
    }

    @Test
    void severalRootsAndCollectionMemberDeclaration() {
        List<From> from = spec("SELECT l FROM Order o, IN (o.lines) l JOIN l.product p, Customer c").from();
        assertThat(from).hasSize(2);
        assertThat(from.get(0).joins()).containsExactly(
                new Join(23, JoinType.INNER, false, path(27, "o", "lines"), null, "l", null),
                new Join(38, JoinType.INNER, false, path(43, "l", "product"), null, "p", null));
        assertThat(from.get(1)).isEqualTo(new From(56, "Customer", null, "c", List.of()));
    }

    @Test
    void omittedIdentificationVariableAndSelectClause() {
        QuerySpec noSelect = spec("FROM Person");
        assertThat(noSelect.select()).isEmpty();
        assertThat(noSelect.from()).containsExactly(new From(5, "Person", null, null, List.of()));
        QuerySpec names = spec("SELECT name FROM Person WHERE age > 3");
        assertThat(names.select().get(0).expr()).isEqualTo(path(7, "name"));
        assertThat(names.where()).isEqualTo(new Expr.Comparison(30, Expr.ComparisonOp.GT, path(30, "age"),
                new Expr.Literal(36, 3)));
        QuerySpec filtered = spec("FROM Person p WHERE p.age >= 18");
        assertThat(filtered.select()).isEmpty();
        assertThat(filtered.from().get(0).alias()).isEqualTo("p");
    }

    @Test
    void entityNamedOrderAndReservedWordsAfterDot() {
        QuerySpec spec = spec("SELECT o.order, o.key, o.value, o.type, o.date, o.end, o.select FROM Order o ORDER BY o.order");
        assertThat(spec.select()).extracting(s -> ((Path) s.expr()).names().get(1))
                .containsExactly("order", "key", "value", "type", "date", "end", "select");
        assertThat(spec.from().get(0).entity()).isEqualTo("Order");
    }

    @Test
    void groupByHavingAndOrderBy() {
        QueryTree.Select tree = (QueryTree.Select) JpqlParser.parse(
                "SELECT e.dept, SUM(e.salary) AS total FROM Employee e GROUP BY e.dept HAVING SUM(e.salary) > 100 "
                        + "ORDER BY total DESC NULLS LAST, e.dept ASC, LENGTH(e.dept) NULLS FIRST");
        QuerySpec spec = (QuerySpec) tree.body();
        assertThat(spec.groupBy()).containsExactly(path(63, "e", "dept"));
        assertThat(spec.having()).isInstanceOf(Expr.Comparison.class);
        assertThat(tree.orderBy()).containsExactly(
                new QueryTree.Order(106, path(106, "total"), true, QueryTree.Nulls.LAST),
                new QueryTree.Order(129, path(129, "e", "dept"), false, QueryTree.Nulls.DEFAULT),
                new QueryTree.Order(141, new Expr.Call(141, "LENGTH", List.of(path(148, "e", "dept"))), false,
                        QueryTree.Nulls.FIRST));
    }

    // ---- conditions ----

    @Test
    void andBindsTighterThanOrAndNotTighterThanAnd() {
        Expr a = new Expr.Comparison(31, Expr.ComparisonOp.EQ, path(31, "a"), new Expr.Literal(35, 1));
        Expr b = new Expr.Comparison(44, Expr.ComparisonOp.EQ, path(44, "b"), new Expr.Literal(48, 2));
        Expr c = new Expr.Comparison(54, Expr.ComparisonOp.EQ, path(54, "c"), new Expr.Literal(58, 3));
        assertThat(where("a = 1 OR NOT b = 2 AND c = 3"))
                .isEqualTo(new Expr.Or(31, List.of(a, new Expr.And(40, List.of(new Expr.Not(40, b), c)))));
        Expr grouped = where("(a = 1 OR b = 2) AND c = 3");
        assertThat(grouped).isInstanceOf(Expr.And.class);
        assertThat(((Expr.And) grouped).operands().get(0)).isInstanceOf(Expr.Or.class);
    }

    @Test
    void comparisonOperatorsIncludingBangEquals() {
        assertThat(((Expr.Comparison) where("e.a != 1")).op()).isEqualTo(Expr.ComparisonOp.NE);
        assertThat(((Expr.Comparison) where("e.a <> 1")).op()).isEqualTo(Expr.ComparisonOp.NE);
        assertThat(((Expr.Comparison) where("e.a <= 1")).op()).isEqualTo(Expr.ComparisonOp.LE);
        assertThat(((Expr.Comparison) where("e.a >= 1")).op()).isEqualTo(Expr.ComparisonOp.GE);
        assertThat(((Expr.Comparison) where("e.a < 1")).op()).isEqualTo(Expr.ComparisonOp.LT);
    }

    @Test
    void predicates() {
        assertThat(where("e.age NOT BETWEEN 1 AND :hi")).isEqualTo(new Expr.Between(31, true, path(31, "e", "age"),
                new Expr.Literal(49, 1), new Expr.Param(55, "hi", 0)));
        assertThat(where("e.name LIKE 'a!%%' ESCAPE '!'")).isEqualTo(new Expr.Like(31, false, path(31, "e", "name"),
                new Expr.Literal(43, "a!%%"), new Expr.Literal(57, "!")));
        assertThat(where("e.boss IS NOT NULL")).isEqualTo(new Expr.IsNull(31, true, path(31, "e", "boss")));
        assertThat(where("e.tasks IS EMPTY")).isEqualTo(new Expr.IsEmpty(31, false, path(31, "e", "tasks")));
        assertThat(where(":t NOT MEMBER OF e.tasks")).isEqualTo(new Expr.MemberOf(31, true,
                new Expr.Param(31, "t", 0), path(48, "e", "tasks")));
        assertThat(where(":t MEMBER e.tasks")).isInstanceOf(Expr.MemberOf.class);
    }

    @Test
    void inWithListParameterAndSubquery() {
        assertThat(where("e.id IN (1, 2, ?1)")).isEqualTo(new Expr.In(31, false, path(31, "e", "id"),
                List.of(new Expr.Literal(40, 1), new Expr.Literal(43, 2), new Expr.Param(46, null, 1))));
        assertThat(where("e.id NOT IN :ids")).isEqualTo(new Expr.In(31, true, path(31, "e", "id"),
                List.of(new Expr.Param(43, "ids", 0))));
        assertThat(where("e.id IN ?2")).isEqualTo(new Expr.In(31, false, path(31, "e", "id"),
                List.of(new Expr.Param(39, null, 2))));
        Expr.In sub = (Expr.In) where("e.dept IN (SELECT d FROM Dept d WHERE d.open = TRUE)");
        assertThat(sub.items()).singleElement().isInstanceOf(Expr.SubqueryExpr.class);
        assertThat(sub.items().get(0).pos()).isEqualTo(42);
    }

    @Test
    void existsAndQuantifiedSubqueriesWithCorrelatedPathInFrom() {
        Expr.Exists exists = (Expr.Exists) where("NOT EXISTS (SELECT l FROM e.lines l WHERE l.qty > 2)");
        assertThat(exists.not()).isTrue();
        assertThat(exists.pos()).isEqualTo(31);
        assertThat(exists.query().from()).containsExactly(new From(57, null, path(57, "e", "lines"), "l", List.of()));
        Expr.Comparison all = (Expr.Comparison) where("e.salary > ALL (SELECT m.salary FROM Manager m)");
        assertThat(all.right()).isInstanceOf(Expr.Quantified.class);
        assertThat(((Expr.Quantified) all.right()).quantifier()).isEqualTo(Expr.Quantifier.ALL);
        Expr.Comparison some = (Expr.Comparison) where("e.salary = SOME (SELECT m.salary FROM Manager m)");
        assertThat(((Expr.Quantified) some.right()).quantifier()).isEqualTo(Expr.Quantifier.SOME);
        Expr.Comparison scalar = (Expr.Comparison) where("e.salary = (SELECT MAX(m.salary) FROM Manager m)");
        assertThat(scalar.right()).isInstanceOf(Expr.SubqueryExpr.class);
    }

    @Test
    void entityJoinWithoutOnAndSubqueryFromForms() {
        Join cross = spec("SELECT e FROM E e JOIN Other o").from().get(0).joins().get(0);
        assertThat(cross).isEqualTo(new Join(18, JoinType.INNER, false, null, "Other", "o", null));
        QuerySpec derived = ((Expr.Exists) where("EXISTS (SELECT 1 FROM IN e.lines l, IN l.parts p)")).query();
        assertThat(derived.from()).containsExactly(new From(53, null, path(56, "e", "lines"), "l",
                List.of(new Join(67, JoinType.INNER, false, path(70, "l", "parts"), null, "p", null))));
        QuerySpec first = ((Expr.Exists) where("EXISTS (SELECT 1 FROM IN (e.lines) l)")).query();
        assertThat(first.from()).containsExactly(new From(53, null, path(57, "e", "lines"), "l", List.of()));
        Join treatedIn = spec("SELECT o FROM Order o, IN (TREAT(o.lines AS Special)) AS s").from().get(0).joins().get(0);
        assertThat(treatedIn.target()).isEqualTo(new Expr.Treat(27, path(33, "o", "lines"), "Special"));
        QuerySpec treated = ((Expr.Exists) where("EXISTS (SELECT 1 FROM TREAT(e.boss AS Manager) m)")).query();
        assertThat(treated.from().get(0).path()).isEqualTo(new Path(53,
                new Expr.Treat(53, path(59, "e", "boss"), "Manager"), List.of()));
        assertThat(spec("SELECT e FROM E e JOIN Order o2 ON o2.e = e").from().get(0).joins().get(0).entity())
                .isEqualTo("Order");
        From keywordNamed = spec("SELECT m FROM Member m JOIN Case c ON c.m = m, Group g").from().get(0);
        assertThat(keywordNamed.entity()).isEqualTo("Member");
        assertThat(keywordNamed.joins().get(0).entity()).isEqualTo("Case");
    }

    @Test
    void subqueryInSelectAndHaving() {
        QuerySpec spec = spec("SELECT e, (SELECT COUNT(t) FROM Task t WHERE t.owner = e) FROM Employee e "
                + "GROUP BY e HAVING COUNT(e) > ANY (SELECT 1 FROM Dept d)");
        assertThat(spec.select().get(1).expr()).isInstanceOf(Expr.SubqueryExpr.class);
        assertThat(((Expr.Comparison) spec.having()).right()).isInstanceOf(Expr.Quantified.class);
    }

    // ---- scalar expressions ----

    @Test
    void arithmeticPrecedenceAndUnaryMinus() {
        assertThat(select("1 + 2 * -e.x")).isEqualTo(new Expr.Arithmetic(7, Expr.ArithmeticOp.PLUS,
                new Expr.Literal(7, 1), new Expr.Arithmetic(11, Expr.ArithmeticOp.TIMES, new Expr.Literal(11, 2),
                        new Expr.Negate(15, path(16, "e", "x")))));
        assertThat(select("(1 + 2) * 3")).isEqualTo(new Expr.Arithmetic(8, Expr.ArithmeticOp.TIMES,
                new Expr.Arithmetic(8, Expr.ArithmeticOp.PLUS, new Expr.Literal(8, 1), new Expr.Literal(12, 2)),
                new Expr.Literal(17, 3)));
        assertThat(select("10 - 4 - 3")).isEqualTo(new Expr.Arithmetic(7, Expr.ArithmeticOp.MINUS,
                new Expr.Arithmetic(7, Expr.ArithmeticOp.MINUS, new Expr.Literal(7, 10), new Expr.Literal(12, 4)),
                new Expr.Literal(16, 3)));
        assertThat(select("-5")).isEqualTo(new Expr.Literal(7, -5));
        assertThat(select("+e.x")).isEqualTo(path(8, "e", "x"));
        assertThat(select("-2147483648")).isEqualTo(new Expr.Literal(7, Integer.MIN_VALUE));
    }

    @Test
    void concatenationOperatorIsConcat() {
        assertThat(select("e.first || ' ' || e.last")).isEqualTo(new Expr.Call(7, "CONCAT",
                List.of(path(7, "e", "first"), new Expr.Literal(18, " "), path(25, "e", "last"))));
    }

    @Test
    void literals() {
        assertThat(((Expr.Literal) select("'it''s'")).value()).isEqualTo("it's");
        assertThat(((Expr.Literal) select("2147483647")).value()).isEqualTo(2147483647);
        assertThat(((Expr.Literal) select("2147483648")).value()).isEqualTo(2147483648L);
        assertThat(((Expr.Literal) select("5L")).value()).isEqualTo(5L);
        assertThat(((Expr.Literal) select("1.5")).value()).isEqualTo(1.5d);
        assertThat(((Expr.Literal) select("1.5f")).value()).isEqualTo(1.5f);
        assertThat(((Expr.Literal) select("2D")).value()).isEqualTo(2d);
        assertThat(((Expr.Literal) select("1.25BD")).value()).isEqualTo(new java.math.BigDecimal("1.25"));
        assertThat(((Expr.Literal) select("99999999999999999999BI")).value())
                .isEqualTo(new java.math.BigInteger("99999999999999999999"));
        assertThat(((Expr.Literal) select("1.5e3")).value()).isEqualTo(1500d);
        assertThat(((Expr.Literal) select("2E-2")).value()).isEqualTo(0.02d);
        assertThat(((Expr.Literal) select(".5")).value()).isEqualTo(0.5d);
        assertThat(((Expr.Literal) select("TRUE")).value()).isEqualTo(true);
        assertThat(((Expr.Literal) select("false")).value()).isEqualTo(false);
        assertThat(select("NULL")).isEqualTo(new Expr.Literal(7, null));
        assertThat(((Expr.Literal) select("{d '2024-01-31'}")).value()).isEqualTo(java.time.LocalDate.of(2024, 1, 31));
        assertThat(((Expr.Literal) select("{t '10:15:30'}")).value()).isEqualTo(java.time.LocalTime.of(10, 15, 30));
        assertThat(((Expr.Literal) select("{ts '2024-01-31 10:15:30.25'}")).value())
                .isEqualTo(java.time.LocalDateTime.of(2024, 1, 31, 10, 15, 30, 250_000_000));
        assertThat(select("com.example.Status.OPEN")).isEqualTo(path(7, "com", "example", "Status", "OPEN"));
    }

    @Test
    void caseCoalesceNullif() {
        Expr.Case searched = (Expr.Case) select("CASE WHEN e.age < 18 THEN 'minor' WHEN e.age IS NULL THEN '?' ELSE 'adult' END");
        assertThat(searched.operand()).isNull();
        assertThat(searched.whens()).hasSize(2);
        assertThat(searched.whens().get(0).when()).isInstanceOf(Expr.Comparison.class);
        assertThat(searched.otherwise()).isEqualTo(new Expr.Literal(74, "adult"));
        Expr.Case simple = (Expr.Case) select("CASE e.kind WHEN 1 THEN 'a' END");
        assertThat(simple.operand()).isEqualTo(path(12, "e", "kind"));
        assertThat(simple.whens()).containsExactly(new Expr.When(new Expr.Literal(24, 1), new Expr.Literal(31, "a")));
        assertThat(simple.otherwise()).isNull();
        assertThat(select("COALESCE(e.a, e.b, 0)")).isEqualTo(new Expr.Call(7, "COALESCE",
                List.of(path(16, "e", "a"), path(21, "e", "b"), new Expr.Literal(26, 0))));
        assertThat(select("NULLIF(e.a, 0)")).isInstanceOf(Expr.Call.class);
    }

    @Test
    void functions() {
        assertThat(select("UPPER(e.name)")).isEqualTo(new Expr.Call(7, "UPPER", List.of(path(13, "e", "name"))));
        assertThat(select("substring(e.name, 1, 2)")).isEqualTo(new Expr.Call(7, "SUBSTRING",
                List.of(path(17, "e", "name"), new Expr.Literal(25, 1), new Expr.Literal(28, 2))));
        for (String call : List.of("LOWER(e.a)", "LENGTH(e.a)", "LOCATE('x', e.a)", "LOCATE('x', e.a, 2)",
                "CONCAT(e.a, e.b, e.c)", "LEFT(e.a, 2)", "RIGHT(e.a, 2)", "REPLACE(e.a, 'x', 'y')", "ABS(e.a)",
                "SQRT(e.a)", "MOD(e.a, 2)", "SIZE(e.tasks)", "INDEX(t)", "CEILING(e.a)", "FLOOR(e.a)", "EXP(e.a)",
                "LN(e.a)", "POWER(e.a, 2)", "ROUND(e.a, 2)", "SIGN(e.a)", "TYPE(e)", "ID(e)", "VERSION(e)")) {
            assertThat(select(call)).as(call).isInstanceOf(Expr.Call.class);
        }
        assertThat(select("TRIM(e.name)")).isEqualTo(new Expr.Trim(7, Expr.TrimSpec.BOTH, null, path(12, "e", "name")));
        assertThat(select("TRIM(LEADING 'x' FROM e.name)")).isEqualTo(new Expr.Trim(7, Expr.TrimSpec.LEADING,
                new Expr.Literal(20, "x"), path(29, "e", "name")));
        assertThat(select("TRIM(TRAILING FROM e.name)")).isEqualTo(new Expr.Trim(7, Expr.TrimSpec.TRAILING, null,
                path(26, "e", "name")));
        assertThat(select("TRIM('x' FROM e.name)")).isEqualTo(new Expr.Trim(7, Expr.TrimSpec.BOTH,
                new Expr.Literal(12, "x"), path(21, "e", "name")));
        assertThat(select("CAST(e.age AS String)")).isEqualTo(new Expr.Cast(7, path(12, "e", "age"), "String"));
        assertThat(select("EXTRACT(year FROM e.born)")).isEqualTo(new Expr.Extract(7, "YEAR", path(25, "e", "born")));
        assertThat(select("FUNCTION('soundex', e.name)")).isEqualTo(new Expr.DatabaseFunction(7, "soundex",
                List.of(path(27, "e", "name"))));
        assertThat(select("FUNCTION('now')")).isEqualTo(new Expr.DatabaseFunction(7, "now", List.of()));
        assertThat(select("CURRENT_DATE")).isEqualTo(new Expr.CurrentTemporal(7, Expr.Temporal.CURRENT_DATE));
        assertThat(select("current_timestamp")).isEqualTo(new Expr.CurrentTemporal(7, Expr.Temporal.CURRENT_TIMESTAMP));
        assertThat(select("CURRENT_TIME")).isEqualTo(new Expr.CurrentTemporal(7, Expr.Temporal.CURRENT_TIME));
        assertThat(select("LOCAL DATE")).isEqualTo(new Expr.CurrentTemporal(7, Expr.Temporal.LOCAL_DATE));
        assertThat(select("LOCAL TIME")).isEqualTo(new Expr.CurrentTemporal(7, Expr.Temporal.LOCAL_TIME));
        assertThat(select("local datetime")).isEqualTo(new Expr.CurrentTemporal(7, Expr.Temporal.LOCAL_DATETIME));
    }

    @Test
    void qualifiedPaths() {
        assertThat(select("TREAT(e.owner AS Person).name")).isEqualTo(new Path(7,
                new Expr.Treat(7, path(13, "e", "owner"), "Person"), List.of("name")));
        assertThat(select("KEY(m).id")).isEqualTo(new Path(7, new Expr.Call(7, "KEY", List.of(path(11, "m"))),
                List.of("id")));
        assertThat(select("VALUE(m)")).isEqualTo(new Expr.Call(7, "VALUE", List.of(path(13, "m"))));
        assertThat(select("ENTRY(m)")).isEqualTo(new Expr.Call(7, "ENTRY", List.of(path(13, "m"))));
        assertThat(where("TYPE(e) = Manager")).isEqualTo(new Expr.Comparison(31, Expr.ComparisonOp.EQ,
                new Expr.Call(31, "TYPE", List.of(path(36, "e"))), path(41, "Manager")));
    }

    @Test
    void functionNamesWithoutParenthesesArePaths() {
        assertThat(spec("SELECT length FROM Box WHERE size > 3").where()).isEqualTo(new Expr.Comparison(29,
                Expr.ComparisonOp.GT, path(29, "size"), new Expr.Literal(36, 3)));
    }

    // ---- set operations, UPDATE, DELETE ----

    @Test
    void setOperationsIntersectBindsTighterAndOrderByAfterTheLast() {
        QueryTree.Select tree = (QueryTree.Select) JpqlParser.parse("SELECT a.x FROM A a UNION ALL SELECT b.x FROM B b "
                + "INTERSECT SELECT c.x FROM C c EXCEPT SELECT d.x FROM D d ORDER BY 1");
        QueryTree.SetOperation except = (QueryTree.SetOperation) tree.body();
        assertThat(except.operator()).isEqualTo(QueryTree.SetOperator.EXCEPT);
        assertThat(except.all()).isFalse();
        QueryTree.SetOperation union = (QueryTree.SetOperation) except.left();
        assertThat(union.operator()).isEqualTo(QueryTree.SetOperator.UNION);
        assertThat(union.all()).isTrue();
        assertThat(union.left()).isInstanceOf(QuerySpec.class);
        QueryTree.SetOperation intersect = (QueryTree.SetOperation) union.right();
        assertThat(intersect.operator()).isEqualTo(QueryTree.SetOperator.INTERSECT);
        assertThat(intersect.pos()).isEqualTo(30);
        assertThat(tree.orderBy()).hasSize(1);
    }

    @Test
    void parenthesizedSetOperands() {
        QueryTree.Select tree = (QueryTree.Select) JpqlParser.parse(
                "SELECT a.x FROM A a INTERSECT (SELECT b.x FROM B b UNION SELECT c.x FROM C c)");
        QueryTree.SetOperation top = (QueryTree.SetOperation) tree.body();
        assertThat(top.operator()).isEqualTo(QueryTree.SetOperator.INTERSECT);
        assertThat(top.right()).isInstanceOf(QueryTree.SetOperation.class);
    }

    @Test
    void update() {
        QueryTree.Update update = (QueryTree.Update) JpqlParser.parse(
                "UPDATE Employee AS e SET e.salary = e.salary * 1.1, e.boss = NULL WHERE e.id = :id");
        assertThat(update.entity()).isEqualTo("Employee");
        assertThat(update.alias()).isEqualTo("e");
        assertThat(update.assignments()).hasSize(2);
        assertThat(update.assignments().get(1)).isEqualTo(new QueryTree.Assignment(52, path(52, "e", "boss"),
                new Expr.Literal(61, null)));
        assertThat(update.where()).isInstanceOf(Expr.Comparison.class);
        QueryTree.Update bare = (QueryTree.Update) JpqlParser.parse("update Employee set salary = 1");
        assertThat(bare.alias()).isNull();
        assertThat(bare.where()).isNull();
    }

    @Test
    void delete() {
        assertThat(JpqlParser.parse("DELETE FROM Employee e WHERE e.age > 70")).isEqualTo(new QueryTree.Delete(0,
                "Employee", "e", new Expr.Comparison(29, Expr.ComparisonOp.GT, path(29, "e", "age"),
                        new Expr.Literal(37, 70))));
        assertThat(JpqlParser.parse("delete from Employee")).isEqualTo(new QueryTree.Delete(0, "Employee", null, null));
    }

    @Test
    void keywordsAreCaseInsensitiveAndWhitespaceMayBeNewlines() {
        assertThat(JpqlParser.parse("sElEcT e\n\tFrOm Employee e\r\nwHeRe e.a = 1"))
                .isEqualTo(JpqlParser.parse("SELECT e FROM Employee e WHERE e.a = 1".replace("SELECT e FROM",
                        "SELECT e\n\tFROM").replace("e WHERE", "e\r\nWHERE")));
    }
}
