package dev.athanor.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.core.error.ConfigurationException;
import dev.athanor.core.error.ErrorCode;
import org.junit.jupiter.api.Test;

class BackendsTest {

    @Test
    void urlsFindTheirDialectThroughTheServiceLoader() {
        assertThat(Backends.resolve("sqlite://").backend().name()).isEqualTo("sqlite");
        assertThat(Backends.resolve("mariadb://u:p@h/db").backend().name()).isEqualTo("mysql");
    }

    @Test
    void driverProductNamesFindTheirDialect() {
        assertThat(Backends.forProduct("SQLite").name()).isEqualTo("sqlite");
        assertThat(Backends.forProduct("MySQL").name()).isEqualTo("mysql");
        assertThat(Backends.forProduct("MariaDB").name()).isEqualTo("mysql");
    }

    @Test
    void anotherProductIsUnsupportedNamingTheDialectsThereAre() {
        assertThatThrownBy(() -> Backends.forProduct("PostgreSQL"))
                .isInstanceOfSatisfying(ConfigurationException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.UNSUPPORTED_DATABASE))
                .hasMessageContaining("PostgreSQL")
                .hasMessageContaining("sqlite").hasMessageContaining("mysql");
    }
}
