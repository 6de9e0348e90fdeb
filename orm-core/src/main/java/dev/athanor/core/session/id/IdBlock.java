package dev.athanor.core.session.id;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;

/**
 * The ids a pooled generator holds in memory: a block of {@code size} consecutive values
 * {@code [first .. first + size - 1]}, refilled with one database round trip when used up.
 * One lock per generator; the refill happens under it so that two threads never fetch a block
 * for the same gap, and no value is handed out twice.
 */
final class IdBlock {

    private final ReentrantLock lock = new ReentrantLock();
    private final int size;
    private long next;
    private long end;

    IdBlock(int size) {
        this.size = Math.max(1, size);
    }

    int size() {
        return size;
    }

    /** The next value, calling {@code reserve} for the first value of a new block when this one is used up. */
    long next(LongSupplier reserve) {
        lock.lock();
        try {
            if (next == end) {
                long first = reserve.getAsLong();
                next = first;
                end = first + size;
            }
            return next++;
        } finally {
            lock.unlock();
        }
    }
}
