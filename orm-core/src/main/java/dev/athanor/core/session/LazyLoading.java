package dev.athanor.core.session;

import dev.athanor.core.config.SessionSettings;
import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.error.ErrorMessage;
import dev.athanor.core.meta.AttributeModel;
import dev.athanor.core.meta.EntityModel;
import dev.athanor.runtime.AttributeTracker;
import dev.athanor.runtime.LazyLoader;
import dev.athanor.runtime.ManagedEntity;
import dev.athanor.runtime.TrackedToMany;
import jakarta.persistence.PersistenceException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What enhanced instances of one session call back: a first change puts the entry on the work
 * list; a read of an unloaded attribute loads it. The id of an entity whose INSERT is pending
 * flushes the pending inserts; a reference loads its state; a lazy basic attribute its column; a
 * tracked collection (of an enhanced owner or not: the slot is then the attribute index, see
 * {@link EntityPersister#collectionSlot}) its elements, each for a batch of siblings. Every lazy load is counted by entity, attribute and call site, and
 * past {@code athanor.lazy.warn_threshold} from one site a warning on {@code dev.athanor.LAZY} names
 * it; {@code athanor.lazy=raise} makes a lazy load an error. Once the session is closed, or the
 * instance detached, a read of an unloaded attribute fails, or with
 * {@code athanor.lazy.after_close=load} loads through a short-lived session.
 */
final class LazyLoading implements LazyLoader {

    private static final Logger LAZY = LoggerFactory.getLogger("dev.athanor.LAZY");
    private static final StackWalker WALKER = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);

    private final Session session;
    private final Map<String, int[]> loadsBySite = new HashMap<>();
    private int lazyLoads;

    LazyLoading(Session session) {
        this.session = session;
    }

    @Override
    public void dirtied(AttributeTracker tracker) {
        if (tracker instanceof EntityEntry entry && !entry.gone && session.isOpen()) {
            session.context().toWork(entry);
        }
    }

    @Override
    public void load(Object entity, AttributeTracker tracker, int slot) {
        if (tracker instanceof CleanState clean) {
            loadClean(entity, clean, slot);
            return;
        }
        EntityEntry entry = (EntityEntry) tracker;
        EntityPersister persister = entry.persister;
        EntityModel model = persister.entity();
        int attributeIndex = persister.tracking().attributeOfTrackerSlot(slot);
        if (attributeIndex < 0) {
            entry.loaded(slot);
            return;
        }
        AttributeModel attribute = model.attributes().get(attributeIndex);
        if (attribute.id()) {
            // only the id of an entity whose INSERT is pending is unloaded: reading it inserts
            if (!entry.gone && session.isOpen() && entry.pendingInsert() && session.transaction().isActive()) {
                session.insertPending();
            }
            return;
        }
        SessionSettings settings = session.factory().settings();
        if (entry.gone || !session.isOpen()) {
            afterClose(entry, attribute, settings);
            return;
        }
        admit(model, attribute, what(entry));
        int batch = settings.lazyBatchSize();
        session.withConnection(connection -> {
            if (entry.hollow) {
                session.loader().loadReferences(connection, entry.instance, persister, batch);
            } else if (attribute.kind().toMany()) {
                session.loader().collections().load(connection, entry.instance, persister, attribute, batch);
            } else if (persister.tracking().lazyBasics().contains(attribute)) {
                session.loader().loadLazy(connection, entry, attribute, batch);
            } else if (persister.tracking().deferredToOnes().contains(attribute)) {
                session.loader().loadDeferredToOne(connection, entry, attribute, batch);
            } else {
                entry.loaded(slot);
            }
            return null;
        });
    }

    /**
     * A read of what a clean instance has not loaded. A reference loads with its siblings and stays
     * clean; a lazy basic attribute or a collection is loaded into the instance's own entry. Once
     * its context let go of it, it is detached: it gets an entry of its own, outside any context, and
     * the read goes on as for any detached instance.
     */
    private void loadClean(Object entity, CleanState clean, int slot) {
        if (clean.dead() || !session.isOpen()) {
            EntityEntry detached = new EntityEntry(entity, clean.persister);
            detached.loader(this);
            detached.hollow = clean.hollow;
            CleanState.markUnloaded(detached, clean.persister, clean.hollow);
            detached.id = clean.persister.entity().id().get(entity);
            detached.inDatabase = true;
            detached.gone = true;
            ((ManagedEntity) entity).$athanor$tracker(detached);
            load(entity, detached, slot);
            return;
        }
        EntityModel model = clean.persister.entity();
        int index = clean.persister.tracking().attributeOfTrackerSlot(slot);
        AttributeModel attribute = index < 0 ? null : model.attributes().get(index);
        boolean reference = clean.hollow && attribute != null && !attribute.id();
        if (!reference && (attribute == null || !attribute.kind().toMany())) {
            EntityEntry entry = session.context().entry(entity); // a lazy basic attribute: what it loads is its own
            if (entry != null) {
                load(entity, entry, slot);
            }
            return;
        }
        admit(model, attribute, (reference ? "a reference to " : "not loaded with ") + model.name() + " with id "
                + model.id().get(entity) + (reference ? " whose state was not loaded" : ""));
        int batch = session.factory().settings().lazyBatchSize();
        session.withConnection(connection -> { // the references and the collection stay clean: nothing of their own
            if (reference) {
                session.loader().loadReferences(connection, entity, clean.persister, batch);
            } else {
                session.loader().collections().load(connection, entity, clean.persister, attribute, batch);
            }
            return null;
        });
    }

    /**
     * Before a lazy load of {@code attribute} ({@code what}: of which instance): refuses it under
     * {@code athanor.lazy=raise}, else counts it for its call site.
     */
    private void admit(EntityModel model, AttributeModel attribute, String what) {
        SessionSettings settings = session.factory().settings();
        String site = callSite();
        if (settings.lazy() == SessionSettings.Lazy.RAISE) {
            throw raised(model, attribute, what, site);
        }
        count(model, attribute, site, settings.lazyWarnThreshold());
    }

    private static PersistenceException raised(EntityModel model, AttributeModel attribute, String what, String site) {
        return new PersistenceException(ErrorMessage.of(ErrorCode.LAZY_RAISED, "a lazy load of " + model.name() + "."
                + attribute.name() + " (" + what + ") at " + site)
                .detail("entity", model.name()).detail("attribute", attribute.name()).detail("call site", site)
                .hint("Fetch " + model.name() + "." + attribute.name() + " with the query that loads it (JOIN FETCH"
                        + " or an entity graph), or drop athanor.lazy=raise.").render());
    }

    /** How many lazy loads this session made. */
    int lazyLoads() {
        return lazyLoads;
    }

    private static String what(EntityEntry entry) {
        return entry.hollow ? "a reference to " + entry.describe() + " whose state was not loaded"
                : "not loaded with " + entry.describe();
    }

    private void afterClose(EntityEntry entry, AttributeModel attribute, SessionSettings settings) {
        EntityModel model = entry.persister.entity();
        if (settings.lazyAfterClose() == SessionSettings.AfterClose.LOAD && entry.id != null) {
            if (attribute.kind().toMany() && !entry.hollow) {
                loadDetachedCollection(entry, attribute);
            } else {
                loadDetached(entry, attribute);
            }
            return;
        }
        String state = session.isOpen() ? "the instance was detached (detach(), clear() or a rollback)"
                : "its EntityManager is closed";
        throw SessionErrors.illegalState(ErrorCode.LAZY_AFTER_CLOSE, model.name() + "." + attribute.name() + " of "
                + entry.describe() + " was read, but it is not loaded and " + state + "; at " + callSite()
                + ". Fetch it with the query (JOIN FETCH " + model.name() + "." + attribute.name()
                + " or an entity graph), read it before the EntityManager closes, or set athanor.lazy.after_close=load");
    }

    /** Reads a detached instance's unloaded collection through a session of its own, closed again at once. */
    private void loadDetachedCollection(EntityEntry entry, AttributeModel attribute) {
        try (Session shortLived = session.factory().openSession()) {
            Object fresh = shortLived.find(entry.persister.entity().javaType(), entry.id, null);
            if (fresh == null) {
                throw SessionErrors.notFound(entry.persister.entity().name(), entry.id, "a detached instance's"
                        + " unloaded " + attribute.name() + " was read, but its row is gone");
            }
            List<Object> elements = new ArrayList<>(CollectionTracking.loadedElements(attribute.get(fresh)));
            if (attribute.get(entry.instance) instanceof TrackedToMany<?> collection && !collection.isLoaded()) {
                @SuppressWarnings("unchecked")
                TrackedToMany<Object> own = (TrackedToMany<Object>) collection;
                own.fill(elements);
            }
        }
    }

    /** Reads what is missing through a session of its own, which is closed again at once. */
    private void loadDetached(EntityEntry entry, AttributeModel attribute) {
        EntityPersister persister = entry.persister;
        try (Session shortLived = session.factory().openSession()) {
            Object fresh = shortLived.find(persister.entity().javaType(), entry.id, null);
            if (fresh == null) {
                throw SessionErrors.notFound(persister.entity().name(), entry.id, "a detached instance's unloaded "
                        + attribute.name() + " was read, but its row is gone");
            }
            if (fresh instanceof ManagedEntity managed) {
                // read what the short-lived session could still load lazily, while it is open
                AttributeTracker tracker = managed.$athanor$tracker();
                for (AttributeModel lazy : persister.tracking().lazyAttributes()) {
                    int slot = persister.tracking().slotOfAttribute(lazy.index());
                    if (entry.isUnloaded(slot) && (entry.hollow || lazy == attribute) && tracker != null) {
                        tracker.read(fresh, slot);
                    }
                }
            }
            for (AttributeModel copied : persister.entity().attributes()) {
                int slot = persister.tracking().slotOfAttribute(copied.index());
                if (copied.kind().toMany()) {
                    // the short-lived session's collection dies with it: a copy of what it holds, loaded now
                    if (entry.hollow && entry.isUnloaded(slot)) {
                        copied.set(entry.instance, CollectionTracking.plain(persister, copied,
                                CollectionTracking.loadedElements(copied.get(fresh))));
                        entry.loaded(slot);
                    }
                    continue;
                }
                if (!copied.id() && entry.isUnloaded(slot) && (entry.hollow || copied == attribute)) {
                    EntityColumns.set(copied, entry.instance, copied.get(fresh));
                    entry.loaded(slot);
                }
            }
            entry.hollow = false;
        }
    }

    private void count(EntityModel model, AttributeModel attribute, String site, int threshold) {
        lazyLoads++;
        int[] count = loadsBySite.computeIfAbsent(model.name() + "." + attribute.name() + " at " + site, k -> new int[1]);
        if (++count[0] == threshold) {
            LAZY.warn("{} lazy loads of {}.{} from {}; each is a query (batched by athanor.lazy.batch_size). Fetch it"
                    + " with the query that loads the {} (JOIN FETCH or an entity graph) to make it one", threshold,
                    model.name(), attribute.name(), site, model.name());
        }
    }

    /** The first frame outside Athanor and outside the entity classes (whose getters do the reading). */
    static String callSite() {
        Optional<StackWalker.StackFrame> frame = WALKER.walk(frames -> frames.filter(f -> {
            Class<?> type = f.getDeclaringClass();
            return !type.getName().startsWith("dev.athanor.core.") && !type.getName().startsWith("dev.athanor.runtime.")
                    && !type.getName().startsWith("dev.athanor.jpa.") && !ManagedEntity.class.isAssignableFrom(type)
                    && !f.getMethodName().startsWith("$athanor$");
        }).findFirst());
        return frame.map(f -> f.getClassName() + "." + f.getMethodName() + "(" + f.getFileName() + ":"
                + f.getLineNumber() + ")").orElse("an unknown call site");
    }
}
