package dev.athanor.runtime;

/**
 * What the generated {@code $athanor$set} uses to store a boxed value in a primitive field: null
 * stores zero (or false).
 */
public final class Unboxing {

    private Unboxing() {
    }

    public static int intValue(Object value) {
        return value == null ? 0 : ((Number) value).intValue();
    }

    public static long longValue(Object value) {
        return value == null ? 0L : ((Number) value).longValue();
    }

    public static short shortValue(Object value) {
        return value == null ? 0 : ((Number) value).shortValue();
    }

    public static byte byteValue(Object value) {
        return value == null ? 0 : ((Number) value).byteValue();
    }

    public static double doubleValue(Object value) {
        return value == null ? 0.0 : ((Number) value).doubleValue();
    }

    public static float floatValue(Object value) {
        return value == null ? 0.0f : ((Number) value).floatValue();
    }

    public static boolean booleanValue(Object value) {
        return value != null && (Boolean) value;
    }

    public static char charValue(Object value) {
        return value == null ? '\0' : (Character) value;
    }
}
