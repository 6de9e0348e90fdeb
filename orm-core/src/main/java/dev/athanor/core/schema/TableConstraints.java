package dev.athanor.core.schema;

import dev.athanor.core.meta.CheckModel;
import dev.athanor.core.meta.ColumnModel;
import dev.athanor.core.meta.EntityModel;
import dev.athanor.core.meta.IndexModel;
import dev.athanor.core.meta.UniqueConstraintModel;
import dev.athanor.core.sql.ast.CheckConstraint;
import dev.athanor.core.sql.ast.CreateIndex;
import dev.athanor.core.sql.ast.IndexColumn;
import dev.athanor.core.sql.ast.UniqueConstraint;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The unique constraints, checks and indexes of one entity table, each named: as the mapping
 * names it, else {@code uk_}, {@code ck_} or {@code ix_} with the table and columns, shortened to
 * MySQL's 64 characters with a hash, and numbered when a table would have two of one name. Names
 * are deterministic, so that validation finds the indexes it created. A unique constraint over
 * the same columns as another (a {@code unique} column and a {@code @UniqueConstraint} on it) is
 * declared once.
 *
 * @param uniques unique constraints, declared inside CREATE TABLE on every database
 * @param checks column checks first, then the table's
 * @param indexes CREATE [UNIQUE] INDEX statements, run after the table's CREATE TABLE
 */
record TableConstraints(List<UniqueConstraint> uniques, List<CheckConstraint> checks, List<CreateIndex> indexes) {

    /** MySQL's limit on identifier length; SQLite has none, so one rule serves both. */
    static final int MAX_NAME = 64;

    TableConstraints {
        uniques = List.copyOf(uniques);
        checks = List.copyOf(checks);
        indexes = List.copyOf(indexes);
    }

    /**
     * @param columns the table's columns, as the generator declares them
     * @param primaryKey the primary key's columns; a unique single-column key needs no constraint
     */
    static TableConstraints of(EntityModel entity, Collection<ColumnModel> columns, List<String> primaryKey) {
        String table = entity.tableName();
        Set<String> used = new HashSet<>();
        List<UniqueConstraint> uniques = new ArrayList<>();
        Set<List<String>> uniqueColumns = new HashSet<>();
        List<CheckConstraint> checks = new ArrayList<>();
        for (ColumnModel column : columns) {
            if (column.unique() && !primaryKey.equals(List.of(column.name()))
                    && uniqueColumns.add(key(List.of(column.name())))) {
                uniques.add(new UniqueConstraint(free(name("uk", table, List.of(column.name())), used),
                        List.of(column.name())));
            }
            for (CheckModel check : column.checks()) {
                checks.add(new CheckConstraint(named(check.name(), "ck", table, List.of(column.name()), used),
                        check.constraint()));
            }
        }
        for (UniqueConstraintModel unique : entity.uniqueConstraints()) {
            if (uniqueColumns.add(key(unique.columns()))) {
                uniques.add(new UniqueConstraint(named(unique.name(), "uk", table, unique.columns(), used),
                        unique.columns()));
            }
        }
        for (CheckModel check : entity.tableDefinition().checks()) {
            checks.add(new CheckConstraint(named(check.name(), "ck", table, List.of(), used), check.constraint()));
        }
        List<CreateIndex> indexes = new ArrayList<>();
        for (IndexModel index : entity.indexes()) {
            List<IndexColumn> indexed = index.columns().stream()
                    .map(c -> new IndexColumn(c.name(), c.descending())).toList();
            indexes.add(new CreateIndex(named(index.name(), "ix", table, index.columnNames(), used), table, indexed,
                    index.unique()));
        }
        return new TableConstraints(uniques, checks, indexes);
    }

    /**
     * {@code <prefix>_<table>_<column>_...}, shortened to 64 characters with a hash of the whole name
     * so that two long names stay distinct.
     */
    static String name(String prefix, String table, List<String> columns) {
        StringBuilder name = new StringBuilder(prefix).append('_').append(table);
        columns.forEach(c -> name.append('_').append(c));
        return shorten(name.toString());
    }

    private static String shorten(String name) {
        if (name.length() <= MAX_NAME) {
            return name;
        }
        String hash = Integer.toHexString(name.hashCode());
        return name.substring(0, MAX_NAME - hash.length() - 1) + "_" + hash;
    }

    /** The mapping's name, or the default one made free within the table. */
    private static String named(String declared, String prefix, String table, List<String> columns, Set<String> used) {
        if (declared != null) {
            used.add(declared.toLowerCase(Locale.ROOT));
            return declared;
        }
        return free(name(prefix, table, columns), used);
    }

    /** {@code name}, or {@code name_2}, {@code name_3}... whichever is not used yet; then marked used. */
    private static String free(String name, Set<String> used) {
        String candidate = name;
        for (int n = 2; !used.add(candidate.toLowerCase(Locale.ROOT)); n++) {
            String suffix = "_" + n;
            candidate = name.length() + suffix.length() <= MAX_NAME ? name + suffix
                    : name.substring(0, MAX_NAME - suffix.length()) + suffix;
        }
        return candidate;
    }

    private static List<String> key(List<String> columns) {
        return columns.stream().map(c -> c.toLowerCase(Locale.ROOT)).toList();
    }
}
