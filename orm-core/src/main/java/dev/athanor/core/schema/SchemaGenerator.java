package dev.athanor.core.schema;

import dev.athanor.core.dialect.Dialect;
import dev.athanor.core.error.AthanorException;
import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.error.ErrorMessage;
import dev.athanor.core.meta.EntityModel;
import dev.athanor.core.meta.InheritanceModel;
import dev.athanor.core.meta.IdGeneration;
import dev.athanor.core.meta.Metadata;
import dev.athanor.core.sql.ast.AddForeignKey;
import dev.athanor.core.sql.ast.Delete;
import dev.athanor.core.sql.ast.DropTable;
import dev.athanor.core.sql.ast.ForeignKey;
import dev.athanor.core.sql.ast.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Decides the DDL of a model for one dialect, as statement trees; {@link SchemaManager} runs them.
 *
 * <p>Create order: the id generators' sequences and tables, then one CREATE TABLE per entity table
 * and per join table, each after the tables its foreign keys reference (so a join table after
 * both of its entities' tables), foreign keys, unique constraints and checks inside
 * it, its indexes right after it.
 * When foreign keys form a cycle, the keys that point forward are added after all tables with
 * ALTER TABLE ... ADD CONSTRAINT; a database without it (SQLite) gets an error naming the cycle.
 * Drop order is the reverse, every DROP with IF EXISTS; a table's indexes go with it on both
 * databases, so they need no DROP INDEX. Truncation deletes rows children first.
 *
 * <p>{@code GenerationType.AUTO} (left unresolved by the metadata for numeric ids) becomes an
 * identity column on every database, so that it behaves the same on SQLite, MySQL and MariaDB
 * and needs no extra object; {@link #usesIdentity} is that rule, for the id generators to share.
 *
 * <p>Tables are named without their {@code @Table(schema, catalog)}: the SQL trees name tables
 * by name only, so the schema is the connection's default one, as for every other statement.
 */
public final class SchemaGenerator {

    /** The one column of the one-row table that stands in for a sequence where the database has none. */
    public static final String SEQUENCE_TABLE_COLUMN = "next_val";

    private final Dialect dialect;
    private final List<IdGeneratorObject> idGenerators;
    private final TableOrder order;

    public SchemaGenerator(Metadata metadata, Dialect dialect) {
        Objects.requireNonNull(metadata, "metadata");
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        EntityTableBuilder builder = new EntityTableBuilder(metadata, dialect);
        List<EntityTable> tables = new ArrayList<>();
        for (EntityModel entity : metadata.entities()) {
            if (entity.inheritance().map(InheritanceModel::isRoot).orElse(true)) {
                tables.add(builder.build(entity)); // a subclass's rows are in its root's table
            }
        }
        for (EntityModel entity : metadata.entities()) {
            tables.addAll(builder.joinTables(entity)); // after every entity table, so that the order stays stable
        }
        this.order = new TableOrder(tables);
        this.idGenerators = List.copyOf(new IdGeneratorPlanner(dialect).plan(metadata));
    }

    /** Whether the database fills the id: IDENTITY, and AUTO (see the class comment). */
    public static boolean usesIdentity(IdGeneration generation) {
        return generation instanceof IdGeneration.Identity || generation instanceof IdGeneration.Auto;
    }

    public Dialect dialect() {
        return dialect;
    }

    /** The entity and join tables in create order, their foreign keys still apart. */
    public List<EntityTable> tables() {
        return List.copyOf(order.ordered());
    }

    /** The sequences and tables of the id generators, each once. */
    public List<IdGeneratorObject> idGenerators() {
        return idGenerators;
    }

    /** A cycle of table names through foreign keys (first and last the same), or empty. */
    public List<String> foreignKeyCycle() {
        return order.firstCycle();
    }

    /**
     * The statements that create the schema, in order. An AthanorException (FOREIGN_KEY_CYCLE)
     * naming the cycle when foreign keys form one and the database cannot add them afterwards.
     */
    public List<Statement> createStatements() {
        List<Statement> statements = new ArrayList<>();
        idGenerators.forEach(g -> statements.addAll(g.create()));
        List<AddForeignKey> later = new ArrayList<>();
        for (EntityTable table : order.ordered()) {
            List<ForeignKey> inline = new ArrayList<>();
            for (ForeignKey key : table.foreignKeys()) {
                if (order.pointsBack(table, key)) {
                    inline.add(key);
                } else {
                    later.add(new AddForeignKey(table.name(), key));
                }
            }
            statements.add(table.table().withForeignKeys(inline.toArray(ForeignKey[]::new)));
            statements.addAll(table.indexes());
        }
        if (!later.isEmpty() && !dialect.capabilities().addConstraint()) {
            throw cycle(later);
        }
        statements.addAll(later);
        return statements;
    }

    /** The statements that drop the schema where it exists: tables children first, then the id generators. */
    public List<Statement> dropStatements() {
        List<Statement> statements = new ArrayList<>();
        List<EntityTable> tables = order.ordered();
        for (int i = tables.size() - 1; i >= 0; i--) {
            statements.add(new DropTable(tables.get(i).name(), true));
        }
        idGenerators.forEach(g -> statements.addAll(g.drop()));
        return statements;
    }

    /**
     * DELETE of every row of every entity table, children first. The id generators keep their
     * values, so ids are never handed out twice.
     */
    public List<Statement> truncateStatements() {
        List<Statement> statements = new ArrayList<>();
        List<EntityTable> tables = order.ordered();
        for (int i = tables.size() - 1; i >= 0; i--) {
            statements.add(new Delete(tables.get(i).name(), null));
        }
        return statements;
    }

    private AthanorException cycle(List<AddForeignKey> later) {
        List<String> keys = later.stream().map(k -> k.table() + "." + k.foreignKey().columns() + " -> "
                + k.foreignKey().referencedTable()).toList();
        return new AthanorException(ErrorMessage.of(ErrorCode.FOREIGN_KEY_CYCLE, "tables "
                + String.join(" -> ", order.firstCycle()) + " reference each other, and "
                + (dialect.server() == null ? dialect.name() : dialect.server()) + " declares foreign keys only"
                + " inside CREATE TABLE")
                .detail("cycle", String.join(" -> ", order.firstCycle()))
                .detail("foreign keys that would point forward", String.join(", ", keys)));
    }
}
