package dev.athanor.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import org.junit.jupiter.api.Test;

class IsolationLevelTest {

    @Test
    void mapsToTheJdbcConstants() {
        assertThat(IsolationLevel.READ_UNCOMMITTED.jdbcLevel()).isEqualTo(Connection.TRANSACTION_READ_UNCOMMITTED);
        assertThat(IsolationLevel.READ_COMMITTED.jdbcLevel()).isEqualTo(Connection.TRANSACTION_READ_COMMITTED);
        assertThat(IsolationLevel.REPEATABLE_READ.jdbcLevel()).isEqualTo(Connection.TRANSACTION_REPEATABLE_READ);
        assertThat(IsolationLevel.SERIALIZABLE.jdbcLevel()).isEqualTo(Connection.TRANSACTION_SERIALIZABLE);
    }

    @Test
    void sqlNameHasSpaces() {
        assertThat(IsolationLevel.READ_COMMITTED.sqlName()).isEqualTo("READ COMMITTED");
        assertThat(IsolationLevel.SERIALIZABLE.sqlName()).isEqualTo("SERIALIZABLE");
    }

    @Test
    void parsesEverySpelling() {
        for (IsolationLevel level : IsolationLevel.values()) {
            assertThat(IsolationLevel.parse(level.sqlName())).isEqualTo(level);
            assertThat(IsolationLevel.parse(level.name().toLowerCase())).isEqualTo(level);
            assertThat(IsolationLevel.parse(level.name().replace('_', '-'))).isEqualTo(level);
            assertThat(IsolationLevel.parse(level)).isEqualTo(level);
        }
    }

    @Test
    void rejectsOtherValuesListingTheLevels() {
        assertThatThrownBy(() -> IsolationLevel.parse("READ  COMMITTED"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("READ COMMITTED");
        assertThatThrownBy(() -> IsolationLevel.parse(2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageEndingWith("got Integer 2");
        assertThatThrownBy(() -> IsolationLevel.parse(null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageEndingWith("got null");
    }
}
