package dev.athanor.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.core.error.AthanorException;
import dev.athanor.core.error.ErrorCode;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RowTest {

    private static Engine engine;

    @BeforeAll
    static void startEngine() {
        engine = Engine.builder("sqlite:///:memory:").build();
    }

    @AfterAll
    static void closeEngine() {
        engine.close();
    }

    private static Row row(String sql) {
        return engine.execute(sql).one();
    }

    @Test
    void valuesByZeroBasedIndex() {
        Row row = row("select 1, 'two', null");

        assertThat(row.get(0)).isEqualTo(1);
        assertThat(row.get(1)).isEqualTo("two");
        assertThat(row.get(2)).isNull();
        assertThat(row.size()).isEqualTo(3);
    }

    @Test
    void anIndexOutsideTheRowFailsNamingTheColumns() {
        Row row = row("select 1 as a, 2 as b");

        for (int index : new int[] {-1, 2}) {
            assertThatThrownBy(() -> row.get(index))
                    .isInstanceOfSatisfying(AthanorException.class, e -> {
                        assertThat(e.code()).isEqualTo(ErrorCode.NO_SUCH_COLUMN);
                        assertThat(e.getMessage()).contains("index " + index + " (this row has 2 columns, from 0)",
                                "columns: [a, b]");
                    });
        }
    }

    @Test
    void valuesByLabelIgnoringCase() {
        Row row = row("select 1 as Id, 'Ada' as FirstName");

        assertThat(row.get("Id")).isEqualTo(1);
        assertThat(row.get("id")).isEqualTo(1);
        assertThat(row.get("FIRSTNAME")).isEqualTo("Ada");
        assertThat(row.get("firstname")).isEqualTo("Ada");
    }

    @Test
    void aRepeatedLabelFindsItsFirstColumn() {
        Row row = row("select 1 as x, 2 as X");

        assertThat(row.get("x")).isEqualTo(1);
        assertThat(row.get("X")).isEqualTo(1);
        assertThat(row.get(1)).isEqualTo(2);
        assertThat(row.asMap()).containsExactly(Map.entry("x", 1), Map.entry("X", 2));
    }

    @Test
    void anUnknownLabelFailsWithTheLabelsAndADidYouMean() {
        Row row = row("select 1 as customer_id, 'Ada' as name");

        assertThatThrownBy(() -> row.get("custmer_id"))
                .isInstanceOfSatisfying(AthanorException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.NO_SUCH_COLUMN);
                    assertThat(e.getMessage())
                            .startsWith("ATH-1303 No such column in the result: 'custmer_id'. Did you mean"
                                    + " 'customer_id'?")
                            .contains("columns: [customer_id, name]");
                });
        assertThatThrownBy(() -> row.get("address"))
                .isInstanceOfSatisfying(AthanorException.class, e -> assertThat(e.getMessage())
                        .doesNotContain("Did you mean").contains("columns: [customer_id, name]"));
    }

    @Test
    void valuesConvertedToTheTypeAskedFor() {
        Row row = row("select 7 as n, '2024-01-31' as day, 1 as flag");

        assertThat(row.get(0, Long.class)).isEqualTo(7L);
        assertThat(row.get("n", String.class)).isEqualTo("7");
        assertThat(row.get("day", LocalDate.class)).isEqualTo(LocalDate.of(2024, 1, 31));
        assertThat(row.get("FLAG", Boolean.class)).isTrue();
    }

    @Test
    void aFailedConversionNamesTheColumn() {
        Row row = row("select 'abc' as amount");

        assertThatThrownBy(() -> row.get("amount", Integer.class))
                .isInstanceOfSatisfying(AthanorException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.VALUE_CONVERSION);
                    assertThat(e.getMessage()).contains("column 'amount' holds java.lang.String");
                });
        assertThatThrownBy(() -> row.get(0, Integer.class))
                .isInstanceOfSatisfying(AthanorException.class,
                        e -> assertThat(e.getMessage()).contains("column 'amount'"));
    }

    @Test
    void asMapToArrayAndColumns() {
        Row row = row("select 1 as a, 'x' as b");

        assertThat(row.asMap()).containsExactly(Map.entry("a", 1), Map.entry("b", "x"));
        assertThat(row.toArray()).containsExactly(1, "x");
        assertThat(row.columns().labels()).containsExactly("a", "b");
        assertThat(row.columns().indexOf("B")).isEqualTo(1);
        assertThat(row).hasToString("Row(1, x)");
    }

    @Test
    void toArrayIsACopy() {
        Row row = row("select 1");

        row.toArray()[0] = 2;

        assertThat(row.get(0)).isEqualTo(1);
    }

    @Test
    void rowsWithEqualValuesAreEqual() {
        Row one = row("select 1 as a, x'0102' as b");
        Row same = row("select 1 as other, x'0102' as names");
        Row different = row("select 2 as a, x'0102' as b");

        assertThat(one).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo(different);
        assertThat(one.get(1)).isEqualTo(new byte[] {1, 2});
    }
}
