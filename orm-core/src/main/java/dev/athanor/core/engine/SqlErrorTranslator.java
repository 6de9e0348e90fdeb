package dev.athanor.core.engine;

import dev.athanor.core.error.ErrorCode;
import java.sql.SQLException;

/**
 * Tells what kind of failure a driver's exception is, from its SQLSTATE, vendor code or message.
 * The engine then builds the exception; the dialect only decides the kind.
 */
@FunctionalInterface
public interface SqlErrorTranslator {

    /** The code for this failure; {@link ErrorCode#DATABASE_ERROR} when it is none of the known kinds. */
    ErrorCode classify(SQLException exception);
}
