package dev.athanor.core.dialect.mysql;

import dev.athanor.core.engine.ServerInfo;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The first connection to a MySQL or MariaDB server: the real product and version (from
 * {@code VERSION()}, since Connector/J reports MariaDB 10 as {@code 5.5.5-10...}), the idle timeout,
 * and a check that strict mode and utf8mb4 took effect.
 */
final class MySqlFirstConnect {

    private static final Logger POOL = LoggerFactory.getLogger("dev.athanor.POOL");

    private MySqlFirstConnect() {
    }

    static ServerInfo run(Connection connection) throws SQLException {
        String version;
        long waitTimeout;
        String sqlMode;
        String charset;
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT VERSION(), @@SESSION.wait_timeout, @@SESSION.sql_mode,"
                     + " @@SESSION.character_set_connection")) {
            rs.next();
            version = rs.getString(1);
            waitTimeout = rs.getLong(2);
            sqlMode = rs.getString(3);
            charset = rs.getString(4);
        }
        DatabaseMetaData meta = connection.getMetaData();
        String product = version.toLowerCase(Locale.ROOT).contains("mariadb") ? "MariaDB" : "MySQL";
        String announced = meta.getDatabaseProductVersion();
        ServerInfo info = ServerInfo.of(product, version, waitTimeout > 0 ? Duration.ofSeconds(waitTimeout) : null,
                meta.getDriverName() + " " + meta.getDriverVersion(), announced);
        POOL.info("{} {} (driver reports {}), wait_timeout={}s, sql_mode={}, character set {}", product,
                info.version(), announced, waitTimeout, sqlMode, charset);
        if (MySqlDialect.dropsFractionalSeconds(info)) {
            POOL.info("{} announces itself as {} to Connector/J, which would drop fractions of a second from"
                    + " bound timestamps; Athanor binds dates and times as text instead", product, announced);
        }
        if (sqlMode == null || !sqlMode.toUpperCase(Locale.ROOT).contains("STRICT")) {
            POOL.warn("{} runs without strict mode (sql_mode={}); bad values will be changed silently instead of"
                    + " rejected", product, sqlMode);
        }
        if (charset == null || !charset.toLowerCase(Locale.ROOT).startsWith("utf8mb4")) {
            POOL.warn("{} connection character set is {}, not utf8mb4; characters outside the BMP (emoji) will"
                    + " fail", product, charset);
        }
        return info;
    }
}
