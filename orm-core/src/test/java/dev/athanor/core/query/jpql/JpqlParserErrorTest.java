package dev.athanor.core.query.jpql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.query.QueryException;
import dev.athanor.core.query.tree.QueryTree;
import org.junit.jupiter.api.Test;

/** Malformed JPQL: each mistake fails with QUERY_SYNTAX saying what was expected, what was found, and where. */
class JpqlParserErrorTest {

    private static QueryException syntaxError(String jpql) {
        try {
            JpqlParser.parse(jpql);
        } catch (QueryException e) {
            assertThat(e.code()).isEqualTo(ErrorCode.QUERY_SYNTAX);
            assertThat(e.position()).isBetween(0, jpql.length());
            return e;
        }
        throw new AssertionError("expected a syntax error for: " + jpql);
    }

    @Test
    void missingFromNamesWhatWasFound() {
        QueryException e = syntaxError("SELECT e.name\nWHERE e.age > 3");
        assertThat(e.position()).isEqualTo(14);
        assertThat(e.getMessage()).contains("ATH-9001").contains("expected FROM after the select list but found 'WHERE'")
                .contains("line 2, column 1");
    }

    @Test
    void unterminatedString() {
        QueryException e = syntaxError("SELECT e FROM E e WHERE e.name = 'abc");
        assertThat(e.position()).isEqualTo(33);
        assertThat(e.getMessage()).contains("unterminated string literal starting here").contains("line 1, column 34");
    }

    @Test
    void unexpectedEnd() {
        QueryException e = syntaxError("SELECT e FROM E e\nWHERE e.age =");
        assertThat(e.getMessage()).contains("unexpected end of query: expected an expression after '='")
                .contains("line 2, column 14");
    }

    @Test
    void reservedWordAsAlias() {
        QueryException e = syntaxError("SELECT o FROM Order order");
        assertThat(e.position()).isEqualTo(20);
        assertThat(e.getMessage()).contains("'order' is a reserved word and cannot be an identification variable")
                .contains("o1");
        assertThat(syntaxError("SELECT k FROM Item AS key").getMessage()).contains("'key' is a reserved word");
        assertThat(syntaxError("SELECT v FROM Item value").getMessage()).contains("'value' is a reserved word");
        assertThat(syntaxError("SELECT e.a AS count FROM Item e").getMessage()).contains("'count' is a reserved word");
    }

    @Test
    void trailingGarbage() {
        QueryException e = syntaxError("SELECT e FROM E e WHERE e.a = 1 e.b = 2");
        assertThat(e.position()).isEqualTo(32);
        assertThat(e.getMessage()).contains("unexpected 'e' after the end of the statement");
        assertThat(syntaxError("DELETE FROM E e )").position()).isEqualTo(16);
    }

