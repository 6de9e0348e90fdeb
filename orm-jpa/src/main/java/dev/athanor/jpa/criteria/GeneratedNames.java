package dev.athanor.jpa.criteria;

/**
 * {@code prefix0, prefix1, ...}: the first ones made once and shared, so that the trees of every build
 * hold the same strings, whose hash codes are computed once and which compare by identity in the plan
 * cache (a new string per build cost the cache a hash of its bytes and a comparison of them).
 */
final class GeneratedNames {

    private static final int SHARED = 64;

    private final String prefix;
    private final String[] shared = new String[SHARED];

    GeneratedNames(String prefix) {
        this.prefix = prefix;
        for (int i = 0; i < SHARED; i++) {
            shared[i] = prefix + i;
        }
    }

    String get(int index) {
        return index < SHARED ? shared[index] : prefix + index;
    }
}
