package dev.athanor.jpa;

import dev.athanor.core.engine.Engine;
import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.error.ErrorMessage;
import dev.athanor.core.meta.Metadata;
import dev.athanor.core.session.Session;
import dev.athanor.core.session.SessionFactory;
import dev.athanor.jpa.boot.UnitSetup;
import dev.athanor.jpa.criteria.AthanorCriteriaBuilder;
import dev.athanor.jpa.metamodel.AthanorMetamodel;
import jakarta.persistence.Cache;
import jakarta.persistence.EntityGraph;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.PersistenceUnitTransactionType;
import jakarta.persistence.PersistenceUnitUtil;
import jakarta.persistence.Query;
import jakarta.persistence.SchemaManager;
import jakarta.persistence.SynchronizationType;
import jakarta.persistence.TypedQueryReference;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.metamodel.Metamodel;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The {@code EntityManagerFactory} of one Athanor persistence unit: the frozen mapping, its
 * metamodel and the engine, shared by every EntityManager it creates. Thread-safe. Building it
 * opened no connection unless schema generation asked for one.
 */
public final class AthanorEntityManagerFactory implements EntityManagerFactory {

    private final UnitSetup setup;
    private final SessionFactory sessions;
    private final AthanorMetamodel metamodel;
    private final AthanorPersistenceUnitUtil unitUtil;
    private final AthanorCriteriaBuilder criteriaBuilder;
    private final NamedQueryRegistry namedQueries;
    private final EntityGraphs entityGraphs;
    private volatile boolean open = true;

    private AthanorEntityManagerFactory(UnitSetup setup, Metadata metadata, Engine engine) {
        this.setup = setup;
        this.sessions = new SessionFactory(metadata, engine, setup.sessionSettings());
        this.metamodel = new AthanorMetamodel(metadata);
        this.metamodel.populateStaticMetamodel();
        this.unitUtil = new AthanorPersistenceUnitUtil(sessions);
        this.criteriaBuilder = new AthanorCriteriaBuilder(metamodel);
        this.namedQueries = NamedQueryRegistry.boot(sessions);
        this.entityGraphs = new EntityGraphs(sessions.metadata());
    }

    /** The factory of a resolved unit; metadata built, engine lazy, schema generation already run. */
    public static EntityManagerFactory open(UnitSetup setup, Metadata metadata, Engine engine) {
        return new AthanorEntityManagerFactory(setup, metadata, engine);
    }

    @Override
    public EntityManager createEntityManager() {
        return createEntityManager(Map.of());
    }

    @Override
    public EntityManager createEntityManager(Map<?, ?> map) {
        checkOpen("createEntityManager");
        return new AthanorEntityManager(this, sessions.openSession(), map);
    }

    @Override
    public EntityManager createEntityManager(SynchronizationType synchronizationType) {
        return createEntityManager(synchronizationType, Map.of());
    }

    @Override
    public EntityManager createEntityManager(SynchronizationType synchronizationType, Map<?, ?> map) {
        checkOpen("createEntityManager");
        throw new IllegalStateException(ErrorMessage.of(ErrorCode.UNSUPPORTED_OPERATION, "createEntityManager("
                + synchronizationType + ") is for JTA units; '" + setup.name() + "' is RESOURCE_LOCAL")
                .hint("Call createEntityManager() without a SynchronizationType.").render());
    }

    @Override
    public CriteriaBuilder getCriteriaBuilder() {
        checkOpen("getCriteriaBuilder");
        return criteriaBuilder;
    }

    @Override
    public Metamodel getMetamodel() {
        checkOpen("getMetamodel");
        return metamodel;
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    /** Closes the engine and its pool; EntityManagers still open fail on their next database access. */
    @Override
    public void close() {
        checkOpen("close");
        open = false;
        sessions.close();
    }

    @Override
    public String getName() {
        return setup.name();
    }

    @Override
    public Map<String, Object> getProperties() {
        checkOpen("getProperties");
        return setup.properties();
    }

    @Override
    public Cache getCache() {
        checkOpen("getCache");
        return NoSecondLevelCache.INSTANCE;
    }

    @Override
    public PersistenceUnitUtil getPersistenceUnitUtil() {
        checkOpen("getPersistenceUnitUtil");
        return unitUtil;
    }

    @Override
    public PersistenceUnitTransactionType getTransactionType() {
        return setup.transactionType();
    }

    @Override
    public SchemaManager getSchemaManager() {
        checkOpen("getSchemaManager");
        return new AthanorSchemaManager(sessions.engine(), sessions.metadata());
    }

    @Override
    public void addNamedQuery(String name, Query query) {
        checkOpen("addNamedQuery");
        namedQueries.add(name, query);
    }

    @Override
    public <T> T unwrap(Class<T> type) {
        checkOpen("unwrap");
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        if (type.isInstance(sessions)) {
            return type.cast(sessions);
        }
        if (type.isInstance(sessions.engine())) {
            return type.cast(sessions.engine());
        }
        if (type.isInstance(sessions.metadata())) {
            return type.cast(sessions.metadata());
        }
        throw new PersistenceException(ErrorMessage.of(ErrorCode.UNSUPPORTED_OPERATION, "unwrap(" + type.getName()
                + ")").hint("Unwrap to AthanorEntityManagerFactory, SessionFactory, Engine or Metadata.").render());
    }

    /** The named entity graphs of this unit, and the graphs its EntityManagers create. */
    EntityGraphs entityGraphs() {
        return entityGraphs;
    }

    @Override
    public <T> void addNamedEntityGraph(String graphName, EntityGraph<T> entityGraph) {
        checkOpen("addNamedEntityGraph");
        entityGraphs.add(graphName, entityGraph);
    }

    @Override
    public <R> Map<String, TypedQueryReference<R>> getNamedQueries(Class<R> resultType) {
        checkOpen("getNamedQueries");
        return namedQueries.references(resultType);
    }

    @Override
    public <E> Map<String, EntityGraph<? extends E>> getNamedEntityGraphs(Class<E> entityType) {
        checkOpen("getNamedEntityGraphs");
        return entityGraphs.namedEntityGraphs(entityType);
    }

    @Override
    public void runInTransaction(Consumer<EntityManager> work) {
        callInTransaction(em -> {
            work.accept(em);
            return null;
        });
    }

    /** Runs {@code work} in a new EntityManager and transaction: committed when it returns, rolled back when it throws. */
    @Override
    public <R> R callInTransaction(Function<EntityManager, R> work) {
        try (EntityManager em = createEntityManager()) {
            em.getTransaction().begin();
            R result;
            try {
                result = work.apply(em);
            } catch (RuntimeException | Error e) {
                if (em.getTransaction().isActive()) {
                    em.getTransaction().rollback();
                }
                throw e;
            }
            if (em.getTransaction().isActive()) {
                em.getTransaction().commit();
            }
            return result;
        }
    }

    /** The unit's named queries, for the EntityManagers' {@code createNamedQuery}. */
    NamedQueryRegistry namedQueries() {
        return namedQueries;
    }

    private void checkOpen(String operation) {
        if (!open) {
            throw new IllegalStateException(ErrorMessage.of(ErrorCode.CONTEXT_CLOSED, operation + "() was called on"
                    + " the closed EntityManagerFactory '" + setup.name() + "'").render());
        }
    }

    @Override
    public String toString() {
        return "AthanorEntityManagerFactory[" + setup.name() + (open ? "" : ", closed") + "]";
    }
}
