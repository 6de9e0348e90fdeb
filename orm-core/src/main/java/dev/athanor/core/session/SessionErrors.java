package dev.athanor.core.session;

import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.error.ErrorMessage;
import jakarta.persistence.EntityExistsException;
import jakarta.persistence.EntityNotFoundException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.TransactionRequiredException;

/**
 * The exceptions the persistence context throws, each of the type the specification names and
 * each with its code, the entity and id concerned, and what to do.
 */
final class SessionErrors {

    private SessionErrors() {
    }

    static IllegalArgumentException illegalArgument(ErrorCode code, String what) {
        return new IllegalArgumentException(ErrorMessage.of(code, what).render());
    }

    static IllegalStateException illegalState(ErrorCode code, String what) {
        return new IllegalStateException(ErrorMessage.of(code, what).render());
    }

    static IllegalStateException closed(String operation) {
        return illegalState(ErrorCode.CONTEXT_CLOSED, operation + "() was called on a closed EntityManager");
    }

    static TransactionRequiredException transactionRequired(String operation) {
        return new TransactionRequiredException(ErrorMessage.of(ErrorCode.TRANSACTION_REQUIRED,
                operation + " needs an active transaction and there is none").render());
    }

    static EntityExistsException exists(String entity, Object id, String why) {
        return new EntityExistsException(ErrorMessage.of(ErrorCode.ENTITY_EXISTS, entity + " with id " + id
                + " " + why).detail("entity", entity).detail("id", id).render());
    }

    static EntityNotFoundException notFound(String entity, Object id, String when) {
        return new EntityNotFoundException(ErrorMessage.of(ErrorCode.ENTITY_NOT_FOUND, "no row of " + entity
                + " has id " + id + " (" + when + ")").detail("entity", entity).detail("id", id).render());
    }

    static OptimisticLockException stale(Object instance, String entity, Object id, Object expectedVersion,
            String statement) {
        ErrorMessage message = ErrorMessage.of(ErrorCode.OPTIMISTIC_LOCK, statement + " of " + entity + " with id "
                + id + " found no row " + (expectedVersion == null ? "" : "at version " + expectedVersion + "; ")
                + "another transaction changed or deleted it since it was read")
                .detail("entity", entity).detail("id", id);
        if (expectedVersion != null) {
            message = message.detail("version read", expectedVersion);
        }
        return new OptimisticLockException(message.render(), null, instance);
    }
}
