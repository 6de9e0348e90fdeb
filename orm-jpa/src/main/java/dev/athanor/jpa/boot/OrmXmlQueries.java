package dev.athanor.jpa.boot;

import dev.athanor.core.meta.ColumnResultModel;
import dev.athanor.core.meta.ConstructorResultModel;
import dev.athanor.core.meta.EntityResultModel;
import dev.athanor.core.meta.NamedNativeQueryModel;
import dev.athanor.core.meta.NamedQueryModel;
import dev.athanor.core.meta.ResultSetMappingModel;
import dev.athanor.core.meta.build.MappingOverrides;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.xml.sax.Attributes;

/**
 * The named queries and result set mappings of one orm.xml ({@code <named-query>},
 * {@code <named-native-query>}, {@code <sql-result-set-mapping>}), built element by element as the
 * {@link OrmXmlReader} meets them. Class names are resolved with the unit's class loader, relative
 * to the file's {@code <package>} first; a name that resolves to nothing fails with the file's line.
 */
final class OrmXmlQueries {

    /** The elements this class reads. */
    static final Set<String> ELEMENTS = Set.of("named-query", "named-native-query", "sql-result-set-mapping",
            "query", "lock-mode", "hint", "entity-result", "field-result", "constructor-result", "column-result");

    private static final Map<String, Class<?>> PRIMITIVES = Map.of("boolean", boolean.class, "byte", byte.class,
            "short", short.class, "int", int.class, "long", long.class, "float", float.class, "double", double.class,
            "char", char.class);

    private final MappingOverrides.Builder overrides;
    private final Function<String, Class<?>> classes;
    private String kind;
    private String source;
    private Class<?> declaredOn;
    private String name;
    private String query;
    private String lockMode;
    private Class<?> resultClass;
    private String resultSetMapping;
    private final Map<String, String> hints = new LinkedHashMap<>();
    private final List<EntityResultModel> entities = new ArrayList<>();
    private final List<ConstructorResultModel> constructors = new ArrayList<>();
    private final List<ColumnResultModel> columns = new ArrayList<>();
    private Class<?> entityClass;
    private String discriminator;
    private final Map<String, String> fields = new LinkedHashMap<>();
    private Class<?> targetClass;
    private final List<ColumnResultModel> targetColumns = new ArrayList<>();

    /** @param classes resolves a class name of the file (null to null), or fails naming the line */
    OrmXmlQueries(MappingOverrides.Builder overrides, Function<String, Class<?>> classes) {
        this.overrides = overrides;
        this.classes = classes;
    }

    /**
     * An element opens.
     *
     * @param declaringEntity the class name of the enclosing {@code <entity>}, or null
     * @param location the file and line, for messages
     */
    void start(String element, String parent, Attributes attributes, String declaringEntity, String location) {
        switch (element) {
            case "named-query", "named-native-query", "sql-result-set-mapping" -> {
                kind = element;
                source = location;
                declaredOn = declaringEntity == null ? Object.class : classes.apply(declaringEntity);
                name = attributes.getValue("name");
                query = "";
                lockMode = null;
                resultClass = classes.apply(attributes.getValue("result-class"));
                resultSetMapping = attributes.getValue("result-set-mapping");
                hints.clear();
                entities.clear();
                constructors.clear();
                columns.clear();
            }
            case "hint" -> hints.put(attributes.getValue("name"), attributes.getValue("value"));
            case "entity-result" -> {
                entityClass = classes.apply(attributes.getValue("entity-class"));
                discriminator = attributes.getValue("discriminator-column");
                fields.clear();
            }
            case "field-result" -> fields.put(attributes.getValue("name"), attributes.getValue("column"));
            case "constructor-result" -> {
                targetClass = classes.apply(attributes.getValue("target-class"));
                targetColumns.clear();
            }
            case "column", "column-result" -> {
                ColumnResultModel column = new ColumnResultModel(attributes.getValue("name"),
                        classes.apply(attributes.getValue("class")));
                ("constructor-result".equals(parent) ? targetColumns : columns).add(column);
            }
            default -> { }
        }
    }

    /** An element closes, with its text. */
    void end(String element, String parent, String text) {
        switch (element) {
            case "query" -> query = text.trim();
            case "lock-mode" -> lockMode = "named-query".equals(parent) ? text.trim() : lockMode;
            case "entity-result" -> entities.add(new EntityResultModel(entityClass, fields, discriminator));
            case "constructor-result" -> constructors.add(new ConstructorResultModel(targetClass, targetColumns));
            case "named-query" -> overrides.namedQuery(new NamedQueryModel(name, query, resultClass, lockMode, hints,
                    declaredOn), source);
            case "named-native-query" -> nativeQuery();
            case "sql-result-set-mapping" -> overrides.resultSetMapping(new ResultSetMappingModel(name, entities,
                    constructors, columns, declaredOn), source);
            default -> { }
        }
    }

    private void nativeQuery() {
        String mapping = resultSetMapping;
        if (!entities.isEmpty() || !constructors.isEmpty() || !columns.isEmpty()) {
            mapping = NamedNativeQueryModel.inlineMappingName(name);
            overrides.resultSetMapping(new ResultSetMappingModel(mapping, entities, constructors, columns,
                    declaredOn), source);
        }
        overrides.namedNativeQuery(new NamedNativeQueryModel(name, query, resultClass, mapping, hints, declaredOn),
                source);
    }

    /**
     * Resolves {@code name} as orm.xml means it: a primitive, a class of the file's package, a fully
     * qualified class, or a {@code java.lang} class; null when none is found.
     */
    static Class<?> resolve(String name, String packageName, ClassLoader loader) {
        if (PRIMITIVES.containsKey(name)) {
            return PRIMITIVES.get(name);
        }
        List<String> candidates = new ArrayList<>();
        if (packageName != null && !packageName.isEmpty() && !name.contains(".")) {
            candidates.add(packageName + "." + name);
        }
        candidates.add(name);
        candidates.add("java.lang." + name);
        for (String candidate : candidates) {
            try {
                return Class.forName(candidate, false, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                // try the next reading of the name
            }
        }
        return null;
    }
}
