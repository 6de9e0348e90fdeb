package dev.athanor.core.meta.build;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import java.lang.reflect.AnnotatedElement;
import java.util.HashMap;
import java.util.Map;

/**
 * What an enclosing element says about the attributes inside it, by attribute path: the columns
 * of {@code @AttributeOverride} and the converters of {@code @Convert(attributeName = ...)}. An
 * entity class says it about the attributes it inherits; an {@code @Embedded} attribute about
 * the attributes of its embeddable ({@code "street"}, or {@code "zip.code"} one level further).
 *
 * @param columns {@code @AttributeOverride} columns by path
 * @param converts {@code @Convert} with an attributeName, by that name
 */
record EmbeddingOverrides(Map<String, Column> columns, Map<String, Convert> converts) {

    static final EmbeddingOverrides NONE = new EmbeddingOverrides(Map.of(), Map.of());

    EmbeddingOverrides {
        columns = Map.copyOf(columns);
        converts = Map.copyOf(converts);
    }

    /** The overrides declared on {@code element}: an entity class or an embedded attribute. */
    static EmbeddingOverrides of(AnnotatedElement element) {
        Map<String, Column> columns = new HashMap<>();
        for (AttributeOverride override : element.getAnnotationsByType(AttributeOverride.class)) {
            columns.put(override.name(), override.column());
        }
        Map<String, Convert> converts = new HashMap<>();
        for (Convert convert : element.getAnnotationsByType(Convert.class)) {
            if (!convert.attributeName().isEmpty()) {
                converts.put(convert.attributeName(), convert);
            }
        }
        return new EmbeddingOverrides(columns, converts);
    }

    /**
     * The overrides for the attributes inside the embedded attribute {@code name}: those its own
     * annotations declare, and those of this (outer) level that start with {@code name + "."},
     * which win, as the outermost mapping does in the specification.
     */
    EmbeddingOverrides inner(String name, AnnotatedElement element) {
        EmbeddingOverrides own = of(element);
        String prefix = name + ".";
        Map<String, Column> innerColumns = new HashMap<>(own.columns);
        columns.forEach((path, column) -> {
            if (path.startsWith(prefix)) {
                innerColumns.put(path.substring(prefix.length()), column);
            }
        });
        Map<String, Convert> innerConverts = new HashMap<>(own.converts);
        converts.forEach((path, convert) -> {
            if (path.startsWith(prefix)) {
                innerConverts.put(path.substring(prefix.length()), convert);
            }
        });
        return new EmbeddingOverrides(innerColumns, innerConverts);
    }

    /** The overriding column of attribute {@code name}, or null. */
    Column column(String name) {
        return columns.get(name);
    }

    /** The overriding {@code @Convert} of attribute {@code name}, or null. */
    Convert convert(String name) {
        return converts.get(name);
    }
}
