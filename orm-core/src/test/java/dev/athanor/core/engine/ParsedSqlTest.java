package dev.athanor.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ParsedSqlTest {

    // ---- ? markers -------------------------------------------------------------------------------

    @Test
    void countsQuestionMarks() {
        ParsedSql sql = ParsedSql.parse("select * from t where a = ? and b in (?, ?)");

        assertThat(sql.markerCount()).isEqualTo(3);
        assertThat(sql.names()).isEmpty();
        assertThat(sql.parameterCount()).isEqualTo(3);
        assertThat(sql.jdbcSql()).isSameAs(sql.original());
    }

    @Test
    void aStatementWithoutParametersIsLeftAlone() {
        ParsedSql sql = ParsedSql.parse("select 1");

        assertThat(sql.markerCount()).isZero();
        assertThat(sql.names()).isEmpty();
        assertThat(sql.jdbcSql()).isEqualTo("select 1");
        assertThat(ParsedSql.parse("").parameterCount()).isZero();
    }

    // ---- :name parameters ------------------------------------------------------------------------

    @Test
    void rewritesNamesToMarkersKeepingTheirOrder() {
        ParsedSql sql = ParsedSql.parse("update t set name = :name, age = :age where id = :id");

        assertThat(sql.jdbcSql()).isEqualTo("update t set name = ?, age = ? where id = ?");
        assertThat(sql.names()).containsExactly("name", "age", "id");
        assertThat(sql.markerCount()).isZero();
        assertThat(sql.parameterCount()).isEqualTo(3);
        assertThat(sql.original()).isEqualTo("update t set name = :name, age = :age where id = :id");
    }

    @Test
    void aRepeatedNameAppearsEachTime() {
        ParsedSql sql = ParsedSql.parse("select * from t where a = :v or b = :v or c = :w");

        assertThat(sql.names()).containsExactly("v", "v", "w");
        assertThat(sql.jdbcSql()).isEqualTo("select * from t where a = ? or b = ? or c = ?");
    }

    @Test
    void namesMayHoldDigitsUnderscoresAndDollarsAndEndTheStatement() {
        ParsedSql sql = ParsedSql.parse("select :first_name2,:$x,(:y)");

        assertThat(sql.names()).containsExactly("first_name2", "$x", "y");
        assertThat(sql.jdbcSql()).isEqualTo("select ?,?,(?)");
    }

    @Test
    void doubleColonsAndAssignmentsAreNotParameters() {
        ParsedSql cast = ParsedSql.parse("select x::text, y::int from t where z = :z");
        ParsedSql assign = ParsedSql.parse("select @n := @n + 1, :p");
        ParsedSql digits = ParsedSql.parse("select '12' || :1");

        assertThat(cast.names()).containsExactly("z");
        assertThat(cast.jdbcSql()).isEqualTo("select x::text, y::int from t where z = ?");
        assertThat(assign.names()).containsExactly("p");
        assertThat(assign.jdbcSql()).isEqualTo("select @n := @n + 1, ?");
        assertThat(digits.names()).isEmpty();
    }

    @Test
    void keepsMarkersAndNamesApartWhenMixed() {
        ParsedSql sql = ParsedSql.parse("select ?, :a, ?");

        assertThat(sql.markerCount()).isEqualTo(2);
        assertThat(sql.names()).containsExactly("a");
        assertThat(sql.parameterCount()).isEqualTo(3);
        assertThat(sql.jdbcSql()).isEqualTo("select ?, ?, ?");
    }

    // ---- quotes and comments -----------------------------------------------------------------------

    @Test
    void ignoresMarkersAndNamesInSingleQuotes() {
        ParsedSql sql = ParsedSql.parse("select 'why? :not' , ?");

        assertThat(sql.markerCount()).isEqualTo(1);
        assertThat(sql.names()).isEmpty();
        assertThat(sql.jdbcSql()).isEqualTo("select 'why? :not' , ?");
    }

    @Test
    void ignoresMarkersInDoubleQuotesAndBackticks() {
        ParsedSql sql = ParsedSql.parse("select \"a?b\", `c:d`, \":e\" from t where x = :x and y = ?");

        assertThat(sql.markerCount()).isEqualTo(1);
        assertThat(sql.names()).containsExactly("x");
        assertThat(sql.jdbcSql()).isEqualTo("select \"a?b\", `c:d`, \":e\" from t where x = ? and y = ?");
    }

    @Test
    void aDoubledQuoteStaysInsideTheQuotedText() {
        assertThat(ParsedSql.parse("select 'it''s ?' , ?").markerCount()).isEqualTo(1);
        assertThat(ParsedSql.parse("select \"a\"\"?\" , ?").markerCount()).isEqualTo(1);
        assertThat(ParsedSql.parse("select `a``?` , ?").markerCount()).isEqualTo(1);
        assertThat(ParsedSql.parse("select '''?''' , :n").names()).containsExactly("n");
    }

    @Test
    void aBackslashEscapesTheNextCharacterInStringsButNotInBackticks() {
        assertThat(ParsedSql.parse("select 'it\\'s ?' , ?").markerCount()).isEqualTo(1);
        assertThat(ParsedSql.parse("select \"a\\\" ?\" , ?").markerCount()).isEqualTo(1);
        assertThat(ParsedSql.parse("select 'a\\\\', ?").markerCount()).isEqualTo(1);
        // in backticks a backslash is an ordinary character, so the backtick after it ends the name
        assertThat(ParsedSql.parse("select `a\\` , ?").markerCount()).isEqualTo(1);
    }

    @Test
    void anUnclosedQuoteHidesTheRest() {
        ParsedSql sql = ParsedSql.parse("select 'unclosed ? :x");

        assertThat(sql.markerCount()).isZero();
        assertThat(sql.names()).isEmpty();
    }

    @Test
    void ignoresLineComments() {
        ParsedSql dashes = ParsedSql.parse("select ? -- what? :no\n, :yes");
        ParsedSql hash = ParsedSql.parse("select ? # what? :no\n, ?");
        ParsedSql atEnd = ParsedSql.parse("select ? -- trailing ?");

        assertThat(dashes.markerCount()).isEqualTo(1);
        assertThat(dashes.names()).containsExactly("yes");
        assertThat(dashes.jdbcSql()).isEqualTo("select ? -- what? :no\n, ?");
        assertThat(hash.markerCount()).isEqualTo(2);
        assertThat(hash.names()).isEmpty();
        assertThat(atEnd.markerCount()).isEqualTo(1);
    }

    @Test
    void ignoresBlockComments() {
        ParsedSql sql = ParsedSql.parse("select /* a ? b :c\n d */ ?, /*?*/ :e /* unclosed ?");

        assertThat(sql.markerCount()).isEqualTo(1);
        assertThat(sql.names()).containsExactly("e");
        assertThat(sql.jdbcSql()).isEqualTo("select /* a ? b :c\n d */ ?, /*?*/ ? /* unclosed ?");
    }

    @Test
    void aSingleDashOrSlashIsNoComment() {
        ParsedSql sql = ParsedSql.parse("select 5 - ?, 6 / ?");

        assertThat(sql.markerCount()).isEqualTo(2);
    }

    // ---- INSERT detection ------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"insert into t values (?)", "INSERT INTO t VALUES (1)", "  \n\tInsert into t values (1)",
            "(insert into t values (1))", "replace into t values (1)", "REPLACE INTO t VALUES (1)",
            " ( Replace into t values (1))", "-- add one\ninsert into t values (1)",
            "/* batch */ insert into t values (1)"})
    void recognisesInserts(String sql) {
        assertThat(ParsedSql.parse(sql).insert()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"select * from inserts", "update t set x = 1", "delete from t", "with x as (select 1)"
            + " select * from x", "select replace(name, 'a', 'b') from t", "", "  "})
    void otherStatementsAreNoInserts(String sql) {
        assertThat(ParsedSql.parse(sql).insert()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"select 1", "SELECT * FROM t", " (select 1) union (select 2)", "/* q */ select 1",
            "-- q\nselect 1"})
    void recognisesQueries(String sql) {
        assertThat(ParsedSql.parse(sql).query()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"selected_rows()", "pragma journal_mode", "with x as (select 1) select * from x",
            "insert into t select * from u", "show tables", ""})
    void otherStatementsRunWithExecute(String sql) {
        assertThat(ParsedSql.parse(sql).query()).isFalse();
    }

    @Test
    void printsTheSqlTheDriverGets() {
        assertThat(ParsedSql.parse("select :a")).hasToString("select ?");
        assertThat(ParsedSql.parse("select ?")).hasToString("select ?");
    }
}
