package dev.athanor.core.schema;

import dev.athanor.core.error.ConfigurationException;
import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.error.ErrorMessage;
import dev.athanor.core.error.Suggestions;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What schema generation does at boot, as {@code jakarta.persistence.schema-generation.database.action}
 * (and {@code scripts.action}) name it: {@code none}, {@code create}, {@code drop-and-create},
 * {@code drop}, and {@code validate}, which the specification leaves to providers.
 */
public enum SchemaAction {
    /** Nothing: the schema is the application's business. */
    NONE("none"),
    /** Creates the tables, sequences and constraints; fails if they exist. */
    CREATE("create"),
    /** Drops what the mapping would create (if it exists), then creates it. */
    DROP_AND_CREATE("drop-and-create"),
    /** Drops what the mapping would create, where it exists. */
    DROP("drop"),
    /** Checks that every table and column of the mapping exists with a compatible type and nullability. */
    VALIDATE("validate");

    /** The property this enum mirrors, for error messages. */
    public static final String DATABASE_ACTION = "jakarta.persistence.schema-generation.database.action";

    private final String value;

    SchemaAction(String value) {
        this.value = value;
    }

    /** The value as the property spells it. */
    public String value() {
        return value;
    }

    /** Whether the action drops objects first. */
    public boolean drops() {
        return this == DROP || this == DROP_AND_CREATE;
    }

    /** Whether the action creates objects. */
    public boolean creates() {
        return this == CREATE || this == DROP_AND_CREATE;
    }

    /** The action for a property value (case and surrounding blanks ignored); null or blank means {@link #NONE}. */
    public static SchemaAction parse(String text) {
        return parse(text, DATABASE_ACTION);
    }

    /**
     * The action for the value of {@code property}; a ConfigurationException naming the property,
     * the value, the accepted values and the nearest one otherwise.
     */
    public static SchemaAction parse(String text, String property) {
        if (text == null || text.isBlank()) {
            return NONE;
        }
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        for (SchemaAction action : values()) {
            if (action.value.equals(wanted)) {
                return action;
            }
        }
        List<String> accepted = Arrays.stream(values()).map(SchemaAction::value).toList();
        throw new ConfigurationException(ErrorMessage.of(ErrorCode.INVALID_OPTION_VALUE,
                "'" + text + "' is not a schema generation action." + Suggestions.didYouMean(wanted, accepted))
                .detail("property", property)
                .detail("accepted values", String.join(", ", accepted))
                .hint("Set " + property + " to one of " + String.join(", ", accepted) + "."));
    }

    @Override
    public String toString() {
        return value;
    }
}
