package dev.athanor.core.meta.build;

import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.meta.ColumnModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds two attributes of one entity that write the same column: more than one of them
 * insertable, or more than one updatable. Column names compare without regard to case, as
 * both SQLite and MySQL compare them.
 */
final class ColumnConflicts {

    private final MappingProblems problems;

    ColumnConflicts(MappingProblems problems) {
        this.problems = problems;
    }

    void check(EntityDraft entity) {
        Map<String, List<Owned>> byName = new LinkedHashMap<>();
        for (AttributeDraft attribute : entity.attributes) {
            collect(attribute, attribute.name(), byName);
        }
        byName.forEach((name, owners) -> {
            long insertable = owners.stream().filter(o -> o.column.insertable()).count();
            long updatable = owners.stream().filter(o -> o.column.updatable()).count();
            if (insertable > 1 || updatable > 1) {
                List<String> paths = owners.stream().filter(o -> o.column.writable()).map(Owned::path).toList();
                problems.add(ErrorCode.DUPLICATE_COLUMN, entity.type, paths.get(1), "the attributes " + paths
                        + " all write column '" + owners.get(0).column.name() + "' of table "
                        + entity.table.name());
            }
        });
    }

    private static void collect(AttributeDraft attribute, String path, Map<String, List<Owned>> byName) {
        if (!attribute.embedded.isEmpty()) {
            for (AttributeDraft child : attribute.embedded) {
                collect(child, path + "." + child.name(), byName);
            }
            return;
        }
        for (ColumnModel column : attribute.columns()) {
            byName.computeIfAbsent(column.name().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                    .add(new Owned(path, column));
        }
    }

    private record Owned(String path, ColumnModel column) {
    }
}
