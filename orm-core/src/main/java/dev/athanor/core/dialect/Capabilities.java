package dev.athanor.core.dialect;

/**
 * What a database (at its version) can do, declared once so that SQL generation and tests ask
 * the same flags instead of checking names and versions everywhere.
 *
 * @param returning              {@code INSERT ... RETURNING}
 * @param sequences              {@code CREATE SEQUENCE} / {@code NEXT VALUE FOR}
 * @param multiRowInsert         {@code INSERT ... VALUES (...), (...)}
 * @param forUpdate              {@code SELECT ... FOR UPDATE} (pessimistic locks)
 * @param skipLocked             {@code FOR UPDATE SKIP LOCKED}
 * @param nowait                 {@code FOR UPDATE NOWAIT}
 * @param nullsOrdering          {@code ORDER BY x NULLS FIRST}; emulated where false
 * @param intersectExcept        {@code INTERSECT} and {@code EXCEPT}
 * @param quantifiedSubqueries   {@code > ALL (subquery)}, {@code = ANY (...)}; emulated where false
 * @param windowFunctions        {@code OVER (...)}
 * @param batchGeneratedKeys     generated keys come back for every row of a JDBC batch
 * @param savepoints             {@code SAVEPOINT}
 * @param addConstraint          {@code ALTER TABLE ... ADD CONSTRAINT}; SQLite declares constraints in CREATE TABLE only
 */
public record Capabilities(boolean returning, boolean sequences, boolean multiRowInsert, boolean forUpdate,
                           boolean skipLocked, boolean nowait, boolean nullsOrdering, boolean intersectExcept,
                           boolean quantifiedSubqueries, boolean windowFunctions, boolean batchGeneratedKeys,
                           boolean savepoints, boolean addConstraint) {
}
