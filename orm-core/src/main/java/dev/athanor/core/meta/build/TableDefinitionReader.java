package dev.athanor.core.meta.build;

import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.error.Suggestions;
import dev.athanor.core.meta.CheckModel;
import dev.athanor.core.meta.ColumnModel;
import dev.athanor.core.meta.IndexModel;
import dev.athanor.core.meta.TableDefinition;
import dev.athanor.core.meta.UniqueConstraintModel;
import jakarta.persistence.CheckConstraint;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads what {@code @Table} says beyond the name: indexes (their {@code columnList} parsed as the
 * specification writes it, {@code "a, b DESC"}), unique constraints, checks, comment and options.
 * It runs once every column of the entity is known, foreign keys and mapping-file names included,
 * so that each column named can be checked; names compare without regard to case, as SQLite and
 * MySQL compare them, and the model spells them as the entity's columns do.
 */
final class TableDefinitionReader {

    private final MappingProblems problems;

    TableDefinitionReader(MappingProblems problems) {
        this.problems = problems;
    }

    void read(EntityDraft entity) {
        Table table = entity.type.getAnnotation(Table.class);
        if (table == null) {
            return;
        }
        Map<String, String> columns = columns(entity);
        List<IndexModel> indexes = new ArrayList<>();
        for (Index index : table.indexes()) {
            List<IndexModel.Column> parsed = parse(entity, index, columns);
            if (!parsed.isEmpty()) {
                indexes.add(new IndexModel(index.name(), parsed, index.unique()));
            }
        }
        List<UniqueConstraintModel> uniques = new ArrayList<>();
        for (UniqueConstraint unique : table.uniqueConstraints()) {
            String what = "@UniqueConstraint" + (unique.name().isEmpty() ? "" : "(name = \"" + unique.name() + "\")");
            List<String> names = new ArrayList<>();
            for (String column : unique.columnNames()) {
                String known = known(entity, what, column, columns);
                if (known != null) {
                    names.add(known);
                }
            }
            if (unique.columnNames().length == 0) {
                problems.add(ErrorCode.INVALID_INDEX, entity.type, null, what + " names no column");
            } else if (names.size() == unique.columnNames().length) {
                uniques.add(new UniqueConstraintModel(unique.name(), names));
            }
        }
        List<CheckModel> checks = new ArrayList<>();
        for (CheckConstraint check : table.check()) {
            if (check.constraint().isBlank()) {
                problems.add(ErrorCode.INVALID_INDEX, entity.type, null, "@Table(check) has a @CheckConstraint"
                        + " without a constraint",
                        "Write the condition: @CheckConstraint(constraint = \"price >= 0\").");
            } else {
                checks.add(new CheckModel(check.name(), check.constraint()));
            }
        }
        entity.tableDefinition = new TableDefinition(indexes, uniques, checks, table.comment(), table.options());
    }

    /** The columns of a {@code columnList}; empty (problems reported) when it is malformed or names unknown columns. */
    private List<IndexModel.Column> parse(EntityDraft entity, Index index, Map<String, String> columns) {
        String what = "@Index" + (index.name().isEmpty() ? "" : "(name = \"" + index.name() + "\")");
        List<IndexModel.Column> parsed = new ArrayList<>();
        boolean valid = true;
        for (String part : index.columnList().split(",", -1)) {
            String[] words = part.strip().split("\\s+");
            String direction = words.length == 2 ? words[1].toUpperCase(Locale.ROOT) : "ASC";
            if (words[0].isEmpty() || words.length > 2 || !direction.equals("ASC") && !direction.equals("DESC")) {
                problems.add(ErrorCode.INVALID_INDEX, entity.type, null, what + " has the column list \""
                        + index.columnList() + "\", which is not 'column [ASC|DESC], ...' at \"" + part.strip() + "\"");
                valid = false;
                continue;
            }
            String known = known(entity, what, words[0], columns);
            if (known == null) {
                valid = false;
            } else {
                parsed.add(new IndexModel.Column(known, direction.equals("DESC")));
            }
        }
        return valid ? parsed : List.of();
    }

    /** The column as the entity spells it, or null (reported) when the table has none of that name. */
    private String known(EntityDraft entity, String what, String column, Map<String, String> columns) {
        String known = columns.get(column.toLowerCase(Locale.ROOT));
        if (known == null) {
            problems.add(ErrorCode.INVALID_INDEX, entity.type, null, what + " names column '" + column + "', which"
                    + " table " + entity.table.name() + " of entity " + entity.name + " does not have."
                    + Suggestions.didYouMean(column, columns.values()), "Name one of its columns "
                    + columns.values() + "; column names, not attribute names.");
        }
        return known;
    }

    /** The entity's columns in its own table, by lower-case name. */
    private static Map<String, String> columns(EntityDraft entity) {
        Map<String, String> columns = new LinkedHashMap<>();
        for (AttributeDraft attribute : entity.attributes) {
            for (ColumnModel column : attribute.columns()) {
                if (column.table().equals(entity.table.name())) {
                    columns.putIfAbsent(column.name().toLowerCase(Locale.ROOT), column.name());
                }
            }
        }
        return columns;
    }
}
