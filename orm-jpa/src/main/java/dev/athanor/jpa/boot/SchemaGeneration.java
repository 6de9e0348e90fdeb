package dev.athanor.jpa.boot;

import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.error.ErrorMessage;
import dev.athanor.core.schema.SchemaAction;
import java.io.Writer;
import java.util.Locale;

/**
 * What the {@code jakarta.persistence.schema-generation.*} properties ask for at boot, read and
 * checked before anything connects: a scripts action without its target fails here, not after
 * the database was touched. {@link SchemaGenerationRunner} does the work.
 *
 * @param databaseAction the action run on the database when the factory is built
 * @param scriptsAction  the scripts to write ({@link SchemaAction#VALIDATE} is not one)
 * @param createTarget   where the create script goes: a file path or URL (String) or a {@link Writer}; null if none
 * @param dropTarget     where the drop script goes, likewise
 * @param loadScript     SQL run after the database action created the tables: a resource name, file path or
 *                       URL (String) or a {@link java.io.Reader}; null if none
 * @param createSchemas  {@code jakarta.persistence.create-database-schemas}
 */
public record SchemaGeneration(SchemaAction databaseAction, SchemaAction scriptsAction, Object createTarget,
        Object dropTarget, Object loadScript, boolean createSchemas) {

    public static final String DATABASE_ACTION = SchemaAction.DATABASE_ACTION;
    public static final String SCRIPTS_ACTION = "jakarta.persistence.schema-generation.scripts.action";
    public static final String CREATE_TARGET = "jakarta.persistence.schema-generation.scripts.create-target";
    public static final String DROP_TARGET = "jakarta.persistence.schema-generation.scripts.drop-target";
    public static final String CREATE_SOURCE = "jakarta.persistence.schema-generation.create-source";
    public static final String DROP_SOURCE = "jakarta.persistence.schema-generation.drop-source";
    public static final String LOAD_SCRIPT = "jakarta.persistence.sql-load-script-source";
    public static final String CREATE_SCHEMAS = "jakarta.persistence.create-database-schemas";

    /** Nothing at boot. */
    public static final SchemaGeneration NONE = new SchemaGeneration(SchemaAction.NONE, SchemaAction.NONE, null, null,
            null, false);

    /** Only a database action: what a test or {@code generateSchema} with one action needs. */
    public SchemaGeneration(SchemaAction databaseAction) {
        this(databaseAction, SchemaAction.NONE, null, null, null, false);
    }

    public SchemaGeneration {
        databaseAction = databaseAction == null ? SchemaAction.NONE : databaseAction;
        scriptsAction = scriptsAction == null ? SchemaAction.NONE : scriptsAction;
    }

    /** Reads the unit's schema generation properties. */
    public static SchemaGeneration from(UnitProperties properties) {
        SchemaAction database = SchemaAction.parse(properties.string(DATABASE_ACTION), DATABASE_ACTION);
        SchemaAction scripts = SchemaAction.parse(properties.string(SCRIPTS_ACTION), SCRIPTS_ACTION);
        if (scripts == SchemaAction.VALIDATE) {
            throw problem(properties, ErrorCode.INVALID_OPTION_VALUE, SCRIPTS_ACTION + " cannot be 'validate'",
                    "Use none, create, drop or drop-and-create for scripts; validate is a database action.");
        }
        Object createTarget = properties.get(CREATE_TARGET);
        Object dropTarget = properties.get(DROP_TARGET);
        if (scripts.creates() && createTarget == null) {
            throw missingTarget(properties, scripts, CREATE_TARGET);
        }
        if (scripts.drops() && dropTarget == null) {
            throw missingTarget(properties, scripts, DROP_TARGET);
        }
        for (String source : new String[] {CREATE_SOURCE, DROP_SOURCE}) {
            String value = properties.string(source);
            if (value != null && !value.toLowerCase(Locale.ROOT).equals("metadata")) {
                throw problem(properties, ErrorCode.UNSUPPORTED_UNIT_SETTING, source + "=" + value,
                        "Athanor generates the schema from the mapping only: remove " + source + " or set it to"
                                + " 'metadata', and run your own script with " + LOAD_SCRIPT + ".");
            }
        }
        String createSchemas = properties.string(CREATE_SCHEMAS);
        return new SchemaGeneration(database, scripts, createTarget, dropTarget, properties.get(LOAD_SCRIPT),
                createSchemas != null && Boolean.parseBoolean(createSchemas));
    }

    /** True when generation connects to the database at boot: a database action, or scripts (which need the dialect). */
    public boolean connects() {
        return databaseAction != SchemaAction.NONE || scriptsAction != SchemaAction.NONE;
    }

    private static PersistenceUnitException missingTarget(UnitProperties properties, SchemaAction scripts,
            String target) {
        return new PersistenceUnitException(ErrorMessage.of(ErrorCode.SCHEMA_SCRIPT,
                SCRIPTS_ACTION + "=" + scripts + " but " + target + " is not set")
                .detail("persistence unit", properties.unit())
                .hint("Set " + target + " to a file path, a file: URL or a java.io.Writer, or set " + SCRIPTS_ACTION
                        + " to none."));
    }

    private static PersistenceUnitException problem(UnitProperties properties, ErrorCode code, String what,
            String hint) {
        return new PersistenceUnitException(ErrorMessage.of(code, what)
                .detail("persistence unit", properties.unit()).hint(hint));
    }
}
