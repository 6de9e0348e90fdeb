package dev.athanor.core.session;

import dev.athanor.core.engine.EngineConnection;
import dev.athanor.core.engine.Transaction;
import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.error.ErrorMessage;
import dev.athanor.core.meta.AttributeModel;
import dev.athanor.core.meta.EntityModel;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.function.Function;

/**
 * A persistence context and its unit of work: the identity map, the entity operations of the
 * specification (persist, find, merge, remove, refresh, detach, lock), flush, and the
 * resource-local transaction. Not thread-safe: one session serves one unit of work on one thread.
 *
 * <p>Operations on entity state live here; loading is {@link EntityLoader}'s, deciding what a
 * flush writes and in which order is {@link FlushPlanner}'s, writing it is {@link FlushExecutor}'s,
 * the transaction is {@link SessionTransaction}'s and native SQL {@link NativeQueries}'.
 */
public final class Session implements AutoCloseable {

    private final SessionFactory factory;
    private final LazyLoading lazy = new LazyLoading(this);
    private final PersistenceContext context = new PersistenceContext(lazy);
    private final EntityLoader loader;
    private final StateCopier copier;
    private FlushModeType flushMode = FlushModeType.AUTO;
    private final SessionTransaction tx = new SessionTransaction(this);
    private final NativeQueries nativeQueries = new NativeQueries(this);
    private final Queries queries;
    private boolean open = true;
    private boolean immediateInsertPending;
    private int lastFlushVisited;

    Session(SessionFactory factory) {
        this.factory = factory;
        this.loader = new EntityLoader(factory, context);
        this.copier = new StateCopier(this);
        this.queries = new Queries(this);
    }

    public SessionFactory factory() {
        return factory;
    }

    // ---- entity operations --------------------------------------------------------------------

    /** Makes a new instance managed; its row is inserted at flush (or now, for IDENTITY ids, see the settings). */
    public void persist(Object entity) {
        checkOpen("persist");
        Cascades.persist(this, entity, persisterOf(entity, "persist"));
        if (immediateInsertPending) {
            immediateInsertPending = false;
            flushInserts();
        }
    }

    /** Called by {@link Cascades}: makes one instance managed, its to-one targets already handled. */
    void persistOne(Object entity, EntityPersister persister) {
        EntityEntry entry = context.entry(entity);
        if (entry != null) {
            if (entry.status == EntityEntry.Status.REMOVED) {
                entry.status = EntityEntry.Status.MANAGED;
            }
            return;
        }
        EntityModel model = persister.entity();
        Object id = model.id().get(entity);
        boolean generated = model.idGeneration().generated();
        if (generated && !Ids.unset(model.id(), id)) {
            throw SessionErrors.exists(model.name(), id, "is detached: its generated id is already set, so it was"
                    + " persisted before. Use merge() to bring a detached instance back");
        }
        if (!generated && id == null) {
            throw new PersistenceException(ErrorMessage.of(ErrorCode.INVALID_ID, "persist() of a " + model.name()
                    + " whose id " + model.id().name() + " is not set; it has no @GeneratedValue, so the application"
                    + " assigns it").detail("entity", model.name())
                    .hint("Set the id before persist(), or annotate it @GeneratedValue.").render());
        }
        if (!generated) {
            Object other = context.anyInstance(persister, id); // one id per row of a hierarchy's table
            if (other != null) {
                EntityEntry otherEntry = context.existingEntry(other); // a removed one has an entry; a clean one need not
                throw SessionErrors.exists(model.name(), id, otherEntry != null
                        && otherEntry.status == EntityEntry.Status.REMOVED
                        ? "was removed in this persistence context and not flushed yet; flush() first"
                        : "is already managed in this persistence context as another instance");
            }
        }
        if (generated && !persister.databaseAssignsId()) {
            id = persister.generator().next();
            model.id().set(entity, id);
        }
        EntityEntry added = context.add(entity, persister, generated && persister.databaseAssignsId() ? null : id);
        context.toWork(added);
        CollectionTracking.track(added, true);
        if (added.tracked()) {
            if (persister.databaseAssignsId()) {
                // reading the id inserts the pending rows first (see LazyLoading)
                added.unloaded(persister.tracking().slotOfAttribute(model.id().index()));
            }
            EntityLoader.linkEmbedded(added);
        }
        immediateInsertPending |= insertsAtOnce(persister);
    }

