package dev.athanor.jpa;

import dev.athanor.core.engine.Row;
import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.error.ErrorMessage;
import dev.athanor.core.error.Suggestions;
import dev.athanor.core.meta.ColumnResultModel;
import dev.athanor.core.meta.ConstructorResultModel;
import dev.athanor.core.meta.EntityResultModel;
import dev.athanor.core.meta.Metadata;
import dev.athanor.core.meta.NamedNativeQueryModel;
import dev.athanor.core.meta.ResultSetMappingModel;
import dev.athanor.core.session.Session;
import jakarta.persistence.PersistenceException;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The rows of a native query shaped by a result set mapping: each {@code @EntityResult} a managed
 * entity (same instance as the context holds), each {@code @ConstructorResult} a new object built
 * from its columns, each {@code @ColumnResult} a value. One item per row is returned as it is;
 * several as an {@code Object[]} holding the entities, then the constructed objects, then the
 * column values, each in declaration order (as the specification orders them).
 */
final class MappedNativeResult implements NativeResultShape {

    private final ResultSetMappingModel mapping;

    MappedNativeResult(ResultSetMappingModel mapping) {
        this.mapping = mapping;
    }

    /** The mapping named {@code name}; IllegalArgumentException ATH-9010 listing the declared ones otherwise. */
    static MappedNativeResult named(Metadata metadata, String name) {
        return new MappedNativeResult(metadata.resultSetMapping(name).orElseThrow(() -> {
            List<String> known = metadata.resultSetMappings().stream().map(ResultSetMappingModel::name)
                    .filter(n -> !n.startsWith(NamedNativeQueryModel.inlineMappingName(""))).toList();
            return new IllegalArgumentException(ErrorMessage.of(ErrorCode.RESULT_MAPPING, "no result set mapping is"
                    + " named '" + name + "'." + Suggestions.didYouMean(name, known)).detail("declared mappings", known)
                    .hint("Declare it with @SqlResultSetMapping on a managed class (or <sql-result-set-mapping> in"
                            + " orm.xml), or use one of the names listed.").render());
        }));
    }

    ResultSetMappingModel mapping() {
        return mapping;
    }

    @Override
    public Class<?> resultType() {
        if (mapping.size() != 1) {
            return mapping.size() == 0 ? Object.class : Object[].class;
        }
        if (!mapping.entities().isEmpty()) {
            return mapping.entities().get(0).entityClass();
        }
        if (!mapping.constructors().isEmpty()) {
            return mapping.constructors().get(0).targetClass();
        }
        Class<?> type = mapping.columns().get(0).type();
        return type == void.class ? Object.class : MethodType.methodType(type).wrap().returnType();
    }

    @Override
    public List<Object> run(Session session, String sql, Object[] parameters, Collection<String> tables,
            int firstResult, int maxResults) {
        // constructors are chosen on the first row, when the result's column types are known
        Constructor<?>[] constructors = new Constructor<?>[mapping.constructors().size()];
        return session.nativeQueries().query(sql, parameters, tables, firstResult, maxResults, (row, connection) -> {
            Object[] items = new Object[mapping.size()];
            int i = 0;
            for (EntityResultModel entity : mapping.entities()) {
                items[i++] = session.nativeQueries().entity(entity.entityClass(), row, connection, entity.fields(),
                        mapping.name());
            }
            for (int c = 0; c < constructors.length; c++) {
                ConstructorResultModel target = mapping.constructors().get(c);
                Object[] values = columnValues(target.columns(), row);
                if (constructors[c] == null) {
                    constructors[c] = constructorFor(target, values);
                }
                items[i++] = construct(constructors[c], target, values, row);
            }
            for (Object value : columnValues(mapping.columns(), row)) {
                items[i++] = value;
            }
            return items.length == 1 ? items[0] : items;
        });
    }

    private Object[] columnValues(List<ColumnResultModel> columns, Row row) {
        Object[] values = new Object[columns.size()];
        for (int i = 0; i < values.length; i++) {
            ColumnResultModel column = columns.get(i);
            int index = indexOf(row, column.name());
            values[i] = column.type() == void.class ? row.get(index) : row.get(index, column.type());
        }
        return values;
    }

