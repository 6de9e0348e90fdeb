package dev.athanor.core.session.id;

import dev.athanor.core.error.AthanorError;
import dev.athanor.core.error.AthanorException;
import dev.athanor.core.error.DatabaseException;
import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.error.ErrorMessage;
import java.util.List;

/**
 * Which database object a shared generator reads ({@code "sequence book_seq"}) and which id
 * attributes use it ({@code "Book.id"}), so that its errors say where they come from.
 */
record GeneratorUsers(String object, List<String> attributes) {

    GeneratorUsers {
        attributes = List.copyOf(attributes);
    }

    /** The failure of a round trip, as a missing-schema error when the database did not know the object. */
    RuntimeException failed(RuntimeException e) {
        // MariaDB's "Unknown SEQUENCE" (4091) has no code of its own yet, only SQLState 42S02
        boolean unknown = e instanceof AthanorError error && error.code() == ErrorCode.UNKNOWN_OBJECT
                || e instanceof DatabaseException database && "42S02".equals(database.sqlState());
        if (unknown) {
            return missing("the database does not know it", e);
        }
        return e;
    }

    AthanorException missing(String what, Throwable cause) {
        return new AthanorException(ErrorMessage.of(ErrorCode.ID_GENERATOR_MISSING, object + ": " + what)
                .detail("id attribute", String.join(", ", attributes))
                .hint("Create the schema before persisting (jakarta.persistence.schema-generation.database.action"
                        + "=create, or SchemaManager.create()), or create " + object + " yourself."), cause);
    }
}
