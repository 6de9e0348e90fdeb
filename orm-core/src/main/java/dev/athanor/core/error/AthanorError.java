package dev.athanor.core.error;

/**
 * What every Athanor exception tells beyond its JPA type: a stable code and what to do.
 * Implemented by exceptions of different JPA base classes, hence an interface.
 */
public interface AthanorError {

    ErrorCode code();

    /** What the user can do about it. */
    String hint();
}
