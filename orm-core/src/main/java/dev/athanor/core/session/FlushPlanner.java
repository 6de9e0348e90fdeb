package dev.athanor.core.session;

import dev.athanor.core.meta.AttributeModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides what a flush writes and in which order; {@link FlushExecutor} turns that into
 * statements. Inserts go parents first: each pending entity gets a level one above the highest
 * level of the pending entities it refers to, so entities of one level never depend on each
 * other and may share a batch; within a level they are grouped by entity type (parents' types
 * first) and kept in persist order. Deletes go the other way, children first.
 */
final class FlushPlanner {

    private final SessionFactory factory;
    private final PersistenceContext context;

    FlushPlanner(SessionFactory factory, PersistenceContext context) {
        this.factory = factory;
        this.context = context;
    }

    /** The pending inserts, in batches of one entity type each, in an order foreign keys allow. */
    List<List<EntityEntry>> insertBatches() {
        List<EntityEntry> pending = new ArrayList<>();
        for (EntityEntry entry : context.unordered()) {
            if (entry.pendingInsert()) {
                pending.add(entry);
            }
        }
        return batches(pending, false);
    }

    /** The removed entries, in batches of one entity type each, children before parents. */
    List<List<EntityEntry>> deleteBatches() {
        List<EntityEntry> removed = new ArrayList<>();
        for (EntityEntry entry : context.unordered()) {
            if (entry.status == EntityEntry.Status.REMOVED && entry.inDatabase) {
                removed.add(entry);
            }
        }
        return batches(removed, true);
    }

    private List<List<EntityEntry>> batches(List<EntityEntry> entries, boolean childrenFirst) {
        if (entries.isEmpty()) {
            return List.of();
        }
        Map<Object, EntityEntry> members = new IdentityHashMap<>();
        entries.forEach(e -> members.put(e.instance, e));
        Map<EntityEntry, Integer> levels = new IdentityHashMap<>();
        for (EntityEntry entry : entries) {
            level(entry, members, levels, new IdentityHashMap<>());
        }
        Comparator<EntityEntry> order = Comparator.<EntityEntry>comparingInt(levels::get)
                .thenComparingInt(e -> factory.insertRank(e.persister.entity().javaType()))
                .thenComparing(e -> e.persister.entity().name())
                .thenComparingLong(e -> e.sequence);
        entries.sort(childrenFirst ? Comparator.<EntityEntry>comparingInt(levels::get).reversed()
                .thenComparing(Comparator.<EntityEntry>comparingInt(
                        e -> factory.insertRank(e.persister.entity().javaType())).reversed())
                .thenComparing(e -> e.persister.entity().name())
                .thenComparingLong(e -> e.sequence) : order);
        int batchSize = factory.settings().batchSize();
        List<List<EntityEntry>> batches = new ArrayList<>();
        List<EntityEntry> current = null;
        for (EntityEntry entry : entries) {
            if (current == null || current.get(0).persister != entry.persister
                    || !levels.get(current.get(0)).equals(levels.get(entry)) || current.size() == batchSize) {
                current = new ArrayList<>();
                batches.add(current);
            }
            current.add(entry);
        }
        return batches;
    }

    private static int level(EntityEntry entry, Map<Object, EntityEntry> members, Map<EntityEntry, Integer> levels,
            Map<EntityEntry, Boolean> visiting) {
        Integer known = levels.get(entry);
        if (known != null) {
            return known;
        }
        if (visiting.put(entry, Boolean.TRUE) != null) {
            return 0; // a cycle of references: the database's constraint will say which row it refuses
        }
        int level = 0;
        for (AttributeModel attribute : entry.persister.entity().attributes()) {
            if (attribute.kind().toOne()) {
                Object target = attribute.get(entry.instance);
                EntityEntry dependency = target == null || target == entry.instance ? null : members.get(target);
                if (dependency != null) {
                    level = Math.max(level, 1 + level(dependency, members, levels, visiting));
                }
            }
        }
        visiting.remove(entry);
        levels.put(entry, level);
        return level;
    }
}
