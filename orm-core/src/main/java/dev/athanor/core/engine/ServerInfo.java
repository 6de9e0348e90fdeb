package dev.athanor.core.engine;

import java.time.Duration;

/**
 * What the first connection learned of the server.
 *
 * @param product     {@code SQLite}, {@code MySQL} or {@code MariaDB}
 * @param version     the real version, e.g. {@code 10.11.6} (not Connector/J's {@code 5.5.5-10.11.6})
 * @param major       major version number
 * @param minor       minor version number
 * @param idleTimeout after how long the server closes an idle connection ({@code @@wait_timeout}), or null
 * @param driver      the JDBC driver's name and version
 * @param announced   the version as the driver reports it, which may differ (MariaDB's {@code 5.5.5-} prefix)
 * @param textEncoding how the database stores text when the first connection asked ({@code UTF-8},
 *                    {@code UTF-16le}...), or null when it did not
 */
public record ServerInfo(String product, String version, int major, int minor, Duration idleTimeout, String driver,
                         String announced, String textEncoding) {

    /** This server's information, knowing that its database stores text in {@code encoding}. */
    public ServerInfo withTextEncoding(String encoding) {
        return new ServerInfo(product, version, major, minor, idleTimeout, driver, announced, encoding);
    }

    /** True when the server is at least {@code major.minor}. */
    public boolean atLeast(int wantedMajor, int wantedMinor) {
        return major > wantedMajor || (major == wantedMajor && minor >= wantedMinor);
    }

    /** True when the server is at least {@code major.minor.patch}. */
    public boolean atLeast(int wantedMajor, int wantedMinor, int wantedPatch) {
        if (major != wantedMajor || minor != wantedMinor) {
            return atLeast(wantedMajor, wantedMinor);
        }
        return number(version.split("\\."), 2) >= wantedPatch;
    }

    /** Reads {@code 10.11.6-MariaDB-log} or {@code 3.45.1} into product, version and numbers. */
    public static ServerInfo of(String product, String versionText, Duration idleTimeout, String driver,
                                String announced) {
        String version = versionText.trim();
        int dash = version.indexOf('-');
        String numbers = dash < 0 ? version : version.substring(0, dash);
        String[] parts = numbers.split("\\.");
        return new ServerInfo(product, numbers, number(parts, 0), number(parts, 1), idleTimeout, driver, announced,
                null);
    }

    private static int number(String[] parts, int index) {
        if (index >= parts.length) {
            return 0;
        }
        try {
            return Integer.parseInt(parts[index].replaceAll("\\D.*", ""));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    @Override
    public String toString() {
        return product + " " + version;
    }
}
