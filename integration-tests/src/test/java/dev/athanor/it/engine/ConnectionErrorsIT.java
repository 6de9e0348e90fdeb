package dev.athanor.it.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import ch.qos.logback.classic.Level;
import dev.athanor.Athanor;
import dev.athanor.core.engine.Engine;
import dev.athanor.core.engine.UrlParts;
import dev.athanor.core.error.AthanorError;
import dev.athanor.core.error.ErrorCode;
import dev.athanor.testing.LogCapture;
import dev.athanor.it.TestDatabase;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Connecting goes wrong in many ways; each has its own clear message, and no password shows. */
class ConnectionErrorsIT {

    private static final String SECRET = "Secr3t-Pa55";

    @TempDir
    Path tempDir;

    private static ErrorCode code(Throwable e) {
        assertThat(e).isInstanceOf(AthanorError.class);
        return ((AthanorError) e).code();
    }

    @Test
    void wrongPasswordIsAnAuthenticationFailureThatNeverShowsThePassword() {
        UrlParts real = UrlParts.parse(TestDatabase.mysqlUrl(), "mariadb");
        String url = "mysql://" + real.user() + ":" + SECRET + "@" + real.host() + ":" + real.port() + "/"
                + real.database();
        try (LogCapture pool = LogCapture.of("dev.athanor", Level.TRACE);
             LogCapture hikari = LogCapture.of("com.zaxxer.hikari", Level.TRACE);
             Engine engine = Athanor.createEngine(url, Map.of("echo", true))) {
            assertThat(engine.toString()).doesNotContain(SECRET).contains(real.user() + ":***@");
            assertThat(engine.url().toString()).doesNotContain(SECRET);
            Throwable e = catchThrowable(() -> engine.execute("select 1"));
            assertThat(code(e)).isEqualTo(ErrorCode.AUTHENTICATION_FAILED);
            assertThat(e).hasMessageContaining("Access denied").hasMessageContaining("user: " + real.user())
                    .hasMessageNotContaining(SECRET);
            assertThat(engine.isStarted()).isFalse();
            assertThat(pool.messages()).noneMatch(m -> m.contains(SECRET));
            assertThat(hikari.messages()).noneMatch(m -> m.contains(SECRET));
            assertThat(engine.settings().toString()).doesNotContain(SECRET);
        }
    }

    @Test
    void unknownMariadbDatabase() {
        UrlParts real = UrlParts.parse(TestDatabase.mysqlUrl(), "mariadb");
        String url = "mysql://" + real.user() + ":" + real.password() + "@" + real.host() + ":" + real.port()
                + "/no_such_db";
        try (Engine engine = Athanor.createEngine(url)) {
            Throwable e = catchThrowable(() -> engine.execute("select 1"));
            assertThat(code(e)).isIn(ErrorCode.UNKNOWN_DATABASE, ErrorCode.AUTHENTICATION_FAILED);
            assertThat(e).hasMessageContaining("no_such_db").hasMessageNotContaining(real.password());
        }
    }

    @Test
    void unreachableHostFailsOnFirstUseOnlyAndSaysWhere() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String url = "mysql://scott:" + SECRET + "@127.0.0.1:" + closedPort + "/test";
        try (Engine engine = Engine.builder(url).connectTimeout(Duration.ofSeconds(2)).build()) {
            assertThat(engine.poolStats().total()).isZero();
            Throwable e = catchThrowable(() -> engine.execute("select 1"));
            assertThat(code(e)).isEqualTo(ErrorCode.HOST_UNREACHABLE);
            assertThat(e).hasMessageContaining("127.0.0.1:" + closedPort)
                    .hasMessageContaining("Check that the server is running")
                    .hasMessageNotContaining(SECRET);
            // a later attempt tries again instead of remembering the failure
            assertThat(code(catchThrowable(() -> engine.execute("select 1")))).isEqualTo(ErrorCode.HOST_UNREACHABLE);
        }
    }

    @Test
    void missingDriverNamesTheMavenCoordinates() {
        try (Engine engine = Athanor.createEngine("mysql+mariadbconnector://scott:" + SECRET + "@127.0.0.1:1/test")) {
            Throwable e = catchThrowable(() -> engine.execute("select 1"));
            assertThat(code(e)).isEqualTo(ErrorCode.DRIVER_MISSING);
            assertThat(e).hasMessageContaining("org.mariadb.jdbc.Driver")
                    .hasMessageContaining("org.mariadb.jdbc:mariadb-java-client")
                    .hasMessageNotContaining(SECRET);
        }
    }

    @Test
    void malformedAndUnsupportedUrlsFailAtCreation() {
        assertThatThrownBy(() -> Athanor.createEngine("mysql://scott:" + SECRET + "@host:port/db"))
                .isInstanceOf(IllegalArgumentException.class)
                .satisfies(e -> assertThat(code(e)).isEqualTo(ErrorCode.MALFORMED_URL))
                .hasMessageContaining("port 'port' is not a number")
                .hasMessageNotContaining(SECRET);
        assertThatThrownBy(() -> Athanor.createEngine("postgresql://scott:" + SECRET + "@host/db"))
                .satisfies(e -> assertThat(code(e)).isEqualTo(ErrorCode.UNSUPPORTED_DATABASE))
                .hasMessageContaining("sqlite").hasMessageContaining("mysql")
                .hasMessageNotContaining(SECRET);
        assertThatThrownBy(() -> Athanor.createEngine("app.db"))
                .satisfies(e -> assertThat(code(e)).isEqualTo(ErrorCode.MALFORMED_URL));
        assertThatThrownBy(() -> Athanor.createEngine("sqlite://somehost/app.db"))
                .satisfies(e -> assertThat(code(e)).isEqualTo(ErrorCode.MALFORMED_URL))
                .hasMessageContaining("sqlite:////absolute/path.db");
    }

    @Test
    void unknownOptionIsNamedWithADidYouMean() {
        assertThatThrownBy(() -> Athanor.createEngine("sqlite://", Map.of("pool_recyle", 3600)))
                .isInstanceOf(IllegalArgumentException.class)
                .satisfies(e -> assertThat(code(e)).isEqualTo(ErrorCode.UNKNOWN_OPTION))
                .hasMessageContaining("'pool_recyle'")
                .hasMessageContaining("Did you mean 'pool_recycle'?")
                .hasMessageContaining("pool_pre_ping");
        assertThatThrownBy(() -> Athanor.createEngine("sqlite://", Map.of("pool_size", "many")))
                .satisfies(e -> assertThat(code(e)).isEqualTo(ErrorCode.INVALID_OPTION_VALUE))
                .hasMessageContaining("pool_size");
    }

    @Test
    void sqliteFileInAMissingFolderIsAnUnknownDatabase() {
        Path missing = tempDir.resolve("no/such/folder/app.db");
        try (Engine engine = Athanor.createEngine("sqlite:///" + missing)) {
            Throwable e = catchThrowable(() -> engine.execute("select 1"));
            assertThat(code(e)).isEqualTo(ErrorCode.UNKNOWN_DATABASE);
            assertThat(e).hasMessageContaining("app.db");
        }
    }
}
