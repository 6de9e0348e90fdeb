package dev.athanor.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.core.error.ConfigurationException;
import dev.athanor.core.error.ErrorCode;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** {@link Engine.Builder#user} and {@link Engine.Builder#password}: credentials beside a {@code jdbc:} URL. */
class EngineBuilderCredentialsTest {

    @Test
    void userAndPasswordReachTheDriverButNoText() {
        try (Engine engine = Engine.builder("jdbc:mysql://db.example:3306/shop").user("app").password("s3cret").build()) {
            assertThat(engine.url().user()).isEqualTo("app");
            assertThat(engine.url().password()).isEqualTo("s3cret");
            Properties properties = engine.backend().driverProperties(engine.url(), engine.settings());
            assertThat(properties.getProperty("user")).isEqualTo("app");
            assertThat(properties.getProperty("password")).isEqualTo("s3cret");
            assertThat(engine.toString()).doesNotContain("s3cret");
            assertThat(engine.url().toString()).doesNotContain("s3cret");
            assertThat(engine.isStarted()).isFalse();
        }
    }

    @Test
    void theBuilderWinsOverTheUrlsCredentials() {
        try (Engine engine = Engine.builder("mysql://old:oldpw@db.example/shop").user("new").password("newpw").build()) {
            assertThat(engine.url().user()).isEqualTo("new");
            assertThat(engine.url().password()).isEqualTo("newpw");
        }
    }

    @Test
    void withoutThemTheUrlsCredentialsStay() {
        try (Engine engine = Engine.builder("mysql://app:pw@db.example/shop").build()) {
            assertThat(engine.url().user()).isEqualTo("app");
            assertThat(engine.url().password()).isEqualTo("pw");
        }
    }

    @Test
    void anEngineOverADataSourceRefusesThem() {
        assertThatThrownBy(() -> Engine.builder(new NoDataSource()).user("app").password("s3cret").build())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("user and password")
                .hasMessageNotContaining("s3cret")
                .satisfies(e -> assertThat(((ConfigurationException) e).code()).isEqualTo(ErrorCode.UNSUPPORTED_SETTING));
    }

    /** A DataSource the test never asks for a connection. */
    private static final class NoDataSource implements DataSource {
        @Override
        public Connection getConnection() throws SQLException {
            throw new SQLException("not in this test");
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            throw new SQLException("not in this test");
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
        }

        @Override
        public void setLoginTimeout(int seconds) {
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() {
            return Logger.getGlobal();
        }

        @Override
        public <T> T unwrap(Class<T> iface) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> iface) {
            return false;
        }
    }
}
