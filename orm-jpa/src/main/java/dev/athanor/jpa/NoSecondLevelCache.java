package dev.athanor.jpa;

import jakarta.persistence.Cache;

/**
 * The second-level cache of a unit that has none: Athanor keeps no entity state across
 * persistence contexts, so nothing is ever cached and evicting is a no-op.
 */
enum NoSecondLevelCache implements Cache {
    INSTANCE;

    @Override
    public boolean contains(Class<?> cls, Object primaryKey) {
        return false;
    }

    @Override
    public void evict(Class<?> cls, Object primaryKey) {
    }

    @Override
    public void evict(Class<?> cls) {
    }

    @Override
    public void evictAll() {
    }

    @Override
    public <T> T unwrap(Class<T> cls) {
        if (cls.isInstance(this)) {
            return cls.cast(this);
        }
        throw new jakarta.persistence.PersistenceException("Athanor has no second-level cache to unwrap to "
                + cls.getName());
    }
}
