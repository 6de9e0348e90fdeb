package dev.athanor.core.engine.echo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ValueFormatterTest {

    private enum Colour { RED }

    @Test
    void textLikeValuesAreQuotedWithQuotesDoubled() {
        UUID id = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");

        assertThat(ValueFormatter.value("it's")).isEqualTo("'it''s'");
        assertThat(ValueFormatter.value('c')).isEqualTo("'c'");
        assertThat(ValueFormatter.value(Colour.RED)).isEqualTo("'RED'");
        assertThat(ValueFormatter.value(LocalDate.of(2024, 1, 31))).isEqualTo("'2024-01-31'");
        assertThat(ValueFormatter.value(id)).isEqualTo("'" + id + "'");
    }

    @Test
    void numbersBooleansAndNullAsThemselves() {
        assertThat(ValueFormatter.value(42)).isEqualTo("42");
        assertThat(ValueFormatter.value(new BigDecimal("1.50"))).isEqualTo("1.50");
        assertThat(ValueFormatter.value(true)).isEqualTo("true");
        assertThat(ValueFormatter.value(null)).isEqualTo("NULL");
    }

    @Test
    void longTextIsCut() {
        String text = "x".repeat(250);

        assertThat(ValueFormatter.value(text)).isEqualTo("'" + "x".repeat(100) + "...(250 chars)'");
        assertThat(ValueFormatter.value("y".repeat(100))).isEqualTo("'" + "y".repeat(100) + "'");
    }

    @Test
    void binaryIsItsLength() {
        assertThat(ValueFormatter.value(new byte[16])).isEqualTo("<16 bytes>");
    }

    @Test
    void valuesInParentheses() {
        assertThat(ValueFormatter.values(Arrays.asList(1, "a", null))).isEqualTo("(1, 'a', NULL)");
        assertThat(ValueFormatter.values(List.of())).isEqualTo("()");
    }

    @Test
    void oneSetForAStatement() {
        assertThat(ValueFormatter.parameterSets(List.of(List.of(1, 2)), false)).isEqualTo("(1, 2)");
        assertThat(ValueFormatter.parameterSets(List.of(), false)).isEqualTo("()");
    }

    @Test
    void aBatchShowsItsFirstTenSets() {
        List<List<Object>> sets = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            sets.add(List.of(i));
        }

        assertThat(ValueFormatter.parameterSets(sets.subList(0, 2), true)).isEqualTo("batch of 2: (1), (2)");
        assertThat(ValueFormatter.parameterSets(sets, true))
                .isEqualTo("batch of 12: (1), (2), (3), (4), (5), (6), (7), (8), (9), (10) ... 2 more");
    }

    @Test
    void millisWithThreeDecimals() {
        assertThat(ValueFormatter.millis(1_234_567)).isEqualTo("1.235 ms");
        assertThat(ValueFormatter.millis(0)).isEqualTo("0.000 ms");
    }

    @Test
    void rowCounts() {
        assertThat(ValueFormatter.rows(0)).isEqualTo("0 rows");
        assertThat(ValueFormatter.rows(1)).isEqualTo("1 row");
        assertThat(ValueFormatter.rows(2)).isEqualTo("2 rows");
        assertThat(ValueFormatter.rows(-1)).isEqualTo("streaming");
    }
}