    private boolean insertsAtOnce(EntityPersister persister) {
        if (!persister.databaseAssignsId() || !tx.isActive()) {
            return false;
        }
        return switch (factory.settings().identityInserts()) {
            case IMMEDIATE -> true;
            case BATCHED -> false;
            case AUTO -> !persister.enhanced(); // an enhanced entity inserts when its id is read
        };
    }

    /** The managed instance with this id, loading it if need be; null when there is no row. */
    public <T> T find(Class<T> type, Object id, LockModeType lock) {
        checkOpen("find");
        EntityPersister persister = persisterOf(type, "find");
        checkId(persister, id, "find");
        LockModeType mode = lock == null ? LockModeType.NONE : lock;
        if (mode != LockModeType.NONE && !tx.isActive()) {
            throw SessionErrors.transactionRequired("find() with lock mode " + mode);
        }
        Object known = context.instance(persister, id);
        if (mode == LockModeType.NONE && context.state(known) instanceof CleanState clean && !clean.hollow) {
            return type.cast(known); // managed, loaded and clean: nothing to do, no entry to make
        }
        EntityEntry entry = known == null ? null : context.entry(known);
        if (entry != null && entry.hollow && !loadReference(entry)) {
            context.remove(entry); // a reference to a row that does not exist
            entry = null;
        }
        if (entry != null) {
            if (entry.status == EntityEntry.Status.REMOVED) {
                return null;
            }
            lock(entry, mode);
            return type.cast(entry.instance);
        }
        boolean forUpdate = Locks.pessimistic(mode);
        Transaction transaction = tx.current();
        Object loaded = transaction != null ? loader.load(transaction.connection(), persister, id, forUpdate)
                : withConnection(c -> loader.load(c, persister, id, forUpdate));
        if (loaded != null && mode != LockModeType.NONE) {
            EntityEntry loadedEntry = context.entry(loaded);
            Locks.apply(this, loadedEntry, mode, Locks.pessimistic(mode));
            context.toWork(loadedEntry);
        }
        return type.cast(loaded);
    }

    /**
     * The instance with this id, its state loaded on first access: for an enhanced class an
     * instance of the entity's own class with only its id set, and no SQL now (a missing row is an
     * EntityNotFoundException when the state is first read). For a class that was not enhanced, or
     * an entity with subclasses (whose row names the instance's class), the row is read now and a
     * missing one is an EntityNotFoundException at once.
     */
    public <T> T getReference(Class<T> type, Object id) {
        checkOpen("getReference");
        EntityPersister persister = persisterOf(type, "getReference");
        checkId(persister, id, "getReference");
        if (persister.enhanced() && !persister.polymorphic()) {
            Object known = context.instance(persister, id);
            return type.cast(known != null ? known : loader.reference(persister, id));
        }
        // an entity with subclasses: its row tells which class the instance must be, so it is read now
        T found = find(type, id, LockModeType.NONE);
        if (found == null) {
            throw SessionErrors.notFound(persister.entity().name(), id, "getReference()");
        }
        return found;
    }

    /** Loads a reference's state (and that of a batch of its siblings); false when its row does not exist. */
    boolean loadReference(EntityEntry entry) {
        try {
            withConnection(c -> {
                loader.loadReferences(c, entry.instance, entry.persister, factory.settings().lazyBatchSize());
                return null;
            });
            return true;
        } catch (jakarta.persistence.EntityNotFoundException e) {
            return false;
        }
    }

