package dev.athanor.core.session;

import dev.athanor.core.meta.AttributeModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * Decides what a flush writes and in which order; {@link FlushExecutor} turns that into
 * statements. Inserts go parents first: entity types in the order their foreign keys impose, and
 * within a type that refers to itself, by level: a pending entity's level is one above the highest
 * level of the pending entities it refers to, so that rows of one level never depend on each
 * other and may share a batch (an IDENTITY child needs its parent's id before its row is built).
 * Where types refer to each other in a cycle, levels come first. Rows keep persist order within
 * a batch. Deletes go the other way, children first.
 */
final class FlushPlanner {

    /** {@link EntityEntry#flushLevel} while unknown, and while its dependencies are being walked. */
    private static final int UNKNOWN = -1;
    private static final int VISITING = -2;

    private final SessionFactory factory;
    private final PersistenceContext context;

    FlushPlanner(SessionFactory factory, PersistenceContext context) {
        this.factory = factory;
        this.context = context;
    }

    /** The pending inserts, in batches of one entity type each, in an order foreign keys allow. */
    List<List<EntityEntry>> insertBatches() {
        return batches(EntityEntry::pendingInsert, false);
    }

    /** The removed entries, in batches of one entity type each, children before parents. */
    List<List<EntityEntry>> deleteBatches() {
        return batches(e -> e.status == EntityEntry.Status.REMOVED && e.inDatabase, true);
    }

    private List<List<EntityEntry>> batches(Predicate<EntityEntry> member, boolean childrenFirst) {
        List<EntityEntry> entries = new ArrayList<>();
        boolean references = false;
        boolean mixed = false;
        for (EntityEntry entry : context.work()) {
            if (!entry.gone && member.test(entry)) {
                references |= !entry.persister.toOnes().isEmpty();
                mixed |= !entries.isEmpty() && entries.get(0).persister != entry.persister;
                entries.add(entry);
            }
        }
        if (entries.isEmpty()) {
            return List.of();
        }
        for (EntityEntry entry : entries) {
            entry.flushLevel = references ? UNKNOWN : 0;
        }
        if (references) {
            for (EntityEntry entry : entries) {
                level(entry, member);
            }
        }
        // with no cycle between types, all rows of a parent type precede those of its children,
        // and levels only order rows of one type that refer to each other
        boolean byType = factory.ranksAreTopological();
        if (mixed || references) {
            Comparator<EntityEntry> rank = Comparator.comparingInt(e -> e.persister.insertRank());
            Comparator<EntityEntry> level = Comparator.comparingInt(e -> e.flushLevel);
            Comparator<EntityEntry> primary = byType ? rank.thenComparing(level) : level.thenComparing(rank);
            // a stable sort: entries of equal keys keep the order they entered the context
            entries.sort((childrenFirst ? primary.reversed() : primary).thenComparing(e -> e.persister,
                    FlushPlanner::byEntityName));
        }
        int batchSize = factory.settings().batchSize();
        List<List<EntityEntry>> batches = new ArrayList<>();
        List<EntityEntry> current = null;
        for (EntityEntry entry : entries) {
            if (current == null || current.get(0).persister != entry.persister || current.size() == batchSize
                    || (current.get(current.size() - 1).flushLevel != entry.flushLevel
                            && (!byType || entry.persister.selfReferencing()))) {
                current = new ArrayList<>();
                batches.add(current);
            }
            current.add(entry);
        }
        return batches;
    }

    private static int byEntityName(EntityPersister a, EntityPersister b) {
        return a == b ? 0 : a.entity().name().compareTo(b.entity().name());
    }

    private int level(EntityEntry entry, Predicate<EntityEntry> member) {
        if (entry.flushLevel >= 0) {
            return entry.flushLevel;
        }
        if (entry.flushLevel == VISITING) {
            return 0; // a cycle of references: the database's constraint will say which row it refuses
        }
        entry.flushLevel = VISITING;
        int level = 0;
        for (AttributeModel attribute : entry.persister.toOnes()) {
            Object target = attribute.get(entry.instance);
            EntityEntry dependency = target == null || target == entry.instance ? null : context.existingEntry(target);
            if (dependency != null && member.test(dependency)) {
                level = Math.max(level, 1 + level(dependency, member));
            }
        }
        entry.flushLevel = level;
        return level;
    }
}
