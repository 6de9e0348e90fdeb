package dev.athanor.jpa;

import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.error.ErrorMessage;
import dev.athanor.core.meta.NamedNativeQueryModel;
import dev.athanor.core.session.Session;
import dev.athanor.jpa.criteria.CriteriaStatement;
import jakarta.persistence.Query;
import jakarta.persistence.TupleElement;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.TypedQueryReference;
import jakarta.persistence.criteria.CriteriaDelete;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.CriteriaSelect;
import jakarta.persistence.criteria.CriteriaUpdate;
import jakarta.persistence.criteria.Selection;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes the JPQL, Criteria and named queries of one EntityManager: each is compiled (or found in
 * the factory's plan cache) here, so that a bad query fails at {@code createQuery}, and its result
 * type checked against the class asked for.
 */
final class QueryFactory {

    private final AthanorEntityManager entityManager;
    private final Session session;
    private final AthanorEntityManagerFactory factory;

    QueryFactory(AthanorEntityManager entityManager, Session session, AthanorEntityManagerFactory factory) {
        this.entityManager = entityManager;
        this.session = session;
        this.factory = factory;
    }

    Query createQuery(String jpql) {
        session.checkOpen("createQuery");
        return create(QuerySource.jpql(requireText(jpql)), null);
    }

    <T> TypedQuery<T> createQuery(String jpql, Class<T> resultClass) {
        session.checkOpen("createQuery");
        return create(QuerySource.jpql(requireText(jpql)), requireClass(resultClass));
    }

    <T> TypedQuery<T> createQuery(CriteriaQuery<T> criteria) {
        session.checkOpen("createQuery");
        CriteriaStatement statement = statement(criteria);
        return create(QuerySource.criteria(statement, selections(criteria)), criteria.getResultType());
    }

    <T> TypedQuery<T> createQuery(CriteriaSelect<T> select) {
        if (select instanceof CriteriaQuery<T> criteria) {
            return createQuery(criteria);
        }
        session.checkOpen("createQuery");
        return create(QuerySource.criteria(statement(select), null), null);
    }

    Query createQuery(CriteriaUpdate<?> update) {
        session.checkOpen("createQuery");
        return create(QuerySource.criteria(statement(update), null), null);
    }

    Query createQuery(CriteriaDelete<?> delete) {
        session.checkOpen("createQuery");
        return create(QuerySource.criteria(statement(delete), null), null);
    }

    Query createNamedQuery(String name) {
        session.checkOpen("createNamedQuery");
        return named(name, null);
    }

    <T> TypedQuery<T> createNamedQuery(String name, Class<T> resultClass) {
        session.checkOpen("createNamedQuery");
        return named(name, requireClass(resultClass));
    }

    <T> TypedQuery<T> createQuery(TypedQueryReference<T> reference) {
        session.checkOpen("createQuery");
        if (reference == null) {
            throw new IllegalArgumentException(ErrorMessage.of(ErrorCode.NAMED_QUERY, "createQuery() was given a null"
                    + " TypedQueryReference").hint("Pass a reference from EntityManagerFactory.getNamedQueries().")
                    .render());
        }
        @SuppressWarnings("unchecked")
        Class<T> resultClass = (Class<T>) reference.getResultType();
        TypedQuery<T> query = named(reference.getName(), resultClass);
        if (reference.getHints() != null) {
            reference.getHints().forEach(query::setHint);
        }
        return query;
    }

    @SuppressWarnings("unchecked")
    private <T> TypedQuery<T> named(String name, Class<T> resultClass) {
        NamedQueryRegistry registry = factory.namedQueries();
        NamedQueryRegistry.Definition definition = registry.query(name);
        if (definition != null) {
            Class<?> wanted = resultClass != null ? resultClass : definition.resultClass();
            AthanorQuery<T> query = (AthanorQuery<T>) create(definition.source(), wanted);
            query.apply(definition.hints(), definition.lockMode(), definition.firstResult(), definition.maxResults());
            return query;
        }
        NamedNativeQueryModel nativeQuery = registry.nativeQuery(name);
        if (nativeQuery != null) {
            return (TypedQuery<T>) AthanorNativeQuery.named(entityManager, nativeQuery, resultClass);
        }
        throw registry.unknown(name);
    }

    /**
     * {@code find(EntityGraph, id)}: the entity with that id, loaded with the associations the graph
     * names in one query (the graph's fetch joins), or null when there is no such row.
     */
    <T> T find(jakarta.persistence.EntityGraph<T> graph, Object id, jakarta.persistence.LockModeType lock) {
        session.checkOpen("find");
        if (!(graph instanceof AthanorEntityGraph<T> entityGraph)) {
            throw new IllegalArgumentException(dev.athanor.core.error.ErrorMessage.of(
                    dev.athanor.core.error.ErrorCode.QUERY_UNSUPPORTED, "find() was given "
                            + (graph == null ? "no entity graph" : "a graph Athanor did not make: " + graph))
                    .hint("Pass a graph from createEntityGraph() or getEntityGraph() of this EntityManager.").render());
        }
        Class<T> type = entityGraph.type();
        dev.athanor.core.meta.EntityModel entity = session.factory().metadata().entity(type);
        if (id == null) {
            throw new IllegalArgumentException("find(" + entity.name() + ", null): an id is required");
        }
        TypedQuery<T> query = createQuery("SELECT e FROM " + entity.name() + " e WHERE e." + entity.id().name()
                + " = :id", type);
        query.setHint(QuerySettings.FETCH_GRAPH, graph).setParameter("id", id);
        if (lock != null && lock != jakarta.persistence.LockModeType.NONE) {
            query.setLockMode(lock);
        }
        return query.getSingleResultOrNull();
    }

    @SuppressWarnings("unchecked")
    private <T> AthanorQuery<T> create(QuerySource source, Class<?> resultClass) {
        return new AthanorQuery<>(session, source, source.plan(session.factory()), resultClass,
                entityManager::getEntityGraph);
    }

    private static String requireText(String jpql) {
        if (jpql == null || jpql.isBlank()) {
            throw new IllegalArgumentException(ErrorMessage.of(ErrorCode.QUERY_SYNTAX, "createQuery() was given "
                    + (jpql == null ? "null" : "an empty string") + " instead of a JPQL query")
                    .hint("Pass the text of a SELECT, UPDATE or DELETE statement.").render());
        }
        return jpql;
    }

    private static <T> Class<T> requireClass(Class<T> resultClass) {
        if (resultClass == null) {
            throw new IllegalArgumentException(ErrorMessage.of(ErrorCode.QUERY_RESULT_TYPE, "the result class is"
                    + " null").hint("Pass the class of one result, or use the method without a result class.")
                    .render());
        }
        return resultClass;
    }

    private static CriteriaStatement statement(Object criteria) {
        if (criteria instanceof CriteriaStatement statement) {
            return statement;
        }
        throw new IllegalArgumentException(ErrorMessage.of(ErrorCode.QUERY_UNSUPPORTED, "createQuery() was given "
                + (criteria == null ? "null" : "a " + criteria.getClass().getName()) + ", which Athanor's"
                + " CriteriaBuilder did not create").hint("Build Criteria queries with this EntityManager's"
                + " getCriteriaBuilder().").render());
    }

    /** The selections a Criteria query's tuples are read by: its compound selection's items, or its selection. */
    private static List<TupleElement<?>> selections(CriteriaQuery<?> criteria) {
        Selection<?> selection = criteria.getSelection();
        if (selection == null) {
            return null;
        }
        return selection.isCompoundSelection() ? new ArrayList<>(selection.getCompoundSelectionItems())
                : List.of(selection);
    }
}
