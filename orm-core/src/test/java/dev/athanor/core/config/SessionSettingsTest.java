package dev.athanor.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.core.error.ConfigurationException;
import org.junit.jupiter.api.Test;

/** The session options, read from text as a persistence unit gives them. */
class SessionSettingsTest {

    @Test
    void thePlanCacheSizeDefaultsTo2048IsReadFromTextAndClampedToAtLeastOne() {
        assertThat(SessionSettings.DEFAULTS.queryPlanCacheSize()).isEqualTo(2048);
        assertThat(SessionSettings.KNOWN_OPTIONS).contains("query.plan_cache_size");
        assertThat(SessionSettings.DEFAULTS.with("query.plan_cache_size", "100").queryPlanCacheSize()).isEqualTo(100);
        assertThat(SessionSettings.DEFAULTS.with("query.plan_cache_size", 0).queryPlanCacheSize()).isEqualTo(1);
        assertThatThrownBy(() -> SessionSettings.DEFAULTS.with("query.plan_cache_size", "many"))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("athanor.query.plan_cache_size");
        assertThatThrownBy(() -> SessionSettings.DEFAULTS.withQueryPlanCacheSize(0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
