package dev.athanor.core.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ErrorCodeTest {

    @Test
    void everyCodeIsDistinctAndShapedAthAndFourDigits() {
        assertThat(Arrays.stream(ErrorCode.values()).map(ErrorCode::code))
                .doesNotHaveDuplicates()
                .allMatch(code -> code.matches("ATH-\\d{4}"));
    }

    @Test
    void everyCodeHasATitleAndAHint() {
        assertThat(ErrorCode.values()).allSatisfy(code -> {
            assertThat(code.title()).isNotBlank();
            assertThat(code.hint()).isNotBlank().endsWith(".");
        });
    }

    @Test
    void printsAsItsCode() {
        assertThat(ErrorCode.UNIQUE_VIOLATION).hasToString("ATH-2001");
    }
}
