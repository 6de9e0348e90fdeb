package dev.athanor.core.engine;

import dev.athanor.core.error.ConfigurationException;
import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.error.ErrorMessage;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A URL of the form {@code scheme[+driver]://[user[:password]@][host][:port][/database][?k=v&...]}
 * taken apart, with user and password percent-decoded. {@code sqlite:///app.db} has an empty host
 * and the database {@code app.db}; {@code sqlite:////tmp/app.db} the database {@code /tmp/app.db}.
 */
public record UrlParts(String scheme, String driver, String user, String password, String host, Integer port,
                       String database, Map<String, String> query) {

    /** Parses a URL of this form; {@code shown} is what error messages may print of it. */
    public static UrlParts parse(String url, String shown) {
        int sep = url.indexOf("://");
        if (sep <= 0) {
            throw malformed(shown, "expected scheme://...");
        }
        String schemePart = url.substring(0, sep);
        String scheme = schemePart;
        String driver = null;
        int plus = schemePart.indexOf('+');
        if (plus >= 0) {
            scheme = schemePart.substring(0, plus);
            driver = schemePart.substring(plus + 1);
            if (driver.isEmpty()) {
                throw malformed(shown, "no driver name after '+'");
            }
        }
        String rest = url.substring(sep + 3);
        Map<String, String> query = new LinkedHashMap<>();
        int q = rest.indexOf('?');
        if (q >= 0) {
            for (String pair : rest.substring(q + 1).split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                if (eq <= 0) {
                    throw malformed(shown, "query parameter '" + pair + "' is not key=value");
                }
                query.put(decode(pair.substring(0, eq), shown), decode(pair.substring(eq + 1), shown));
            }
            rest = rest.substring(0, q);
        }
        String user = null;
        String password = null;
        int at = credentialsEnd(rest);
        if (at >= 0) {
            String credentials = rest.substring(0, at);
            rest = rest.substring(at + 1);
            int colon = credentials.indexOf(':');
            if (colon >= 0) {
                user = decode(credentials.substring(0, colon), shown);
                password = decode(credentials.substring(colon + 1), shown);
            } else {
                user = decode(credentials, shown);
            }
        }
        String database = null;
        int slash = rest.indexOf('/');
        if (slash >= 0) {
            database = decode(rest.substring(slash + 1), shown);
            rest = rest.substring(0, slash);
        }
        String host = rest;
        Integer port = null;
        int portColon = host.startsWith("[") ? host.indexOf(':', host.indexOf(']')) : host.lastIndexOf(':');
        if (portColon >= 0) {
            String portText = host.substring(portColon + 1);
            host = host.substring(0, portColon);
            try {
                port = Integer.valueOf(portText);
            } catch (NumberFormatException e) {
                throw malformed(shown, "port '" + portText + "' is not a number");
            }
            if (port < 1 || port > 65535) {
                throw malformed(shown, "port " + port + " is out of range 1-65535");
            }
        }
        return new UrlParts(scheme, driver, user, password, host, port, database, Collections.unmodifiableMap(query));
    }

    /** The URL as it may be shown: the password replaced by {@code ***}. */
    public static String mask(String url) {
        String masked = url.replaceAll("(?i)(password|passwd|pwd)=([^&;]*)", "$1=***");
        int sep = masked.indexOf("://");
        int start;
        if (sep >= 0) {
            start = sep + 3;
        } else {
            int schemeEnd = masked.indexOf(':');
            if (schemeEnd < 0) {
                return masked;
            }
            start = schemeEnd + 1;
            while (start < masked.length() && masked.charAt(start) == '/') {
                start++;
            }
        }
        int query = masked.indexOf('?', start);
        String rest = query < 0 ? masked.substring(start) : masked.substring(start, query);
        int at = credentialsEnd(rest);
        int colon = rest.indexOf(':');
        if (at < 0 || colon < 0 || colon > at) {
            return masked;
        }
        return masked.substring(0, start) + rest.substring(0, colon) + ":***" + masked.substring(start + at);
    }

    /**
     * Where {@code user[:password]} ends: the last '@' before the query, unless the user name before it holds a
     * '/' (then the '@' is part of a path). A password may hold '@' and '/'.
     */
    private static int credentialsEnd(String rest) {
        int at = rest.lastIndexOf('@');
        if (at < 0) {
            return -1;
        }
        int colon = rest.indexOf(':');
        String user = rest.substring(0, colon >= 0 && colon < at ? colon : at);
        return user.contains("/") ? -1 : at;
    }

    private static String decode(String text, String shown) {
        try {
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw malformed(shown, "bad percent-encoding in '" + (text.contains("%") ? "...%..." : text) + "'");
        }
    }

    static ConfigurationException malformed(String shown, String why) {
        return new ConfigurationException(ErrorMessage.of(ErrorCode.MALFORMED_URL, why).detail("url", shown));
    }

    @Override
    public String toString() {
        return "UrlParts[" + scheme + (driver == null ? "" : "+" + driver) + "://" + (user == null ? "" : user
                + (password == null ? "" : ":***") + "@") + host + (port == null ? "" : ":" + port) + "/"
                + (database == null ? "" : database) + (query.isEmpty() ? "" : "?" + query.keySet()) + "]";
    }
}