    /** The state of a managed reference, loaded before an operation needs it (its snapshot, its version). */
    void ensureLoaded(EntityEntry entry) {
        if (entry.hollow && !loadReference(entry)) {
            throw SessionErrors.notFound(entry.persister.entity().name(), entry.id, "an operation on a reference");
        }
    }

    /** Copies a detached or new instance's state onto the managed one (loaded or created) and returns it. */
    public <T> T merge(T entity) {
        checkOpen("merge");
        persisterOf(entity, "merge");
        @SuppressWarnings("unchecked")
        T managed = (T) copier.merge(entity, new IdentityHashMap<>());
        return managed;
    }

    /** Schedules a managed instance's row for deletion at flush; a new instance is ignored. */
    public void remove(Object entity) {
        checkOpen("remove");
        Cascades.remove(this, entity, persisterOf(entity, "remove"), new IdentityHashMap<>());
    }

    /** Called by {@link Cascades}: removes one instance. */
    void removeOne(Object entity, EntityPersister persister) {
        EntityEntry entry = context.entry(entity);
        if (entry == null) {
            Object id = persister.entity().id().get(entity);
            boolean unset = Ids.unset(persister.entity().id(), id);
            if (!unset) {
                boolean other = context.instance(persister, id) != null;
                throw SessionErrors.illegalArgument(ErrorCode.DETACHED_ENTITY, "remove() was given "
                        + (other ? "another instance of " + persister.entity().name() + " with id " + id
                                + " than the managed one; remove the instance find() returns"
                                : "a detached " + persister.entity().name() + " with id " + id + "; find() or"
                                        + " merge() it in this EntityManager first, then remove the managed instance"));
            }
            return;
        }
        if (entry.status == EntityEntry.Status.REMOVED) {
            return;
        }
        if (!entry.inDatabase) {
            context.remove(entry);
        } else {
            ensureLoaded(entry);
            entry.status = EntityEntry.Status.REMOVED;
            context.toWork(entry);
        }
    }

    /** Overwrites a managed instance's state with its row; EntityNotFoundException when the row is gone. */
    public void refresh(Object entity, LockModeType lock) {
        checkOpen("refresh");
        persisterOf(entity, "refresh");
        LockModeType mode = lock == null ? LockModeType.NONE : lock;
        if (mode != LockModeType.NONE && !tx.isActive()) {
            throw SessionErrors.transactionRequired("refresh() with lock mode " + mode);
        }
        Cascades.refresh(this, entity, new IdentityHashMap<>(), mode);
    }

    /** Called by {@link Cascades}: refreshes one instance. */
    void refreshOne(Object entity, LockModeType mode) {
        EntityEntry entry = managedEntry(entity, "refresh");
        withConnection(c -> {
            loader.reload(c, entry, Locks.pessimistic(mode));
            return null;
        });
        if (mode != LockModeType.NONE) {
            entry.lock = mode;
            context.toWork(entry);
        }
    }

    /** Takes an instance out of the context; what it changed is not written. */
    public void detach(Object entity) {
        checkOpen("detach");
        persisterOf(entity, "detach");
        Cascades.detach(this, entity, new IdentityHashMap<>());
    }

    void detachOne(Object entity) {
        EntityEntry entry = context.entry(entity);
        if (entry != null) {
            context.remove(entry);
        }
    }

    /** Whether the instance is managed here (removed instances are not). */
    public boolean contains(Object entity) {
        checkOpen("contains");
        persisterOf(entity, "contains");
        return PersistenceContext.managed(context.state(entity));
    }

    /** Detaches every instance; pending changes are dropped. */
    public void clear() {
        checkOpen("clear");
        context.clear();
    }

    /** Locks a managed instance: a version check or increment for the optimistic modes, a row lock for the pessimistic ones. */
    public void lock(Object entity, LockModeType mode) {
        checkOpen("lock");
        persisterOf(entity, "lock");
        if (!tx.isActive()) {
            throw SessionErrors.transactionRequired("lock()");
        }
        lock(managedEntry(entity, "lock"), mode == null ? LockModeType.NONE : mode);
    }