    @Test
    void variousMistakesWithLineAndColumn() {
        assertThat(syntaxError("SELEC e FROM E e").getMessage())
                .contains("expected SELECT, FROM, UPDATE or DELETE at the start of the query but found 'SELEC'."
                        + " Did you mean 'SELECT'?");
        assertThat(syntaxError("SELECT e\nFORM E e").getMessage())
                .contains("expected FROM after the select list but found 'FORM'. Did you mean 'FROM'?")
                .contains("line 2, column 1");
        assertThat(syntaxError("SELECT e AS x FORM E e").getMessage())
                .contains("expected FROM after the select list but found 'FORM'. Did you mean 'FROM'?");
        assertThat(syntaxError("SELECT e FROM E e WHERE e.a BETWEEN 1 ADN 2").getMessage())
                .contains("Did you mean 'AND'?");
        assertThat(syntaxError("SELECT e FROM E e WHERE e.a = 1 AND").getMessage())
                .contains("unexpected end of query: expected an expression after 'AND'");
        assertThat(syntaxError("SELECT e FROM E e\n  WHERE (e.a = 1").getMessage())
                .contains("unexpected end of query: expected ')'").contains("line 2, column 17");
        assertThat(syntaxError("SELECT e FROM E e WHERE e.a IS 3").getMessage())
                .contains("expected NULL or EMPTY after IS but found '3'");
        assertThat(syntaxError("SELECT e FROM E e WHERE e.a BETWEEN 1 OR 2").getMessage())
                .contains("expected AND between the bounds of BETWEEN but found 'OR'");
        assertThat(syntaxError("SELECT e FROM E e ORDER e.a").getMessage()).contains("expected BY after ORDER");
        assertThat(syntaxError("SELECT e FROM E e WHERE e.a = 12abc").getMessage())
                .contains("malformed number literal '12abc'");
        assertThat(syntaxError("SELECT e FROM E e WHERE e.a = 99999999999999999999").getMessage())
                .contains("out of range");
        assertThat(syntaxError("SELECT e FROM E e WHERE e.a = ?0").getMessage())
                .contains("invalid positional parameter '?0'");
        assertThat(syntaxError("SELECT e FROM E e WHERE e.a = : x").getMessage())
                .contains("expected a parameter name after ':'");
        assertThat(syntaxError("SELECT e FROM E e WHERE e.a = 1 # 2").getMessage())
                .contains("unexpected character '#'");
        assertThat(syntaxError("SELECT UPPER(e.a, e.b) FROM E e").getMessage())
                .contains("UPPER takes 1 argument but was given 2");
        assertThat(syntaxError("SELECT EXTRACT(CENTURY FROM e.d) FROM E e").getMessage())
                .contains("'CENTURY' is not a field EXTRACT knows");
        assertThat(syntaxError("SELECT e FROM E e JOIN e.x").getMessage())
                .contains("unexpected end of query: expected an identification variable for the joined path");
        assertThat(syntaxError("SELECT e FROM E e JOIN FETCH Other").getMessage())
                .contains("a fetch join needs a path such as o.customer, not the name 'Other' alone");
        assertThat(syntaxError("SELECT e FROM a.b e").getMessage()).contains("expected an entity name in FROM");
        assertThat(syntaxError("SELECT e FROM E e, IN(e.x)").getMessage())
                .contains("expected an identification variable after IN (...)");
        assertThat(syntaxError("SELECT e FROM E e WHERE e.a NOT 3").getMessage())
                .contains("expected BETWEEN, IN, LIKE or MEMBER after NOT but found '3'");
        assertThat(syntaxError("UPDATE E e SET e.a = 1, WHERE e.b = 2").getMessage())
                .contains("expected an attribute to set but found 'WHERE'");
        assertThat(syntaxError("SELECT e FROM E e WHERE e.a IN 3").getMessage())
                .contains("expected '(', a parameter or a subquery after IN but found '3'");
        assertThat(syntaxError("SELECT e FROM E e WHERE e.a = ALL e.b").getMessage())
                .contains("expected '(' and a subquery after ALL but found 'e'");
        assertThat(syntaxError("SELECT e FROM E e WHERE CASE e.a END = 1").getMessage())
                .contains("expected WHEN in CASE but found 'END'");
        assertThat(syntaxError("SELECT FUNCTION(soundex, e.a) FROM E e").getMessage())
                .contains("expected the function name as a quoted string");
        assertThat(syntaxError("SELECT e FROM E e ORDER BY e.a NULLS MIDDLE").getMessage())
                .contains("expected FIRST or LAST after NULLS but found 'MIDDLE'");
        assertThat(syntaxError("SELECT e FROM E e UNION").getMessage())
                .contains("unexpected end of query: expected SELECT or FROM to start a query");
        assertThat(syntaxError("SELECT e FROM E e WHERE EXISTS (FROM X x)").getMessage())
                .contains("expected SELECT to start the subquery but found 'FROM'");
        assertThat(syntaxError("").getMessage()).contains("unexpected end of query: expected SELECT, FROM");
    }

    @Test
    void badDateEscapeFailsAtTheLiteral() {
        QueryException e = syntaxError("SELECT e FROM E e WHERE e.d = {d '2024-02-30'}");
        assertThat(e.position()).isEqualTo(33);
        assertThat(e.getMessage()).contains("invalid date/time value '2024-02-30'");
        assertThat(syntaxError("SELECT e FROM E e WHERE e.d = {x '2024-02-03'}").getMessage())
                .contains("expected d, t or ts after '{'");
    }

    @Test
    void nestingDepthIsLimited() {
        String deep = "SELECT e FROM E e WHERE " + "(".repeat(400) + "1 = 1" + ")".repeat(400);
        assertThat(syntaxError(deep).getMessage()).contains("nests more than 200 levels");
        String minus = "SELECT " + "-".repeat(10_000) + "e.a FROM E e";
        assertThat(syntaxError(minus).getMessage()).contains("nests more than 200 levels");
        String chain = "SELECT " + "1 + ".repeat(300) + "1 FROM E e";
        assertThat(syntaxError(chain).getMessage()).contains("nests more than 200 levels");
        String unions = "SELECT a FROM A a" + " UNION SELECT a FROM A a".repeat(300);
        assertThat(syntaxError(unions).getMessage()).contains("nests more than 200 levels");
        String flat = "SELECT e FROM E e WHERE " + "e.a = 1 AND ".repeat(5_000) + "e.a IN (" + "1, ".repeat(5_000) + "2)";
        assertThat(JpqlParser.parse(flat)).isInstanceOf(QueryTree.Select.class);
        String ok = "SELECT e FROM E e WHERE " + "(".repeat(100) + "1 = 1" + ")".repeat(100);
        assertThat(JpqlParser.parse(ok)).isInstanceOf(QueryTree.Select.class);
    }
}
