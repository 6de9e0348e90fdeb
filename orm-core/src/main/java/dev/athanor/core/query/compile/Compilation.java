package dev.athanor.core.query.compile;

import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.error.Suggestions;
import dev.athanor.core.meta.EntityModel;
import dev.athanor.core.meta.Metadata;
import dev.athanor.core.query.EntitySelection;
import dev.athanor.core.query.QueryException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The state of compiling one statement: the mapping, the query text for messages, the parameters met
 * so far, the tables read or written, and the SQL table aliases handed out.
 */
final class Compilation {

    final Metadata metadata;
    final EntitySelection selection;
    final String text;
    final Parameters parameters = new Parameters(this);
    final Set<String> tables = new LinkedHashSet<>();
    private int aliases;
    /** False while a join's own path is resolved: naming a variable there does not make a fetch join filtered on. */
    boolean markReferences = true;

    Compilation(Metadata metadata, EntitySelection selection, String text) {
        this.metadata = metadata;
        this.selection = selection;
        this.text = text;
    }

    /** A table alias not used elsewhere in the statement, readable in echoed SQL: the entity's initial and a number. */
    String newAlias(String tableOrEntity) {
        char initial = Character.toLowerCase(tableOrEntity.charAt(0));
        return (Character.isLetter(initial) ? String.valueOf(initial) : "t") + (++aliases);
    }

    /** Records that the statement reads or writes {@code table}, for AUTO flush. */
    String table(String table) {
        tables.add(table);
        return table;
    }

    QueryException error(ErrorCode code, int pos, String what, String hint) {
        return QueryException.at(code, text, pos, what, hint);
    }

    /** The entity named {@code name} in the query, or QUERY_UNKNOWN_ENTITY with a did-you-mean. */
    EntityModel entity(String name, int pos) {
        return metadata.findEntity(name).orElseThrow(() -> {
            List<String> names = metadata.entities().stream().map(EntityModel::name).toList();
            return error(ErrorCode.QUERY_UNKNOWN_ENTITY, pos, "No entity is named '" + name + "'."
                    + Suggestions.didYouMean(name, names), "Use an entity name: " + String.join(", ", names) + ".");
        });
    }

    EntityModel entity(Class<?> type) {
        return metadata.entity(type);
    }

    /**
     * A class named in the query (a NEW result or an enum constant): through the entity classes' loader,
     * where the application's classes live, then the thread's context loader. Null when neither has it.
     */
    Class<?> findClass(String name) {
        // a nested class may be written with dots: com.acme.Outer.Inner is com.acme.Outer$Inner
        for (String binary = name; binary.indexOf('.') > 0; binary = binary.substring(0, binary.lastIndexOf('.'))
                + "$" + binary.substring(binary.lastIndexOf('.') + 1)) {
            Class<?> found = loadClass(binary);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private Class<?> loadClass(String name) {
        ClassLoader entityLoader = metadata.entities().isEmpty() ? null
                : metadata.entities().get(0).javaType().getClassLoader();
        for (ClassLoader loader : new ClassLoader[] {entityLoader, Thread.currentThread().getContextClassLoader()}) {
            if (loader == null) {
                continue;
            }
            try {
                return Class.forName(name, false, loader);
            } catch (ClassNotFoundException | LinkageError notThere) {
                // try the next loader
            }
        }
        return null;
    }
}
