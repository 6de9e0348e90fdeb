package dev.athanor.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

class BatchResultTest {

    @Test
    void totalCountsUnknownCountsAsOne() {
        assertThat(new BatchResult(new int[] {1, 2, 0}, List.of()).totalRowCount()).isEqualTo(3);
        assertThat(new BatchResult(new int[] {Statement.SUCCESS_NO_INFO, Statement.SUCCESS_NO_INFO}, List.of())
                .totalRowCount()).isEqualTo(2);
        assertThat(new BatchResult(new int[0], List.of()).totalRowCount()).isZero();
    }

    @Test
    void equalByCountsAndKeys() {
        BatchResult result = new BatchResult(new int[] {1, 1}, List.of(1L, 2L));

        assertThat(result).isEqualTo(new BatchResult(new int[] {1, 1}, List.of(1L, 2L)))
                .hasSameHashCodeAs(new BatchResult(new int[] {1, 1}, List.of(1L, 2L)))
                .isNotEqualTo(new BatchResult(new int[] {1, 2}, List.of(1L, 2L)))
                .isNotEqualTo(new BatchResult(new int[] {1, 1}, List.of(1L)))
                .hasToString("BatchResult[1, 1] keys=[1, 2]");
    }
}
