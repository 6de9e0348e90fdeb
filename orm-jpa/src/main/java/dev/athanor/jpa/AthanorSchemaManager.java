package dev.athanor.jpa;

import dev.athanor.core.engine.Engine;
import dev.athanor.core.meta.Metadata;
import dev.athanor.core.schema.SchemaDifference;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.SchemaManager;
import jakarta.persistence.SchemaValidationException;
import java.util.List;

/**
 * {@link SchemaManager} of Jakarta Persistence 3.2 ({@code EntityManagerFactory.getSchemaManager()})
 * over the core's schema manager: create, drop, validate and truncate the tables of the unit's
 * mapping. Each call connects if the engine has not yet.
 */
public final class AthanorSchemaManager implements SchemaManager {

    private final dev.athanor.core.schema.SchemaManager schema;

    public AthanorSchemaManager(Engine engine, Metadata metadata) {
        this.schema = new dev.athanor.core.schema.SchemaManager(engine, metadata);
    }

    /**
     * Creates the tables, sequences and foreign keys. With {@code createSchemas}, a mapping that
     * places tables in a named schema or catalog is refused (Athanor creates no database schemas).
     */
    @Override
    public void create(boolean createSchemas) {
        schema.create(createSchemas);
    }

    /** Drops the mapping's tables and sequences where they exist; no database schema is dropped, none was created. */
    @Override
    public void drop(boolean dropSchemas) {
        schema.drop();
    }

    /** Checks the database against the mapping; every difference is one failure of the exception. */
    @Override
    public void validate() throws SchemaValidationException {
        try {
            schema.validate();
        } catch (dev.athanor.core.schema.SchemaValidationException e) {
            List<SchemaDifference> differences = e.differences();
            Exception[] failures = new Exception[differences.size()];
            for (int i = 0; i < failures.length; i++) {
                failures[i] = new PersistenceException(differences.get(i).toString());
            }
            SchemaValidationException thrown = new SchemaValidationException(e.getMessage(), failures);
            thrown.initCause(e);
            throw thrown;
        }
    }

    /** Deletes every row of the mapping's tables; id generators keep their values. */
    @Override
    public void truncate() {
        schema.truncate();
    }

    @Override
    public String toString() {
        return "AthanorSchemaManager[" + schema + "]";
    }
}
