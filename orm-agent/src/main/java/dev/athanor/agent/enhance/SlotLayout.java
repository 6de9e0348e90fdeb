package dev.athanor.agent.enhance;

import java.util.ArrayList;
import java.util.List;

/**
 * The slots of a class being enhanced: those its enhanced superclasses number first, then its own tracked
 * fields in class-file order.
 *
 * @param owner              the internal name of the class being enhanced
 * @param enhancedSuperclass its direct superclass when that is enhanced too (and declares the tracker), else null
 * @param inherited          the names of the superclasses' slots, topmost class first
 * @param own                the class's own tracked fields, numbered after {@code inherited}
 */
record SlotLayout(String owner, String enhancedSuperclass, List<String> inherited, List<TrackedField> own) {

    SlotLayout {
        inherited = List.copyOf(inherited);
        own = List.copyOf(own);
    }

    /** The topmost enhanced class of its hierarchy: it declares the tracker and implements ManagedEntity. */
    boolean isRoot() {
        return enhancedSuperclass == null;
    }

    int slotCount() {
        return inherited.size() + own.size();
    }

    /** Every slot's name, in slot order: what {@code $athanor$FIELDS} holds. */
    List<String> names() {
        List<String> names = new ArrayList<>(inherited);
        own.forEach(field -> names.add(field.name()));
        return names;
    }

    TrackedField ownField(String name, String descriptor) {
        for (TrackedField field : own) {
            if (field.name().equals(name) && field.descriptor().equals(descriptor)) {
                return field;
            }
        }
        return null;
    }

    /** The dotted name, as messages show it. */
    String className() {
        return owner.replace('/', '.');
    }
}
