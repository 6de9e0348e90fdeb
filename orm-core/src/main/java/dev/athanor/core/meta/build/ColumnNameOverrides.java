package dev.athanor.core.meta.build;

import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.error.Suggestions;
import dev.athanor.core.meta.AttributeModel.Kind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applies a mapping file's column names ({@link MappingOverrides}) to an entity's drafts, before
 * foreign keys are resolved and columns compared, so that everything after sees the final names.
 * A path names a basic attribute ({@code "email"}), an attribute of an embedded value
 * ({@code "address.street"}) or a to-one, whose join column it renames. A path or class that
 * names nothing is reported with where the override was read and a did-you-mean.
 */
final class ColumnNameOverrides {

    private final MappingProblems problems;
    private final MappingOverrides overrides;

    ColumnNameOverrides(MappingProblems problems, MappingOverrides overrides) {
        this.problems = problems;
        this.overrides = overrides;
    }

    /** Reports overrides of classes that are not entities of the unit. */
    void checkClasses(Set<Class<?>> entities) {
        List<String> names = entities.stream().map(Class::getName).toList();
        for (String className : overrides.classNames()) {
            if (!names.contains(className)) {
                problems.add(ErrorCode.UNKNOWN_OVERRIDE, className, null, "the mapping file" + source(className)
                        + " overrides the entity " + className + ", which is not an entity of this persistence unit."
                        + Suggestions.didYouMean(className, names), null);
            }
        }
    }

    void apply(EntityDraft entity) {
        for (Map.Entry<String, String> override : overrides.columnNames(entity.type).entrySet()) {
            apply(entity, override.getKey(), override.getValue());
        }
    }

    private void apply(EntityDraft entity, String path, String column) {
        AttributeDraft target = find(entity.attributes, path);
        if (target == null) {
            List<String> paths = new ArrayList<>();
            paths(entity.attributes, "", paths);
            problems.add(ErrorCode.UNKNOWN_OVERRIDE, entity.type, path, "the mapping file"
                    + source(entity.type.getName()) + " gives column '" + column + "' to attribute '" + path
                    + "', which " + entity.type.getSimpleName() + " does not have."
                    + Suggestions.didYouMean(path, paths),
                    "Name one of " + paths + ".");
        } else if (target.kind == Kind.BASIC && target.columns.size() == 1) {
            target.columns.set(0, target.columns.get(0).withName(column));
        } else if (target.kind.toOne()) {
            target.joinColumnSpec = target.joinColumnSpec.withName(column);
        } else if (target.kind == Kind.EMBEDDED) {
            problems.add(ErrorCode.UNKNOWN_OVERRIDE, entity.type, path, "the mapping file"
                    + source(entity.type.getName()) + " gives one column '" + column + "' to the embedded attribute '"
                    + path + "', which has a column per attribute",
                    "Override the attributes inside it, as '" + path + "." + firstChild(target) + "'.");
        }
    }

    /** The draft at a dotted path, following embedded attributes; null when there is none. */
    private static AttributeDraft find(List<AttributeDraft> drafts, String path) {
        int dot = path.indexOf('.');
        String head = dot < 0 ? path : path.substring(0, dot);
        for (AttributeDraft draft : drafts) {
            if (draft.name().equals(head)) {
                return dot < 0 ? draft : find(draft.embedded, path.substring(dot + 1));
            }
        }
        return null;
    }

    private static void paths(Collection<AttributeDraft> drafts, String prefix, List<String> paths) {
        for (AttributeDraft draft : drafts) {
            if (draft.kind == Kind.EMBEDDED) {
                paths(draft.embedded, prefix + draft.name() + ".", paths);
            } else {
                paths.add(prefix + draft.name());
            }
        }
    }

    private static String firstChild(AttributeDraft embedded) {
        return embedded.embedded.isEmpty() ? "attribute" : embedded.embedded.get(0).name();
    }

    private String source(String className) {
        String source = overrides.source(className);
        return source == null ? "" : " (" + source + ")";
    }
}