    private void lock(EntityEntry entry, LockModeType mode) {
        if (mode != LockModeType.NONE) {
            ensureLoaded(entry);
        }
        Locks.apply(this, entry, mode, false);
        if (mode != LockModeType.NONE) {
            context.toWork(entry);
        }
    }

    /** The lock mode the instance holds in the current transaction. */
    public LockModeType lockMode(Object entity) {
        checkOpen("getLockMode");
        persisterOf(entity, "getLockMode");
        if (!tx.isActive()) {
            throw SessionErrors.transactionRequired("getLockMode()");
        }
        return managedEntry(entity, "getLockMode").lock;
    }

    /** The id of a managed, detached or new instance (null when not assigned yet). */
    public Object idOf(Object entity) {
        EntityEntry entry = context.entry(entity);
        if (entry != null && entry.id != null) {
            return entry.id;
        }
        return persisterOf(entity, "getIdentifier").entity().id().get(entity);
    }

    // ---- flush and transactions ---------------------------------------------------------------

    public FlushModeType flushMode() {
        return flushMode;
    }

    public void flushMode(FlushModeType mode) {
        checkOpen("setFlushMode");
        this.flushMode = mode == null ? FlushModeType.AUTO : mode;
    }

    /** Writes every pending change in the current transaction. */
    public void flush() {
        checkOpen("flush");
        if (!tx.isActive()) {
            throw SessionErrors.transactionRequired("flush()");
        }
        doFlush();
    }

    /**
     * Flushes before a query reads {@code tables}, when the flush mode is AUTO, a transaction is
     * active and some managed entity lives in one of them.
     */
    public void flushBeforeQuery(Collection<String> tables) {
        flushBeforeQuery(tables, flushMode);
    }

    /** As {@link #flushBeforeQuery(Collection)}, under the flush mode a query was given instead of the session's. */
    void flushBeforeQuery(Collection<String> tables, FlushModeType mode) {
        checkOpen("query");
        // only entries on the work list can have something to write: the cost follows what changed
        if (!tx.isActive() || mode != FlushModeType.AUTO || context.work().isEmpty()) {
            return;
        }
        Set<String> wanted = new java.util.HashSet<>();
        tables.forEach(t -> wanted.add(t.toLowerCase(java.util.Locale.ROOT)));
        boolean touched = context.work().stream().anyMatch(e -> !e.gone && (tables.isEmpty()
                || wanted.contains(e.persister.entity().tableName().toLowerCase(java.util.Locale.ROOT))));
        if (touched) {
            doFlush();
        }
    }

    private void flushInserts() {
        runFlush(executor -> executor.insertPending());
    }

    /** Inserts the pending rows now: the id of one of them was read. */
    void insertPending() {
        flushInserts();
    }

    /** Flushes for the transaction's commit (or a query's AUTO flush). */
    void doFlush() {
        Cascades.atFlush(this, context);
        runFlush(FlushExecutor::flush);
    }

    private void runFlush(java.util.function.Consumer<FlushExecutor> work) {
        FlushExecutor executor = new FlushExecutor(factory, context, tx.current().connection());
        try {
            work.accept(executor);
            executor.complete();
            lastFlushVisited = executor.visited();
        } catch (RuntimeException e) {
            executor.undo();
            tx.markRollbackOnly();
            throw e;
        }
    }

    /** The resource-local transaction of this session. */
    public SessionTransaction transaction() {
        return tx;
    }

    /** Native SQL run within this session's unit of work. */
    public NativeQueries nativeQueries() {
        return nativeQueries;
    }

    /** JPQL and Criteria query plans run within this session's unit of work. */
    public Queries queries() {
        return queries;
    }

    /** Called when the transaction ends, committed or rolled back: the locks it held are released. */
    void transactionEnded() {
        for (EntityEntry entry : context.work()) { // locked entries are on it
            entry.lock = LockModeType.NONE;
            entry.forceIncrement = false;
        }
    }

