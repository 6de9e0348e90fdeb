package dev.athanor.jpa;

import dev.athanor.core.engine.EngineConnection;
import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.error.ErrorMessage;
import dev.athanor.core.session.Session;
import jakarta.persistence.CacheRetrieveMode;
import jakarta.persistence.CacheStoreMode;
import jakarta.persistence.ConnectionConsumer;
import jakarta.persistence.ConnectionFunction;
import jakarta.persistence.EntityGraph;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.FindOption;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import jakarta.persistence.LockOption;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Query;
import jakarta.persistence.RefreshOption;
import jakarta.persistence.StoredProcedureQuery;
import jakarta.persistence.TransactionRequiredException;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.TypedQueryReference;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaDelete;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.CriteriaSelect;
import jakarta.persistence.criteria.CriteriaUpdate;
import jakarta.persistence.metamodel.Metamodel;
import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code EntityManager} of an Athanor persistence unit: an application-managed, extended
 * persistence context with a resource-local transaction, over one core {@link Session}. No SQL
 * is written here. Not thread-safe, like every EntityManager.
 */
public final class AthanorEntityManager implements EntityManager {

    private static final String FLUSH_MODE = "jakarta.persistence.flushMode";

    private final AthanorEntityManagerFactory factory;
    private final Session session;
    private final AthanorEntityTransaction transaction;
    private final Map<String, Object> properties;
    private final QueryFactory queries;
    private CacheRetrieveMode cacheRetrieveMode = CacheRetrieveMode.USE;
    private CacheStoreMode cacheStoreMode = CacheStoreMode.USE;

    AthanorEntityManager(AthanorEntityManagerFactory factory, Session session, Map<?, ?> properties) {
        this.factory = factory;
        this.session = session;
        this.transaction = new AthanorEntityTransaction(session);
        this.queries = new QueryFactory(this, session, factory);
        // the factory's properties are merged in only when asked for: most EntityManagers never are
        this.properties = new LinkedHashMap<>();
        if (properties != null) {
            properties.forEach((k, v) -> this.properties.put(String.valueOf(k), v));
        }
        Object flushMode = this.properties.containsKey(FLUSH_MODE) ? this.properties.get(FLUSH_MODE)
                : factory.getProperties().get(FLUSH_MODE);
        FlushModeType mode = flushModeProperty(flushMode);
        if (mode != null) {
            session.flushMode(mode);
        }
    }

    /** The core session under this EntityManager. */
    public Session session() {
        return session;
    }

    // ---- entity operations --------------------------------------------------------------------

    @Override
    public void persist(Object entity) {
        session.persist(entity);
    }

    @Override
    public <T> T merge(T entity) {
        return session.merge(entity);
    }

    @Override
    public void remove(Object entity) {
        session.remove(entity);
    }

    @Override
    public <T> T find(Class<T> entityClass, Object primaryKey) {
        return session.find(entityClass, primaryKey, LockModeType.NONE);
    }

    @Override
    public <T> T find(Class<T> entityClass, Object primaryKey, Map<String, Object> hints) {
        return session.find(entityClass, primaryKey, LockModeType.NONE);
    }

    @Override
    public <T> T find(Class<T> entityClass, Object primaryKey, LockModeType lockMode) {
        return session.find(entityClass, primaryKey, lockMode);
    }

    @Override
    public <T> T find(Class<T> entityClass, Object primaryKey, LockModeType lockMode, Map<String, Object> hints) {
        return session.find(entityClass, primaryKey, lockMode);
    }

    @Override
    public <T> T find(Class<T> entityClass, Object primaryKey, FindOption... options) {
        return session.find(entityClass, primaryKey, lockModeOf(options));
    }

    @Override
    public <T> T find(EntityGraph<T> entityGraph, Object primaryKey, FindOption... options) {
        return queries.find(entityGraph, primaryKey, lockModeOf(options));
    }

