package dev.athanor.jpa.boot;

import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.error.ErrorMessage;
import dev.athanor.core.error.Suggestions;
import dev.athanor.core.meta.build.MappingOverrides;
import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a unit takes from the class path: its managed classes (listed, found by scanning the root
 * and the jar files, or both) and what its mapping files say over the annotations. Only the
 * classes that are listed or found to be managed are loaded, and without initialising them.
 *
 * @param managedClasses the classes, in the order listed then found
 * @param overrides      entity and column names from the orm.xml files
 */
record UnitClasses(List<Class<?>> managedClasses, MappingOverrides overrides) {

    static final String DEFAULT_ORM_XML = "META-INF/orm.xml";

    static UnitClasses of(UnitSource unit) {
        Set<String> found = new LinkedHashSet<>();
        if (unit.scanRoot() && unit.rootUrl() != null) {
            found.addAll(ManagedClassScanner.scan(unit.rootUrl(), unit.where()));
        }
        for (URL jar : unit.jarFiles()) {
            found.addAll(ManagedClassScanner.scan(jar, unit.where()));
        }
        Map<String, Class<?>> classes = new LinkedHashMap<>();
        unit.classes().forEach(type -> classes.put(type.getName(), type));
        for (String name : unit.classNames()) {
            classes.computeIfAbsent(name.trim(), n -> load(unit, n, found));
        }
        for (String name : found) {
            classes.computeIfAbsent(name, n -> load(unit, n, found));
        }
        return new UnitClasses(List.copyOf(classes.values()), overrides(unit));
    }

    private static Class<?> load(UnitSource unit, String name, Set<String> found) {
        try {
            return Class.forName(name, false, unit.classLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new PersistenceUnitException(ErrorMessage.of(ErrorCode.UNIT_CLASS_NOT_FOUND,
                    "managed class " + name + (e instanceof LinkageError ? ": " + e : "")
                            + Suggestions.didYouMean(name, found))
                    .detail("persistence unit", unit.where())
                    .hint("Fix the <class> entry, or add the jar that holds " + name + " to the application."), e);
        }
    }

    private static MappingOverrides overrides(UnitSource unit) {
        MappingOverrides.Builder overrides = MappingOverrides.builder();
        List<URL> files = new ArrayList<>();
        URL defaultOrmXml = unit.defaultOrmXml() ? defaultOrmXml(unit) : null;
        if (defaultOrmXml != null) {
            files.add(defaultOrmXml);
        }
        for (String name : unit.mappingFiles()) {
            URL file = mappingFile(unit, name);
            if (!files.contains(file)) {
                files.add(file);
            }
        }
        files.forEach(file -> OrmXmlReader.read(file, overrides, unit.classLoader()));
        return overrides.build();
    }

    /** The root's own {@code META-INF/orm.xml}, which the specification reads without being named. */
    private static URL defaultOrmXml(UnitSource unit) {
        if (unit.rootUrl() == null) {
            return null;
        }
        String root = unit.rootUrl().toExternalForm();
        try {
            for (URL candidate : Collections.list(unit.classLoader().getResources(DEFAULT_ORM_XML))) {
                String text = candidate.toExternalForm();
                if (text.equals(root + DEFAULT_ORM_XML) || text.equals("jar:" + root + "!/" + DEFAULT_ORM_XML)) {
                    return candidate;
                }
            }
        } catch (IOException e) {
            throw missingMappingFile(unit, DEFAULT_ORM_XML, e);
        }
        return null;
    }

    private static URL mappingFile(UnitSource unit, String name) {
        URL file = unit.classLoader().getResource(name.startsWith("/") ? name.substring(1) : name);
        if (file == null) {
            throw missingMappingFile(unit, name, null);
        }
        return file;
    }

    private static PersistenceUnitException missingMappingFile(UnitSource unit, String name, Exception cause) {
        return new PersistenceUnitException(ErrorMessage.of(ErrorCode.MAPPING_FILE,
                "<mapping-file>" + name + "</mapping-file> is not on the class path")
                .detail("persistence unit", unit.where())
                .hint("Put the file in the unit's jar or resources folder under that name, or fix the"
                        + " <mapping-file> entry."), cause);
    }
}