    /** Runs {@code work} on the transaction's connection, or on a connection of its own outside one. */
    public <T> T withConnection(Function<EngineConnection, T> work) {
        Transaction transaction = tx.current();
        if (transaction != null) {
            return work.apply(transaction.connection());
        }
        try (EngineConnection connection = factory.engine().connect()) {
            return work.apply(connection);
        }
    }

    /** The JDBC connection of the current transaction, for {@code runWithConnection}; null outside one. */
    public Connection transactionConnection() {
        Transaction transaction = tx.current();
        return transaction == null ? null : transaction.connection().jdbcConnection();
    }

    public boolean isOpen() {
        return open;
    }

    /** Closes the context; an active transaction is rolled back. */
    @Override
    public void close() {
        if (!open) {
            return;
        }
        open = false;
        if (tx.isActive()) {
            tx.rollbackAfterFailure();
        }
        // the context is dropped with the session: clearing it would only cost time
    }

    // ---- shared by the collaborators ----------------------------------------------------------

    PersistenceContext context() {
        return context;
    }

    EntityLoader loader() {
        return loader;
    }

    /**
     * How many entities the last flush's dirty check looked at. Enhanced entities that did not
     * change are not looked at, so with the agent this follows what changed, not the context's size.
     */
    public int lastFlushVisited() {
        return lastFlushVisited;
    }

    /** How many lazy loads this session made (a test's view of a fetch plan). */
    public int lazyLoads() {
        return lazy.lazyLoads();
    }

    /** Throws IllegalStateException naming {@code operation} when the session is closed. */
    public void checkOpen(String operation) {
        if (!open) {
            throw SessionErrors.closed(operation);
        }
    }

    EntityPersister persisterOf(Object entity, String operation) {
        if (entity == null) {
            throw SessionErrors.illegalArgument(ErrorCode.NOT_AN_ENTITY, operation + "() was given null");
        }
        return persisterOf(entity.getClass(), operation);
    }

    EntityPersister persisterOf(Class<?> type, String operation) {
        if (type == null) {
            throw SessionErrors.illegalArgument(ErrorCode.NOT_AN_ENTITY, operation + "() was given a null class");
        }
        EntityPersister persister = factory.persister(type);
        if (persister == null) {
            try {
                factory.metadata().entity(type);
            } catch (IllegalArgumentException e) {
                throw SessionErrors.illegalArgument(ErrorCode.NOT_AN_ENTITY, operation + "() was given a "
                        + type.getName() + ", which " + e.getMessage());
            }
        }
        return persister;
    }

    EntityEntry managedEntry(Object entity, String operation) {
        EntityEntry entry = context.entry(entity);
        if (entry == null || !entry.managed()) {
            EntityModel model = persisterOf(entity, operation).entity();
            throw SessionErrors.illegalArgument(ErrorCode.NOT_MANAGED, operation + "() needs a managed " + model.name()
                    + " but was given a " + (entry == null ? "detached or new" : "removed") + " instance with id "
                    + model.id().get(entity));
        }
        return entry;
    }

    private static void checkId(EntityPersister persister, Object id, String operation) {
        EntityModel entity = persister.entity();
        AttributeModel idAttribute = entity.id();
        if (id == null) {
            throw SessionErrors.illegalArgument(ErrorCode.INVALID_ID, operation + "(" + entity.name()
                    + ", null): the id is null");
        }
        Class<?> expected = persister.idType();
        if (!expected.isInstance(id)) {
            throw SessionErrors.illegalArgument(ErrorCode.INVALID_ID, operation + "(" + entity.name() + ", " + id
                    + "): the id is a " + id.getClass().getName() + " but " + entity.name() + "." + idAttribute.name()
                    + " is a " + idAttribute.javaType().getName() + "; pass a " + expected.getSimpleName());
        }
    }

    @Override
    public String toString() {
        return "Session[" + context.size() + " entities" + (tx.isActive() ? ", in a transaction" : "")
                + (open ? "" : ", closed") + "]";
    }
}
