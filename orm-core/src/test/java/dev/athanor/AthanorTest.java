package dev.athanor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.core.config.EchoMode;
import dev.athanor.core.engine.Engine;
import dev.athanor.core.error.ConfigurationException;
import dev.athanor.core.error.ErrorCode;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AthanorTest {

    @Test
    void versionIsTheBuildsVersion() {
        assertThat(Athanor.version()).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?").isNotEqualTo("unknown");
    }

    @Test
    void versionIsReadOnce() {
        assertThat(Athanor.version()).isSameAs(Athanor.version());
    }

    @Test
    void createEngineConnectsToNothing() {
        try (Engine engine = Athanor.createEngine("sqlite:///:memory:")) {
            assertThat(engine.isStarted()).isFalse();
            assertThat(engine.execute("select 1").scalar()).isEqualTo(1);
        }
    }

    @Test
    void createEngineTakesOptionsBySqlalchemyKeys() {
        try (Engine engine = Athanor.createEngine("sqlite:///:memory:", Map.of("echo", "debug", "pool_size", 2))) {
            assertThat(engine.settings().echo()).isEqualTo(EchoMode.DEBUG);
            assertThat(engine.settings().poolSize()).isEqualTo(2);
        }
    }

    @Test
    void createEngineWithAnUnknownOptionFails() {
        assertThatThrownBy(() -> Athanor.createEngine("sqlite:///:memory:", Map.of("pool_sise", 2)))
                .isInstanceOfSatisfying(ConfigurationException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.UNKNOWN_OPTION);
                    assertThat(e.getMessage()).contains("'pool_sise'", "Did you mean 'pool_size'?");
                });
    }

    @Test
    void createEngineWithAnUnsupportedUrlFails() {
        assertThatThrownBy(() -> Athanor.createEngine("oracle:thin:@h:1521/x"))
                .isInstanceOfSatisfying(ConfigurationException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.UNSUPPORTED_DATABASE));
    }
}
