package dev.athanor.agent;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The agent's version, read from {@code version.properties}, which Maven filters at build time; a
 * resource beside the classes is right both in the jar and when running from {@code target/classes}.
 */
final class AgentVersion {

    private static final String RESOURCE = "version.properties";

    private AgentVersion() {
    }

    /** Returns the project version this agent was built as, such as {@code 0.1.0-SNAPSHOT}. */
    static String current() {
        try (InputStream in = AgentVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("dev/athanor/agent/" + RESOURCE + " is missing from the agent's jar");
            }
            Properties properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("version", "").strip();
            if (version.isEmpty() || version.startsWith("${")) {
                throw new IllegalStateException("dev/athanor/agent/" + RESOURCE + " was not filtered by the build: '"
                        + version + "'");
            }
            return version;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read dev/athanor/agent/" + RESOURCE, e);
        }
    }

    /** Returns the line {@code --version} prints, such as {@code Athanor agent 0.1.0-SNAPSHOT}. */
    static String banner() {
        return "Athanor agent " + current();
    }
}
