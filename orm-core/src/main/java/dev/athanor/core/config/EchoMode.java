package dev.athanor.core.config;

import java.util.Locale;

/** What the engine prints to standard output: nothing, statements, or statements and rows. */
public enum EchoMode {
    OFF, ON, DEBUG;

    /** Accepts {@code true}, {@code false}, {@code "true"}, {@code "false"} and {@code "debug"}. */
    public static EchoMode parse(Object value) {
        if (value instanceof EchoMode mode) {
            return mode;
        }
        if (value instanceof Boolean on) {
            return on ? ON : OFF;
        }
        if (value instanceof CharSequence text) {
            switch (text.toString().trim().toLowerCase(Locale.ROOT)) {
                case "true", "on", "yes", "1":
                    return ON;
                case "false", "off", "no", "0", "":
                    return OFF;
                case "debug":
                    return DEBUG;
                default:
                    break;
            }
        }
        throw new IllegalArgumentException("expected true, false or \"debug\", got " + describe(value));
    }

    static String describe(Object value) {
        return value == null ? "null" : value.getClass().getSimpleName() + " " + value;
    }
}
