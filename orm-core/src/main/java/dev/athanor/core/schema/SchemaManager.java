package dev.athanor.core.schema;

import dev.athanor.core.dialect.Dialect;
import dev.athanor.core.engine.Engine;
import dev.athanor.core.engine.EngineConnection;
import dev.athanor.core.error.AthanorException;
import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.error.ErrorMessage;
import dev.athanor.core.meta.EntityModel;
import dev.athanor.core.meta.Metadata;
import dev.athanor.core.sql.ast.Statement;
import dev.athanor.core.sql.render.RenderedSql;
import dev.athanor.core.sql.render.SqlRenderer;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;

/**
 * Runs schema generation through an {@link Engine}: create, drop, drop-and-create, validate and
 * truncate, with the statements a {@link SchemaGenerator} decides for the dialect fitted to the
 * server (so the first call connects). Each operation runs on one connection in one transaction;
 * MySQL and MariaDB commit each DDL statement anyway, so there a failed create leaves what it
 * made, and {@link #dropAndCreate()} is the way back. Drops and truncation run with foreign key
 * checks off where the dialect needs that ({@link Dialect#foreignKeyChecks}) for cycles and
 * self-references, and on again before the connection goes back to the pool.
 */
public final class SchemaManager {

    private final Engine engine;
    private final Metadata metadata;
    private volatile SchemaGenerator generator;

    public SchemaManager(Engine engine, Metadata metadata) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.metadata = Objects.requireNonNull(metadata, "metadata");
    }

    /** The generator for the engine's server; connects on first use. */
    public SchemaGenerator generator() {
        SchemaGenerator current = generator;
        if (current == null) {
            current = new SchemaGenerator(metadata, Dialect.connectedTo(engine));
            generator = current;
        }
        return current;
    }

    /** Does what {@code action} says; {@link SchemaAction#NONE} does nothing and opens no connection. */
    public void apply(SchemaAction action) {
        switch (action) {
            case NONE -> { }
            case CREATE -> create(false);
            case DROP_AND_CREATE -> dropAndCreate();
            case DROP -> drop();
            case VALIDATE -> validate();
        }
    }

    /** Creates the tables, sequences and foreign keys; fails if one exists. */
    public void create() {
        create(false);
    }

    /**
     * Creates the schema. With {@code createSchemas} (the spec's {@code create-database-schemas}),
     * a mapping that puts tables into a named schema or catalog is refused: tables are created in
     * the connection's default schema, where every statement of Athanor names them.
     */
    public void create(boolean createSchemas) {
        if (createSchemas) {
            List<String> qualified = metadata.entities().stream().map(EntityModel::table)
                    .filter(t -> t.schema() != null || t.catalog() != null).map(Object::toString).toList();
            if (!qualified.isEmpty()) {
                throw new AthanorException(ErrorMessage.of(ErrorCode.SCHEMA_NOT_SUPPORTED,
                        "creating database schemas for tables " + qualified)
                        .hint("Create the schemas yourself and connect to the one that holds the tables, or set"
                                + " jakarta.persistence.create-database-schemas to false."));
            }
        }
        run(generator().createStatements(), false);
    }

    /** Drops the tables and sequences of the mapping where they exist. */
    public void drop() {
        run(generator().dropStatements(), true);
    }

    /** Drops, then creates: an empty schema matching the mapping. */
    public void dropAndCreate() {
        drop();
        create(false);
    }

    /** Deletes every row of every entity table, children first; id generators keep their values. */
    public void truncate() {
        run(generator().truncateStatements(), true);
    }

    /** Checks the database against the mapping; a {@link SchemaValidationException} listing every difference. */
    public void validate() {
        SchemaGenerator current = generator();
        List<SchemaDifference> differences;
        try (EngineConnection connection = engine.connect()) {
            differences = new SchemaValidator(current).differences(connection.jdbcConnection());
        } catch (SQLException e) {
            throw new AthanorException(ErrorMessage.of(ErrorCode.DATABASE_ERROR,
                    "reading the database catalog failed: " + e.getMessage()).detail("database", database()), e);
        }
        if (!differences.isEmpty()) {
            throw new SchemaValidationException(database(), differences);
        }
    }

    /** The script of {@code action} for this engine's server; see {@link SchemaScripts}. */
    public List<String> scripts(SchemaAction action) {
        return SchemaScripts.of(generator(), action);
    }

    private void run(List<Statement> statements, boolean checksOff) {
        Dialect dialect = generator().dialect();
        SqlRenderer renderer = dialect.renderer();
        String off = checksOff ? dialect.foreignKeyChecks(false) : null;
        engine.inTransaction(connection -> {
            if (off != null) {
                connection.execute(off);
            }
            RuntimeException failure = null;
            try {
                for (Statement statement : statements) {
                    RenderedSql sql = renderer.render(statement);
                    connection.execute(sql.sql(), sql.parameters());
                }
            } catch (RuntimeException e) {
                failure = e;
                throw e;
            } finally {
                if (off != null) {
                    restoreChecks(connection, dialect, failure);
                }
            }
        });
    }

    private static void restoreChecks(EngineConnection connection, Dialect dialect, RuntimeException failure) {
        try {
            connection.execute(dialect.foreignKeyChecks(true));
        } catch (RuntimeException e) {
            if (failure == null) {
                throw e;
            }
            failure.addSuppressed(e);
        }
    }

    private String database() {
        Dialect dialect = generator().dialect();
        return dialect.server() == null ? dialect.name() : dialect.server().toString();
    }

    @Override
    public String toString() {
        return "SchemaManager[" + metadata + " on " + engine + "]";
    }
}
