package dev.athanor.core.meta.build;

import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.meta.InheritanceModel;
import dev.athanor.core.meta.InheritanceModel.DiscriminatorModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Links the entity classes of each SINGLE_TABLE hierarchy once every entity is read: a root with
 * entity subclasses (or declaring {@code @Inheritance} or {@code @DiscriminatorColumn}) and those
 * subclasses get their {@link InheritanceModel}, each concrete class its discriminator value (the
 * entity name by default for a STRING discriminator, as the specification says), and the subclasses
 * the root's id generation. Reports a superclass entity that is not listed, duplicate or malformed
 * discriminator values, and abstract entities without concrete subclasses.
 */
final class HierarchyLinker {

    private final MappingProblems problems;
    private final Map<Class<?>, EntityDraft> entities;

    HierarchyLinker(MappingProblems problems, Map<Class<?>, EntityDraft> entities) {
        this.problems = problems;
        this.entities = entities;
    }

    void linkAll() {
        Map<Class<?>, List<EntityDraft>> byRoot = new LinkedHashMap<>();
        for (EntityDraft draft : entities.values()) {
            if (draft.parent != null && !entities.containsKey(draft.parent)) {
                problems.add(ErrorCode.INVALID_INHERITANCE, draft.type, null, "it extends the entity "
                        + draft.parent.getName() + ", which is not among the managed classes",
                        "List " + draft.parent.getName() + " in the persistence unit (or make it a @MappedSuperclass).");
                continue;
            }
            byRoot.computeIfAbsent(draft.root, r -> new ArrayList<>()).add(draft);
        }
        byRoot.forEach((root, members) -> link(entities.get(root), members));
        for (EntityDraft draft : entities.values()) {
            if (draft.abstractClass && draft.inheritance == null) {
                problems.add(ErrorCode.NOT_INSTANTIABLE, draft.type, null, "the class is abstract and no entity"
                        + " class extends it", "Make it concrete, make it a @MappedSuperclass, or list its entity"
                        + " subclasses in the persistence unit.");
            }
        }
    }

    private void link(EntityDraft root, List<EntityDraft> members) {
        if (root == null || members.size() == 1 && !root.declaresInheritance) {
            return; // an entity of its own: no discriminator
        }
        DiscriminatorModel discriminator = root.discriminator;
        Map<Object, EntityDraft> byValue = new LinkedHashMap<>();
        Map<EntityDraft, Object> values = new LinkedHashMap<>();
        for (EntityDraft member : members) {
            Object value = member.abstractClass ? null : value(member, discriminator);
            if (value == null) {
                continue;
            }
            EntityDraft other = byValue.putIfAbsent(value, member);
            if (other != null) {
                problems.add(ErrorCode.INVALID_INHERITANCE, member.type, null, "its discriminator value '" + value
                        + "' is also that of " + other.type.getName() + " in the hierarchy of "
                        + root.type.getSimpleName(), "Give each class its own @DiscriminatorValue.");
            } else {
                values.put(member, value);
            }
        }
        for (EntityDraft member : members) {
            List<Object> below = new ArrayList<>();
            values.forEach((draft, value) -> {
                if (member.type.isAssignableFrom(draft.type)) {
                    below.add(value);
                }
            });
            member.inheritance = new InheritanceModel(root.type, member.parent, discriminator, values.get(member), below);
            if (member != root) {
                member.idGeneration = root.idGeneration;
            }
        }
    }

    /** The class's discriminator value as stored: declared, or its entity name for a STRING column. */
    private Object value(EntityDraft member, DiscriminatorModel discriminator) {
        String declared = member.discriminatorValue;
        switch (discriminator.type()) {
            case STRING:
                String value = declared != null ? declared : member.name;
                if (value.length() > discriminator.length()) {
                    problems.add(ErrorCode.INVALID_INHERITANCE, member.type, null, "its discriminator value '" + value
                            + "' is longer than the discriminator column's length " + discriminator.length(),
                            "Give it a shorter @DiscriminatorValue, or a longer @DiscriminatorColumn(length).");
                    return null;
                }
                return value;
            case CHAR:
                if (declared == null || declared.length() != 1) {
                    problems.add(ErrorCode.INVALID_INHERITANCE, member.type, null, declared == null
                            ? "it has no @DiscriminatorValue, and the CHAR discriminator " + discriminator.column()
                                    + " has no default"
                            : "its @DiscriminatorValue(\"" + declared + "\") is not one character, as the CHAR"
                                    + " discriminator " + discriminator.column() + " needs",
                            "Annotate it @DiscriminatorValue(\"X\") with a character of its own.");
                    return null;
                }
                return declared;
            default:
                try {
                    if (declared != null) {
                        return Integer.valueOf(declared.trim());
                    }
                } catch (NumberFormatException e) {
                    // reported below
                }
                problems.add(ErrorCode.INVALID_INHERITANCE, member.type, null, declared == null
                        ? "it has no @DiscriminatorValue, and the INTEGER discriminator " + discriminator.column()
                                + " has no default"
                        : "its @DiscriminatorValue(\"" + declared + "\") is not an integer, as the INTEGER"
                                + " discriminator " + discriminator.column() + " needs",
                        "Annotate it @DiscriminatorValue(\"1\") with a number of its own.");
                return null;
        }
    }
}
