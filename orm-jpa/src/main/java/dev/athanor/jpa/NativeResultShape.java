package dev.athanor.jpa;

import dev.athanor.core.engine.Row;
import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.error.ErrorMessage;
import dev.athanor.core.session.Session;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Tuple;
import java.lang.invoke.MethodType;
import java.util.Collection;
import java.util.List;

/**
 * What each row of a native query's result becomes: a managed entity, one value converted to a
 * class, an {@code Object[]}, a {@link Tuple}, or what a result set mapping says
 * ({@link MappedNativeResult}). Decided once when the query is created; each run reads its rows
 * while the connection is held.
 */
interface NativeResultShape {

    /**
     * Runs the query (after the AUTO flush of {@code tables}) and shapes the rows from row
     * {@code firstResult} (from 0), at most {@code maxResults} of them; rows before them are not shaped.
     */
    List<Object> run(Session session, String sql, Object[] parameters, Collection<String> tables, int firstResult,
            int maxResults);

    /** The class each result is an instance of; {@code Object.class} when it varies. */
    Class<?> resultType();

    /**
     * The shape for a result class: an entity class gives managed entities; {@code Tuple} tuples;
     * {@code Object[]} arrays; {@code Object} or none the value of a single column or an array of
     * several; any other class the single column converted to it.
     */
    static NativeResultShape of(Session session, Class<?> resultClass) {
        if (resultClass != null && session.factory().metadata().findEntity(resultClass).isPresent()) {
            return new Entities(resultClass);
        }
        if (resultClass == Tuple.class) {
            return new Rows(Tuple.class, null);
        }
        if (resultClass == Object[].class) {
            return new Rows(Object[].class, null);
        }
        if (resultClass == null || resultClass == Object.class) {
            return new Rows(Object.class, null);
        }
        return new Rows(resultClass, MethodType.methodType(resultClass).wrap().returnType());
    }

    /** Managed instances of an entity class, through the session's typed fetch of its columns. */
    record Entities(Class<?> resultType) implements NativeResultShape {
        @Override
        public List<Object> run(Session session, String sql, Object[] parameters, Collection<String> tables,
                int firstResult, int maxResults) {
            @SuppressWarnings("unchecked")
            List<Object> entities = (List<Object>) session.nativeQueries().entities(resultType, sql, parameters, tables,
                    firstResult, maxResults);
            return entities;
        }
    }

    /**
     * Rows as tuples, arrays, or single values.
     *
     * @param resultType {@code Tuple}, {@code Object[]}, {@code Object} (untyped) or a value class
     * @param scalar the boxed value class when each row is one column converted to it; null otherwise
     */
    record Rows(Class<?> resultType, Class<?> scalar) implements NativeResultShape {
        @Override
        public List<Object> run(Session session, String sql, Object[] parameters, Collection<String> tables,
                int firstResult, int maxResults) {
            NativeTupleRow.Labels[] tupleLabels = new NativeTupleRow.Labels[1];
            return session.nativeQueries().query(sql, parameters, tables, firstResult, maxResults,
                    (row, connection) -> shape(row, sql, tupleLabels));
        }

        /** One row as this shape's result; the tuple labels are read from the first row, once. */
        private Object shape(Row row, String sql, NativeTupleRow.Labels[] tupleLabels) {
            if (resultType == Tuple.class) {
                if (tupleLabels[0] == null) {
                    tupleLabels[0] = new NativeTupleRow.Labels(row.columns().labels());
                }
                return tupleLabels[0].row(row);
            }
            if (resultType == Object[].class) {
                return row.toArray();
            }
            if (scalar == null) {
                return row.size() == 1 ? row.get(0) : row.toArray();
            }
            return single(row, sql);
        }

        private Object single(Row row, String sql) {
            if (row.size() != 1) {
                throw new PersistenceException(ErrorMessage.of(ErrorCode.QUERY_RESULT_TYPE, "the native query"
                        + " returns " + row.size() + " columns where result class " + resultType.getName()
                        + " takes one").detail("columns", row.columns().labels()).detail("sql", sql)
                        .hint("Select a single column, or ask for Object[].class or Tuple.class to get every column.")
                        .render());
            }
            return row.get(0, scalar);
        }
    }
}
