package dev.athanor.core.schema;

import dev.athanor.core.error.AthanorException;
import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.error.ErrorMessage;
import java.util.List;

/**
 * Every difference between the mapping and the database at once (code {@code ATH-6001}), one
 * line each naming entity, table, column, what was expected and what was found.
 */
public final class SchemaValidationException extends AthanorException {

    private final transient List<SchemaDifference> differences;

    public SchemaValidationException(String database, List<SchemaDifference> differences) {
        super(message(database, differences));
        this.differences = List.copyOf(differences);
    }

    private static ErrorMessage message(String database, List<SchemaDifference> differences) {
        ErrorMessage message = ErrorMessage.of(ErrorCode.SCHEMA_VALIDATION, differences.size()
                + " difference(s) between the mapping and the schema of " + database);
        for (int i = 0; i < differences.size(); i++) {
            message.detail("difference " + (i + 1), differences.get(i));
        }
        return message;
    }

    /** The differences, in model order. */
    public List<SchemaDifference> differences() {
        return differences;
    }
}
