package dev.athanor.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class EchoModeTest {

    @ParameterizedTest
    @ValueSource(strings = {"true", "TRUE", "on", "yes", "1", " true "})
    void wordsForOn(String text) {
        assertThat(EchoMode.parse(text)).isEqualTo(EchoMode.ON);
    }

    @ParameterizedTest
    @ValueSource(strings = {"false", "off", "no", "0", "", "  "})
    void wordsForOff(String text) {
        assertThat(EchoMode.parse(text)).isEqualTo(EchoMode.OFF);
    }

    @Test
    void debugBooleansAndModes() {
        assertThat(EchoMode.parse("Debug")).isEqualTo(EchoMode.DEBUG);
        assertThat(EchoMode.parse(true)).isEqualTo(EchoMode.ON);
        assertThat(EchoMode.parse(Boolean.FALSE)).isEqualTo(EchoMode.OFF);
        assertThat(EchoMode.parse(EchoMode.DEBUG)).isEqualTo(EchoMode.DEBUG);
    }

    @Test
    void rejectsAnythingElseSayingWhatItGot() {
        assertThatThrownBy(() -> EchoMode.parse("verbose"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("expected true, false or \"debug\", got String verbose");
        assertThatThrownBy(() -> EchoMode.parse(null)).hasMessageEndingWith("got null");
        assertThatThrownBy(() -> EchoMode.parse(1)).hasMessageEndingWith("got Integer 1");
    }
}
