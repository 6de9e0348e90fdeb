package dev.athanor.core.sql.ast;

/** A pessimistic row lock at the end of a SELECT: {@code FOR UPDATE} or {@code FOR SHARE}, and how to wait. */
public record Lock(Strength strength, Wait whenLocked) {

    public static final Lock FOR_UPDATE = new Lock(Strength.UPDATE, Wait.WAIT);

    public enum Strength {
        /** Exclusive: {@code FOR UPDATE} (JPA PESSIMISTIC_WRITE). */
        UPDATE,
        /** Shared: {@code FOR SHARE} (JPA PESSIMISTIC_READ). */
        SHARE
    }

    public enum Wait {
        /** Wait for the lock (up to the database's lock timeout). */
        WAIT,
        /** Fail at once if a row is locked. */
        NOWAIT,
        /** Leave locked rows out of the result. */
        SKIP_LOCKED
    }

    public Lock {
        Requires.present(strength, "a lock's strength");
        Requires.present(whenLocked, "what a lock does when a row is locked");
    }

    public static Lock forUpdate(Wait whenLocked) {
        return new Lock(Strength.UPDATE, whenLocked);
    }
}
