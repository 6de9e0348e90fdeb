package dev.athanor.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.core.error.AthanorException;
import dev.athanor.core.error.ErrorCode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ResultTest {

    private Engine engine;

    @BeforeEach
    void createTable() {
        engine = Engine.builder("sqlite:///:memory:").build();
        engine.execute("create table t (id integer primary key, name text, qty int)");
        engine.execute("insert into t (name, qty) values ('a', 1), ('b', 2), ('c', 3)");
    }

    @AfterEach
    void closeEngine() {
        engine.close();
    }

    @Test
    void scalarIsTheFirstColumnOfTheFirstRow() {
        assertThat(engine.execute("select 1").scalar()).isEqualTo(1);
        assertThat(engine.execute("select name, qty from t order by id").scalar()).isEqualTo("a");
        assertThat(engine.execute("select name from t where id < 0").scalar()).isNull();
    }

    @Test
    void scalarConverts() {
        assertThat(engine.execute("select count(*) from t").scalar(Long.class)).isEqualTo(3L);
        assertThat(engine.execute("select '42'").scalar(Integer.class)).isEqualTo(42);
        assertThat(engine.execute("select qty from t where id < 0").scalar(Long.class)).isNull();
    }

    @Test
    void oneIsTheOnlyRow() {
        Row row = engine.execute("select name, qty from t where id = ?", 2).one();

        assertThat(row.get("name")).isEqualTo("b");
        assertThat(row.get("qty")).isEqualTo(2);
    }

    @Test
    void oneWithoutRowsFails() {
        assertThatThrownBy(() -> engine.execute("select name from t where id = ?", 99).one())
                .isInstanceOfSatisfying(AthanorException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.NO_ROW);
                    assertThat(e.getMessage()).startsWith("ATH-1301 Expected exactly one row, got none: 0 rows")
                            .contains("SQL: select name from t where id = ?");
                    assertThat(e.hint()).contains("first()");
                });
    }

    @Test
    void oneWithSeveralRowsFails() {
        assertThatThrownBy(() -> engine.execute("select name from t where id <= 2").one())
                .isInstanceOfSatisfying(AthanorException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.TOO_MANY_ROWS);
                    assertThat(e.getMessage()).startsWith("ATH-1302 Expected exactly one row, got more: 2 rows")
                            .contains("SQL: select name from t where id <= 2");
                });
    }

    @Test
    void firstIsTheFirstRowOrNull() {
        assertThat(engine.execute("select name from t order by id desc").first().get(0)).isEqualTo("c");
        assertThat(engine.execute("select name from t where id < 0").first()).isNull();
    }

    @Test
    void allRowsInOrderAndIterable() {
        Result result = engine.execute("select name from t order by id");
        List<Object> iterated = new ArrayList<>();
        for (Row row : result) {
            iterated.add(row.get(0));
        }

        assertThat(result.all()).extracting(r -> r.get(0)).containsExactly("a", "b", "c");
        assertThat(iterated).containsExactly("a", "b", "c");
        assertThat(engine.execute("select name from t where id < 0").all()).isEmpty();
    }

    @Test
    void aQueryCountsItsRowsAndNamesItsColumns() {
        Result result = engine.execute("select id, name as label, qty * 2 from t");

        assertThat(result.returnsRows()).isTrue();
        assertThat(result.rowCount()).isEqualTo(3);
        assertThat(result.columns()).containsExactly("id", "label", "qty * 2");
        assertThat(result.generatedKeys()).isEmpty();
        assertThat(result.generatedKey()).isNull();
        assertThat(result).hasToString("Result[id, label, qty * 2] 3 rows");
    }

    @Test
    void dmlCountsTheRowsItChanged() {
        Result update = engine.execute("update t set qty = qty + 1 where qty >= ?", 2);
        Result delete = engine.execute("delete from t where name = 'nobody'");

        assertThat(update.returnsRows()).isFalse();
        assertThat(update.rowCount()).isEqualTo(2);
        assertThat(update.columns()).isEmpty();
        assertThat(update.all()).isEmpty();
        assertThat(update.scalar()).isNull();
        assertThat(update.first()).isNull();
        assertThat(update.generatedKeys()).isEmpty();
        assertThat(update).hasToString("Result 2 rows affected");
        assertThat(delete.rowCount()).isZero();
    }

    @Test
    void anInsertReturnsTheKeyItGenerated() {
        Result insert = engine.execute("insert into t (name, qty) values (?, ?)", "d", 4);

        assertThat(insert.rowCount()).isEqualTo(1);
        assertThat(insert.generatedKey()).isEqualTo(4);
        assertThat(insert.generatedKeys()).containsExactly(4);
        assertThat(engine.execute("select name from t where id = ?", insert.generatedKey()).scalar()).isEqualTo("d");
    }

    @Test
    void aReplaceIsAnInsertToo() {
        Result replace = engine.execute("replace into t (id, name, qty) values (10, 'x', 0)");

        assertThat(replace.generatedKey()).isEqualTo(10);
    }

    @Test
    void insertReturningGivesRows() {
        Result insert = engine.execute("insert into t (name, qty) values ('e', 5) returning id, name");

        assertThat(insert.returnsRows()).isTrue();
        assertThat(insert.one().get("id")).isEqualTo(4);
        assertThat(insert.one().get("name")).isEqualTo("e");
    }

    @Test
    void anInsertThatInsertsNothingHasNoKey() {
        Result ignored = engine.execute("insert or ignore into t (id, name, qty) values (1, 'dup', 0)");

        assertThat(ignored.rowCount()).isZero();
        assertThat(ignored.generatedKeys()).isEmpty();
        assertThat(ignored.generatedKey()).isNull();
    }

    @Test
    void theResultIsReadInFullAndOutlivesItsConnection() {
        Result result;
        try (EngineConnection c = engine.connect()) {
            result = c.execute("select name from t order by id");
        }

        assertThat(result.all()).hasSize(3);
        assertThat(engine.poolStats().active()).isZero();
    }
}
