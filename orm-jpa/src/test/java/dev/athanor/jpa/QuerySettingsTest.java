package dev.athanor.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import org.junit.jupiter.api.Test;

class QuerySettingsTest {

    private final QuerySettings settings = new QuerySettings();

    @Test
    void noHintsUntilOneIsGiven() {
        assertThat(settings.hints()).isEmpty();
        assertThatThrownBy(() -> settings.hints().put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
        settings.timeout(null);
        assertThat(settings.hints()).isEmpty();
        assertThat(settings.timeout()).isNull();
    }

    @Test
    void hintsAreKeptInOrderAndATimeoutIsOneOfThem() {
        settings.hint("vendor.unknown", "kept");
        settings.timeout(500);
        assertThat(settings.hints()).containsExactly(entry("vendor.unknown", "kept"),
                entry(QuerySettings.QUERY_TIMEOUT, 500));
        settings.timeout(null);
        assertThat(settings.hints()).containsExactly(entry("vendor.unknown", "kept"));
    }
}
