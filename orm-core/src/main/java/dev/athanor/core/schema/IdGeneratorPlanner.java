package dev.athanor.core.schema;

import dev.athanor.core.dialect.Dialect;
import dev.athanor.core.error.AthanorException;
import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.error.ErrorMessage;
import dev.athanor.core.meta.EntityModel;
import dev.athanor.core.meta.IdGeneration;
import dev.athanor.core.meta.Metadata;
import dev.athanor.core.sql.ast.ColumnDef;
import dev.athanor.core.sql.ast.CreateSequence;
import dev.athanor.core.sql.ast.CreateTable;
import dev.athanor.core.sql.ast.DropSequence;
import dev.athanor.core.sql.ast.DropTable;
import dev.athanor.core.sql.ast.Expression;
import dev.athanor.core.sql.ast.Insert;
import dev.athanor.core.sql.ast.Literal;
import dev.athanor.core.sql.ast.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sequences and tables the id generators of a model need, each once however many entities
 * share it.
 *
 * <ul>
 *   <li>{@code SEQUENCE} where the database has sequences (MariaDB 10.3+): {@code CREATE SEQUENCE name
 *       START WITH initialValue INCREMENT BY allocationSize}.</li>
 *   <li>{@code SEQUENCE} elsewhere (SQLite, MySQL): a table named after the sequence with one column
 *       {@value #EMULATED_VALUE_COLUMN} (BIGINT NOT NULL) and exactly one row, starting at
 *       {@code initialValue}; the id generator reads and advances it by {@code allocationSize}.</li>
 *   <li>{@code TABLE}: the generator table ({@code athanor_sequences(sequence_name, next_val)} unless
 *       {@code @TableGenerator} names others) with its key column as primary key, and one row per
 *       generator key, starting at {@code initialValue}.</li>
 * </ul>
 */
final class IdGeneratorPlanner {

    /** The column of a table that emulates a sequence: the next value to hand out. */
    static final String EMULATED_VALUE_COLUMN = SchemaGenerator.SEQUENCE_TABLE_COLUMN;
    private static final int KEY_LENGTH = 255;

    private final Dialect dialect;

    IdGeneratorPlanner(Dialect dialect) {
        this.dialect = dialect;
    }

    List<IdGeneratorObject> plan(Metadata metadata) {
        Map<String, Draft> drafts = new LinkedHashMap<>();
        for (EntityModel entity : metadata.entities()) {
            IdGeneration generation = entity.idGeneration();
            if (generation instanceof IdGeneration.Sequence sequence) {
                Draft draft = drafts.computeIfAbsent(sequence.sequenceName(), n -> new Draft(generation));
                if (!(draft.generation instanceof IdGeneration.Sequence)) {
                    throw new AthanorException(ErrorMessage.of(ErrorCode.SCHEMA_NOT_SUPPORTED, "sequence "
                            + sequence.sequenceName() + " has the name of the id generator table of " + draft.users)
                            .detail("entity", entity.name())
                            .hint("Give the sequence or the generator table another name."));
                }
                draft.users.add(entity.name());
            } else if (generation instanceof IdGeneration.Table table) {
                Draft draft = drafts.computeIfAbsent(table.table(), n -> new Draft(generation));
                draft.sameColumns(table, entity);
                draft.users.add(entity.name());
                draft.keys.putIfAbsent(table.pkColumnValue(), table.initialValue());
            }
        }
        List<IdGeneratorObject> objects = new ArrayList<>();
        drafts.forEach((name, draft) -> objects.add(draft.generation instanceof IdGeneration.Sequence sequence
                ? sequence(sequence, draft.users) : table((IdGeneration.Table) draft.generation, draft)));
        return objects;
    }

    private IdGeneratorObject sequence(IdGeneration.Sequence sequence, List<String> users) {
        String name = sequence.sequenceName();
        if (dialect.capabilities().sequences()) {
            return new IdGeneratorObject(name, users,
                    List.of(new CreateSequence(name, sequence.initialValue(), sequence.allocationSize())),
                    List.of(new DropSequence(name, true)), null);
        }
        CreateTable table = CreateTable.of(name, List.of(ColumnDef.notNull(EMULATED_VALUE_COLUMN, bigint())), List.of());
        Insert row = Insert.of(name, List.of(EMULATED_VALUE_COLUMN),
                List.of(Literal.of((long) sequence.initialValue())));
        return new IdGeneratorObject(name, users, List.of(table, row), List.of(new DropTable(name, true)), table);
    }

    private IdGeneratorObject table(IdGeneration.Table generation, Draft draft) {
        String name = generation.table();
        CreateTable table = CreateTable.of(name, List.of(
                ColumnDef.notNull(generation.pkColumnName(), dialect.typeName(String.class, KEY_LENGTH, 0, 0)),
                ColumnDef.notNull(generation.valueColumnName(), bigint())), List.of(generation.pkColumnName()));
        List<Statement> create = new ArrayList<>();
        create.add(table);
        List<List<Expression>> rows = new ArrayList<>();
        draft.keys.forEach((key, initial) -> rows.add(List.of(Literal.of(key), Literal.of((long) initial))));
        create.add(new Insert(name, List.of(generation.pkColumnName(), generation.valueColumnName()), rows, List.of()));
        return new IdGeneratorObject(name, draft.users, create, List.of(new DropTable(name, true)), table);
    }

    private String bigint() {
        return dialect.typeName(Long.class, 0, 0, 0);
    }

    /** One sequence or table while the entities sharing it are gathered. */
    private static final class Draft {
        final IdGeneration generation;
        final List<String> users = new ArrayList<>();
        final Map<String, Integer> keys = new LinkedHashMap<>();

        Draft(IdGeneration generation) {
            this.generation = generation;
        }

        /** Two generators sharing a table must agree on its columns, or no one table serves both. */
        void sameColumns(IdGeneration.Table other, EntityModel entity) {
            if (!(generation instanceof IdGeneration.Table first)) {
                throw conflict(entity, "is a sequence of another entity (" + users + ")");
            }
            if (!first.pkColumnName().equals(other.pkColumnName())
                    || !first.valueColumnName().equals(other.valueColumnName())) {
                throw conflict(entity, "has columns (" + first.pkColumnName() + ", " + first.valueColumnName()
                        + ") for " + users + " but (" + other.pkColumnName() + ", " + other.valueColumnName()
                        + ") for " + entity.name());
            }
        }

        private AthanorException conflict(EntityModel entity, String what) {
            IdGeneration.Table table = (IdGeneration.Table) entity.idGeneration();
            return new AthanorException(ErrorMessage.of(ErrorCode.SCHEMA_NOT_SUPPORTED,
                    "id generator table " + table.table() + " " + what)
                    .detail("entity", entity.name())
                    .hint("Give the @TableGenerator of " + entity.name() + " its own table, or the same column"
                            + " names as the others."));
        }
    }
}
