package dev.athanor.core.schema;

import dev.athanor.core.sql.ast.ForeignKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The order in which tables are created: every table after the tables its foreign keys reference,
 * found depth-first in model order so that the result is stable. Foreign keys form a cycle when a
 * table is reached again while its own references are still being followed; the order then breaks
 * the cycle; {@link #pointsBack} tells the foreign keys that point forward, reported with the
 * first cycle found, for the generator to add after the tables (or to refuse).
 */
final class TableOrder {

    private final Map<String, EntityTable> byName = new LinkedHashMap<>();
    private final Map<String, Boolean> done = new HashMap<>();
    private final List<String> path = new ArrayList<>();
    private final List<EntityTable> ordered = new ArrayList<>();
    private List<String> firstCycle = List.of();

    TableOrder(List<EntityTable> tables) {
        tables.forEach(t -> byName.putIfAbsent(t.name(), t));
        byName.keySet().forEach(this::visit);
    }

    /** Visits a table's references, then places it; {@code done} is false while its references are followed. */
    private void visit(String name) {
        Boolean state = done.get(name);
        if (state != null) {
            if (!state && firstCycle.isEmpty()) {
                List<String> cycle = new ArrayList<>(path.subList(path.indexOf(name), path.size()));
                cycle.add(name);
                firstCycle = List.copyOf(cycle);
            }
            return;
        }
        done.put(name, false);
        path.add(name);
        for (ForeignKey key : byName.get(name).foreignKeys()) {
            if (!key.referencedTable().equals(name) && byName.containsKey(key.referencedTable())) {
                visit(key.referencedTable());
            }
        }
        path.remove(path.size() - 1);
        done.put(name, true);
        ordered.add(byName.get(name));
    }

    /** The tables, each after those it references (apart from the cycle-breaking forward keys). */
    List<EntityTable> ordered() {
        return ordered;
    }

    /** Whether {@code key} of {@code table} references a table created before it, or the table itself. */
    boolean pointsBack(EntityTable table, ForeignKey key) {
        int referenced = indexOf(key.referencedTable());
        return referenced < 0 || referenced <= ordered.indexOf(table);
    }

    /** A cycle of table names, first and last the same, or empty when the foreign keys form none. */
    List<String> firstCycle() {
        return firstCycle;
    }

    private int indexOf(String table) {
        for (int i = 0; i < ordered.size(); i++) {
            if (ordered.get(i).name().equals(table)) {
                return i;
            }
        }
        return -1;
    }
}
