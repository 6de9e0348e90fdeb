package dev.athanor.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ServerInfoTest {

    @Test
    void readsMariadbsVersionText() {
        ServerInfo server = ServerInfo.of("MariaDB", "10.11.6-MariaDB-log", Duration.ofHours(8), "driver",
                "5.5.5-10.11.6-MariaDB-log");

        assertThat(server.version()).isEqualTo("10.11.6");
        assertThat(server.major()).isEqualTo(10);
        assertThat(server.minor()).isEqualTo(11);
        assertThat(server.idleTimeout()).isEqualTo(Duration.ofHours(8));
        assertThat(server.announced()).isEqualTo("5.5.5-10.11.6-MariaDB-log");
        assertThat(server).hasToString("MariaDB 10.11.6");
    }

    @Test
    void readsPlainAndSuffixedVersions() {
        assertThat(ServerInfo.of("SQLite", " 3.45.1 ", null, "d", "3.45.1").version()).isEqualTo("3.45.1");
        assertThat(ServerInfo.of("MySQL", "8.0.36-0ubuntu0.22.04.1", null, "d", "x").version()).isEqualTo("8.0.36");
        ServerInfo rc = ServerInfo.of("MySQL", "8.0.4-rc-log", null, "d", "x");
        assertThat(rc.major()).isEqualTo(8);
        assertThat(rc.minor()).isZero();
    }

    @Test
    void missingOrOddNumbersCountAsZero() {
        ServerInfo majorOnly = ServerInfo.of("X", "9", null, "d", "9");
        ServerInfo odd = ServerInfo.of("X", "v.2b", null, "d", "v.2b");

        assertThat(majorOnly.major()).isEqualTo(9);
        assertThat(majorOnly.minor()).isZero();
        assertThat(odd.major()).isZero();
        assertThat(odd.minor()).isEqualTo(2);
    }

    @Test
    void atLeastComparesMajorThenMinor() {
        ServerInfo server = ServerInfo.of("MariaDB", "10.6.18", null, "d", "10.6.18");

        assertThat(server.atLeast(10, 6)).isTrue();
        assertThat(server.atLeast(10, 5)).isTrue();
        assertThat(server.atLeast(9, 99)).isTrue();
        assertThat(server.atLeast(10, 7)).isFalse();
        assertThat(server.atLeast(11, 0)).isFalse();
    }
}
