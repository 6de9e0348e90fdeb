package dev.athanor.core.engine;

import java.util.Arrays;
import java.util.List;

/**
 * What a batch did: the update count of each parameter set (or {@link java.sql.Statement#SUCCESS_NO_INFO}
 * where the driver does not know it) and, for INSERTs, the generated keys in order.
 */
public record BatchResult(int[] counts, List<Object> generatedKeys) {

    /** Rows changed in all, counting unknown counts as one. */
    public long totalRowCount() {
        return Arrays.stream(counts).mapToLong(c -> c < 0 ? 1 : c).sum();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BatchResult r && Arrays.equals(counts, r.counts) && generatedKeys.equals(r.generatedKeys);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(counts) + generatedKeys.hashCode();
    }

    @Override
    public String toString() {
        return "BatchResult" + Arrays.toString(counts) + " keys=" + generatedKeys;
    }
}