    private int indexOf(Row row, String label) {
        List<String> labels = row.columns().labels();
        for (int i = 0; i < labels.size(); i++) {
            if (labels.get(i).equalsIgnoreCase(label)) {
                return i;
            }
        }
        throw new PersistenceException(ErrorMessage.of(ErrorCode.RESULT_MAPPING, "result set mapping '"
                + mapping.name() + "' reads column '" + label + "', which the native query's result does not have."
                + Suggestions.didYouMean(label, labels)).detail("columns", labels).render());
    }

    /**
     * The constructor of the target class with one parameter per column whose parameter types take
     * the first row's values (converted where the engine can convert them); one whose types match
     * the values exactly is preferred.
     */
    private Constructor<?> constructorFor(ConstructorResultModel target, Object[] values) {
        Constructor<?> convertible = null;
        for (Constructor<?> constructor : target.targetClass().getDeclaredConstructors()) {
            if (constructor.getParameterCount() != values.length) {
                continue;
            }
            if (takesAsTheyAre(constructor, values)) {
                return accessible(constructor, target);
            }
            convertible = convertible == null ? constructor : convertible;
        }
        if (convertible == null) {
            throw new PersistenceException(ErrorMessage.of(ErrorCode.RESULT_MAPPING, "result set mapping '"
                    + mapping.name() + "' constructs " + target.targetClass().getName() + " from " + values.length
                    + " columns, but it has no constructor with " + values.length + " parameters")
                    .detail("columns", target.columns().stream().map(ColumnResultModel::name).toList())
                    .detail("constructors", Arrays.toString(target.targetClass().getDeclaredConstructors()))
                    .hint("Add a constructor taking the columns in the order the @ConstructorResult lists them.")
                    .render());
        }
        return accessible(convertible, target);
    }

    private static boolean takesAsTheyAre(Constructor<?> constructor, Object[] values) {
        Class<?>[] types = constructor.getParameterTypes();
        for (int i = 0; i < types.length; i++) {
            Class<?> boxed = MethodType.methodType(types[i]).wrap().returnType();
            if (values[i] == null ? types[i].isPrimitive() : !boxed.isInstance(values[i])) {
                return false;
            }
        }
        return true;
    }

    private Constructor<?> accessible(Constructor<?> constructor, ConstructorResultModel target) {
        if (!constructor.trySetAccessible()) {
            throw new PersistenceException(ErrorMessage.of(ErrorCode.RESULT_MAPPING, "result set mapping '"
                    + mapping.name() + "' cannot call constructor " + constructor + " of "
                    + target.targetClass().getName()).hint("Make the constructor public, or open its package to"
                    + " Athanor.").render());
        }
        return constructor;
    }

    private Object construct(Constructor<?> constructor, ConstructorResultModel target, Object[] values, Row row) {
        Class<?>[] types = constructor.getParameterTypes();
        Object[] arguments = new Object[values.length];
        List<ColumnResultModel> columns = target.columns();
        for (int i = 0; i < arguments.length; i++) {
            Class<?> boxed = MethodType.methodType(types[i]).wrap().returnType();
            arguments[i] = values[i] == null || boxed.isInstance(values[i]) ? values[i]
                    : row.get(indexOf(row, columns.get(i).name()), boxed);
            if (arguments[i] == null && types[i].isPrimitive()) {
                throw new PersistenceException(ErrorMessage.of(ErrorCode.RESULT_MAPPING, "result set mapping '"
                        + mapping.name() + "': column '" + columns.get(i).name() + "' is NULL, which parameter " + i
                        + " (" + types[i].getName() + ") of " + constructor + " cannot take")
                        .hint("Use a wrapper type (" + boxed.getSimpleName() + ") for the parameter, or COALESCE the"
                                + " column in the SQL.").render());
            }
        }
        try {
            return constructor.newInstance(arguments);
        } catch (InvocationTargetException e) {
            throw new PersistenceException(ErrorMessage.of(ErrorCode.RESULT_MAPPING, "result set mapping '"
                    + mapping.name() + "': " + constructor + " threw " + e.getCause()).render(), e.getCause());
        } catch (ReflectiveOperationException | IllegalArgumentException e) {
            throw new PersistenceException(ErrorMessage.of(ErrorCode.RESULT_MAPPING, "result set mapping '"
                    + mapping.name() + "' cannot construct " + constructor.getDeclaringClass().getName() + ": " + e)
                    .render(), e);
        }
    }
}
