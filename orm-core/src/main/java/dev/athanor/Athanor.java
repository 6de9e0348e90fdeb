package dev.athanor;

import dev.athanor.core.engine.Engine;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;
import javax.sql.DataSource;

/**
 * Where Athanor starts: its version, and engines.
 *
 * <pre>{@code
 * Engine engine = Athanor.createEngine("sqlite:///:memory:", Map.of("echo", true));
 * Object one = engine.execute("select 1").scalar();
 * }</pre>
 */
public final class Athanor {

    private static final String VERSION = readVersion();

    private Athanor() {
    }

    /** This build's version, e.g. {@code 0.1.0-SNAPSHOT}. */
    public static String version() {
        return VERSION;
    }

    /** An engine for the URL with default options; connects to nothing yet. */
    public static Engine createEngine(String url) {
        return Engine.builder(url).build();
    }

    /**
     * An engine for the URL with options keyed as in SQLAlchemy: {@code echo}, {@code pool_size},
     * {@code pool_timeout}, {@code pool_recycle}, {@code pool_pre_ping}, {@code connect_timeout},
     * {@code isolation_level}, {@code connect_args}, {@code statement_cache_size}.
     */
    public static Engine createEngine(String url, Map<String, ?> options) {
        return Engine.builder(url).options(options).build();
    }

    /**
     * An engine over the application's own DataSource (Spring's, a container's): no pool of its own,
     * the dialect read from the first connection. Options: {@code echo}, {@code statement_cache_size}.
     */
    public static Engine createEngine(DataSource dataSource, Map<String, ?> options) {
        return Engine.builder(dataSource).options(options).build();
    }

    private static String readVersion() {
        try (InputStream in = Athanor.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read Athanor's version.properties", e);
        }
    }
}
