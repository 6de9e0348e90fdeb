package dev.athanor.core.engine;

/**
 * A look at the pool: connections open in all, lent out, idle, and threads waiting for one.
 * All zero until the engine's first statement.
 */
public record PoolStats(int total, int active, int idle, int waiting) {

    public static final PoolStats NOT_STARTED = new PoolStats(0, 0, 0, 0);

    @Override
    public String toString() {
        return "total=" + total + ", active=" + active + ", idle=" + idle + ", waiting=" + waiting;
    }
}
