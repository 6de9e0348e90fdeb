package dev.athanor.jpa;

import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.error.ErrorMessage;
import dev.athanor.core.meta.AttributeModel;
import dev.athanor.core.meta.EntityModel;
import dev.athanor.core.session.LoadStates;
import dev.athanor.core.session.SessionFactory;
import jakarta.persistence.PersistenceUnitUtil;
import jakarta.persistence.metamodel.Attribute;

/**
 * {@code PersistenceUnitUtil} of an Athanor unit. The load state is what an enhanced instance's
 * tracker says (see {@link LoadStates}); instances of classes the agent did not enhance are loaded
 * whole. Instances are always of their entity's own class: there are no proxies, so
 * {@code getClass} is {@code entity.getClass()}.
 */
final class AthanorPersistenceUnitUtil implements PersistenceUnitUtil {

    private final SessionFactory sessions;

    AthanorPersistenceUnitUtil(SessionFactory sessions) {
        this.sessions = sessions;
    }

    private EntityModel entityOf(Object entity, String operation) {
        if (entity == null) {
            throw new IllegalArgumentException(ErrorMessage.of(ErrorCode.NOT_AN_ENTITY, operation + "() was given"
                    + " null").render());
        }
        return sessions.metadata().findEntity(entity.getClass()).orElseThrow(() -> new IllegalArgumentException(
                ErrorMessage.of(ErrorCode.NOT_AN_ENTITY, operation + "() was given a " + entity.getClass().getName()
                        + ", which is not an entity of this persistence unit").render()));
    }

    private AttributeModel attributeOf(Object entity, String attributeName, String operation) {
        return entityOf(entity, operation).attribute(attributeName);
    }

    @Override
    public boolean isLoaded(Object entity, String attributeName) {
        return LoadStates.isLoaded(entity, attributeOf(entity, attributeName, "isLoaded"));
    }

    @Override
    public <E> boolean isLoaded(E entity, Attribute<? super E, ?> attribute) {
        return isLoaded(entity, attribute.getName());
    }

    @Override
    public boolean isLoaded(Object entity) {
        entityOf(entity, "isLoaded");
        return LoadStates.isLoaded(entity);
    }

    @Override
    public void load(Object entity, String attributeName) {
        AttributeModel attribute = attributeOf(entity, attributeName, "load");
        detachedIsPersistenceException(() -> LoadStates.load(entity, attribute));
    }

    @Override
    public <E> void load(E entity, Attribute<? super E, ?> attribute) {
        load(entity, attribute.getName());
    }

    @Override
    public void load(Object entity) {
        entityOf(entity, "load");
        detachedIsPersistenceException(() -> LoadStates.load(entity));
    }

    /**
     * Runs a load; an instance no open persistence context manages is, for this interface, a
     * PersistenceException (the session's own error for a read after close is an IllegalStateException).
     */
    private static void detachedIsPersistenceException(Runnable load) {
        try {
            load.run();
        } catch (IllegalStateException e) {
            throw new jakarta.persistence.PersistenceException(e.getMessage(), e);
        }
    }

    @Override
    public boolean isInstance(Object entity, Class<?> entityClass) {
        entityOf(entity, "isInstance");
        return entityClass.isInstance(entity);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> Class<? extends T> getClass(T entity) {
        entityOf(entity, "getClass");
        return (Class<? extends T>) entity.getClass();
    }

    @Override
    public Object getIdentifier(Object entity) {
        return entityOf(entity, "getIdentifier").id().get(entity);
    }

    @Override
    public Object getVersion(Object entity) {
        EntityModel model = entityOf(entity, "getVersion");
        AttributeModel version = model.version().orElseThrow(() -> new IllegalArgumentException(ErrorMessage.of(
                ErrorCode.UNSUPPORTED_OPERATION, "getVersion() was given a " + model.name() + ", which has no"
                        + " @Version attribute").render()));
        return version.get(entity);
    }
}