    @Override
    public <T> T getReference(Class<T> entityClass, Object primaryKey) {
        return session.getReference(entityClass, primaryKey);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T getReference(T entity) {
        session.checkOpen("getReference");
        Object id = session.idOf(entity);
        return (T) session.getReference(entity.getClass(), id);
    }

    @Override
    public void flush() {
        session.flush();
    }

    @Override
    public void setFlushMode(FlushModeType flushMode) {
        session.flushMode(flushMode);
    }

    @Override
    public FlushModeType getFlushMode() {
        session.checkOpen("getFlushMode");
        return session.flushMode();
    }

    @Override
    public void lock(Object entity, LockModeType lockMode) {
        session.lock(entity, lockMode);
    }

    @Override
    public void lock(Object entity, LockModeType lockMode, Map<String, Object> properties) {
        session.lock(entity, lockMode);
    }

    @Override
    public void lock(Object entity, LockModeType lockMode, LockOption... options) {
        session.lock(entity, lockMode);
    }

    @Override
    public void refresh(Object entity) {
        session.refresh(entity, LockModeType.NONE);
    }

    @Override
    public void refresh(Object entity, Map<String, Object> properties) {
        session.refresh(entity, LockModeType.NONE);
    }

    @Override
    public void refresh(Object entity, LockModeType lockMode) {
        session.refresh(entity, lockMode);
    }

    @Override
    public void refresh(Object entity, LockModeType lockMode, Map<String, Object> properties) {
        session.refresh(entity, lockMode);
    }

    @Override
    public void refresh(Object entity, RefreshOption... options) {
        LockModeType mode = LockModeType.NONE;
        for (RefreshOption option : options) {
            if (option instanceof LockModeType lock) {
                mode = lock;
            }
        }
        session.refresh(entity, mode);
    }

    @Override
    public void clear() {
        session.clear();
    }

    @Override
    public void detach(Object entity) {
        session.detach(entity);
    }

    @Override
    public boolean contains(Object entity) {
        return session.contains(entity);
    }

    @Override
    public LockModeType getLockMode(Object entity) {
        return session.lockMode(entity);
    }

    // ---- settings -----------------------------------------------------------------------------

    @Override
    public void setCacheRetrieveMode(CacheRetrieveMode mode) {
        session.checkOpen("setCacheRetrieveMode");
        this.cacheRetrieveMode = mode;
    }

    @Override
    public void setCacheStoreMode(CacheStoreMode mode) {
        session.checkOpen("setCacheStoreMode");
        this.cacheStoreMode = mode;
    }

    @Override
    public CacheRetrieveMode getCacheRetrieveMode() {
        return cacheRetrieveMode;
    }

    @Override
    public CacheStoreMode getCacheStoreMode() {
        return cacheStoreMode;
    }

    @Override
    public void setProperty(String propertyName, Object value) {
        session.checkOpen("setProperty");
        if (FLUSH_MODE.equals(propertyName)) {
            session.flushMode(flushModeProperty(value));
        }
        properties.put(propertyName, value);
    }

    @Override
    public Map<String, Object> getProperties() {
        session.checkOpen("getProperties");
        Map<String, Object> all = new LinkedHashMap<>(factory.getProperties());
        all.putAll(properties);
        return java.util.Collections.unmodifiableMap(all);
    }

    private static FlushModeType flushModeProperty(Object value) {
        if (value == null || value instanceof FlushModeType) {
            return (FlushModeType) value;
        }
        return FlushModeType.valueOf(String.valueOf(value).trim().toUpperCase(java.util.Locale.ROOT));
    }

    // ---- queries ------------------------------------------------------------------------------

    @Override
    public Query createQuery(String qlString) {
        return queries.createQuery(qlString);
    }

    @Override
    public <T> TypedQuery<T> createQuery(String qlString, Class<T> resultClass) {
        return queries.createQuery(qlString, resultClass);
    }

    @Override
    public <T> TypedQuery<T> createQuery(CriteriaQuery<T> criteriaQuery) {
        return queries.createQuery(criteriaQuery);
    }

    @Override
    public <T> TypedQuery<T> createQuery(CriteriaSelect<T> selectQuery) {
        return queries.createQuery(selectQuery);
    }

    @Override
    public Query createQuery(CriteriaUpdate<?> updateQuery) {
        return queries.createQuery(updateQuery);
    }

    @Override
    public Query createQuery(CriteriaDelete<?> deleteQuery) {
        return queries.createQuery(deleteQuery);
    }

    @Override
    public Query createNamedQuery(String name) {
        return queries.createNamedQuery(name);
    }

    @Override
    public <T> TypedQuery<T> createNamedQuery(String name, Class<T> resultClass) {
        return queries.createNamedQuery(name, resultClass);
    }

    @Override
    public <T> TypedQuery<T> createQuery(TypedQueryReference<T> reference) {
        return queries.createQuery(reference);
    }

    @Override
    public Query createNativeQuery(String sqlString) {
        session.checkOpen("createNativeQuery");
        return new AthanorNativeQuery<>(session, sqlString, null);
    }

    @Override
    public <T> Query createNativeQuery(String sqlString, Class<T> resultClass) {
        session.checkOpen("createNativeQuery");
        return new AthanorNativeQuery<>(session, sqlString, resultClass);
    }

    @Override
    public Query createNativeQuery(String sqlString, String resultSetMapping) {
        session.checkOpen("createNativeQuery");
        return AthanorNativeQuery.mapped(session, sqlString, resultSetMapping);
    }

    @Override
    public StoredProcedureQuery createNamedStoredProcedureQuery(String name) {
        throw notYet("createNamedStoredProcedureQuery", "SQLite has no stored procedures; call MariaDB procedures"
                + " through callWithConnection()");
    }

    @Override
    public StoredProcedureQuery createStoredProcedureQuery(String procedureName) {
        throw notYet("createStoredProcedureQuery", "SQLite has no stored procedures; call MariaDB procedures"
                + " through callWithConnection()");
    }

    @Override
    public StoredProcedureQuery createStoredProcedureQuery(String procedureName, Class<?>... resultClasses) {
        return createStoredProcedureQuery(procedureName);
    }

    @Override
    public StoredProcedureQuery createStoredProcedureQuery(String procedureName, String... resultSetMappings) {
        return createStoredProcedureQuery(procedureName);
    }

    private PersistenceException notYet(String operation, String instead) {
        session.checkOpen(operation);
        return new PersistenceException(ErrorMessage.of(ErrorCode.UNSUPPORTED_OPERATION, operation
                + " is not supported by Athanor yet").hint(instead).render());
    }

    // ---- transactions and connections ---------------------------------------------------------

    @Override
    public void joinTransaction() {
        session.checkOpen("joinTransaction");
        throw new TransactionRequiredException(ErrorMessage.of(ErrorCode.TRANSACTION_REQUIRED, "joinTransaction()"
                + " joins a JTA transaction; this unit is RESOURCE_LOCAL").hint("Use getTransaction().").render());
    }

    @Override
    public boolean isJoinedToTransaction() {
        session.checkOpen("isJoinedToTransaction");
        return session.transaction().isActive();
    }

    @Override
    public EntityTransaction getTransaction() {
        session.checkOpen("getTransaction");
        return transaction;
    }

    @Override
    public <C> void runWithConnection(ConnectionConsumer<C> action) {
        ConnectionFunction<C, Object> function = connection -> {
            action.accept(connection);
            return null;
        };
        callWithConnection(function);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <C, T> T callWithConnection(ConnectionFunction<C, T> function) {
        session.checkOpen("callWithConnection");
        return session.withConnection((EngineConnection connection) -> {
            try {
                return function.apply((C) connection.jdbcConnection());
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new PersistenceException("the function given to callWithConnection() failed: " + e, e);
            }
        });
    }

    // ---- the rest -----------------------------------------------------------------------------

    @Override
    public <T> T unwrap(Class<T> type) {
        session.checkOpen("unwrap");
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        if (type.isInstance(session)) {
            return type.cast(session);
        }
        if (type.isInstance(session.factory().engine())) {
            return type.cast(session.factory().engine());
        }
        if (type == Connection.class && session.transactionConnection() != null) {
            return type.cast(session.transactionConnection());
        }
        throw new PersistenceException(ErrorMessage.of(ErrorCode.UNSUPPORTED_OPERATION, "unwrap(" + type.getName()
                + ")").hint("Unwrap to AthanorEntityManager, dev.athanor.core.session.Session,"
                + " dev.athanor.core.engine.Engine, or java.sql.Connection inside a transaction.").render());
    }

    @Override
    public Object getDelegate() {
        session.checkOpen("getDelegate");
        return session;
    }

    @Override
    public void close() {
        session.checkOpen("close");
        session.close();
    }

    @Override
    public boolean isOpen() {
        return session.isOpen();
    }

    @Override
    public EntityManagerFactory getEntityManagerFactory() {
        session.checkOpen("getEntityManagerFactory");
        return factory;
    }

    @Override
    public CriteriaBuilder getCriteriaBuilder() {
        session.checkOpen("getCriteriaBuilder");
        return factory.getCriteriaBuilder();
    }

    @Override
    public Metamodel getMetamodel() {
        session.checkOpen("getMetamodel");
        return factory.getMetamodel();
    }

    @Override
    public <T> EntityGraph<T> createEntityGraph(Class<T> rootType) {
        session.checkOpen("createEntityGraph");
        return factory.entityGraphs().createEntityGraph(rootType);
    }

    @Override
    public EntityGraph<?> createEntityGraph(String graphName) {
        session.checkOpen("createEntityGraph");
        return factory.entityGraphs().createEntityGraph(graphName);
    }

    @Override
    public EntityGraph<?> getEntityGraph(String graphName) {
        session.checkOpen("getEntityGraph");
        return factory.entityGraphs().getEntityGraph(graphName);
    }

    @Override
    public <T> List<EntityGraph<? super T>> getEntityGraphs(Class<T> entityClass) {
        session.checkOpen("getEntityGraphs");
        return factory.entityGraphs().getEntityGraphs(entityClass);
    }

    private static LockModeType lockModeOf(FindOption... options) {
        LockModeType mode = LockModeType.NONE;
        for (FindOption option : options) {
            if (option instanceof LockModeType lock) {
                mode = lock;
            }
        }
        return mode;
    }

    @Override
    public String toString() {
        return "AthanorEntityManager[" + factory.getName() + ", " + session + "]";
    }
}
