package dev.athanor.core.meta.build;

import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.meta.AttributeModel.AccessKind;
import dev.athanor.core.meta.EntityModel;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.IdClass;
import jakarta.persistence.Inheritance;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SecondaryTable;
import jakarta.persistence.SecondaryTables;
import jakarta.persistence.Table;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads one {@code @Entity} class into an {@link EntityDraft}: its name (a mapping file's, else
 * {@code @Entity(name)}, else the unqualified class name) and table (by default the entity
 * name, as the specification says), its mapped superclasses, access type, attributes, id and
 * version.
 */
final class EntityReader {

    private static final List<Class<? extends Annotation>> NOT_YET = List.of(Inheritance.class, IdClass.class,
            SecondaryTable.class, SecondaryTables.class);

    private final MappingProblems problems;
    private final MemberScanner scanner;
    private final AttributeReader attributes;
    private final GeneratorRegistry generators;
    private final Accessors accessors;
    private final MappingOverrides overrides;

    EntityReader(MappingProblems problems, MemberScanner scanner, AttributeReader attributes,
            GeneratorRegistry generators, Accessors accessors, MappingOverrides overrides) {
        this.overrides = overrides;
        this.problems = problems;
        this.scanner = scanner;
        this.attributes = attributes;
        this.generators = generators;
        this.accessors = accessors;
    }

    EntityDraft read(Class<?> type) {
        for (Class<? extends Annotation> annotation : NOT_YET) {
            if (type.isAnnotationPresent(annotation)) {
                problems.add(ErrorCode.UNSUPPORTED_MAPPING, type, null, "@" + annotation.getSimpleName()
                        + " is not supported yet", "Remove it; this version maps each entity to one table.");
            }
        }
        Entity entity = type.getAnnotation(Entity.class);
        String name = overrides.entityName(type)
                .orElse(entity.name().isEmpty() ? type.getSimpleName() : entity.name());
        List<Class<?>> supertypes = mappedSuperclasses(type);
        List<Class<?>> hierarchy = new ArrayList<>(supertypes);
        hierarchy.add(0, type);
        AccessKind access = MemberScanner.accessOf(type, MemberScanner.defaultAccess(hierarchy));
        EntityDraft draft = new EntityDraft(type, name, table(type, name), access, supertypes);
        readAttributes(draft, hierarchy);
        checkIdAndVersion(draft);
        accessors.constructor(type).ifPresent(constructor -> draft.constructor = constructor);
        return draft;
    }

    private void readAttributes(EntityDraft draft, List<Class<?>> hierarchy) {
        // overrides on the entity class reach the attributes it inherits from mapped superclasses
        EmbeddingOverrides classOverrides = EmbeddingOverrides.of(draft.type);
        AccessKind hierarchyDefault = MemberScanner.defaultAccess(hierarchy);
        Set<String> names = new HashSet<>();
        for (int i = hierarchy.size() - 1; i >= 0; i--) {
            Class<?> declaring = hierarchy.get(i);
            for (PersistentMember member : scanner.scan(declaring, hierarchyDefault)) {
                if (!names.add(member.name())) {
                    problems.add(ErrorCode.UNSUPPORTED_MAPPING, declaring, member.name(), "an attribute of this name"
                            + " is already inherited from a mapped superclass",
                            "Rename one of them, or mark this one @Transient.");
                    continue;
                }
                attributes.read(member, draft.table.name(), classOverrides).ifPresent(draft.attributes::add);
            }
        }
        attributes.checkConverts(draft.type, "", classOverrides.converts().keySet(), draft.attributes);
    }

    private void checkIdAndVersion(EntityDraft draft) {
        List<AttributeDraft> ids = draft.ids();
        if (ids.isEmpty()) {
            problems.add(ErrorCode.MISSING_ID, draft.type, null, "the entity has no @Id attribute");
        } else if (ids.size() > 1) {
            problems.add(ErrorCode.UNSUPPORTED_MAPPING, draft.type, null, "it has " + ids.size() + " @Id attributes "
                    + ids.stream().map(AttributeDraft::name).toList() + "; composite ids are not supported yet",
                    "Use one @Id attribute for now.");
        } else {
            AttributeDraft id = ids.get(0);
            draft.idGeneration = generators.resolve(draft.type, id.member, draft.table.name(),
                    id.member.annotation(GeneratedValue.class));
        }
        List<String> versions = draft.attributes.stream().filter(a -> a.version).map(AttributeDraft::name).toList();
        if (versions.size() > 1) {
            problems.add(ErrorCode.MISPLACED_ANNOTATION, draft.type, null, "it has " + versions.size()
                    + " @Version attributes " + versions, "Keep @Version on one attribute.");
        }
    }

    /** The @MappedSuperclass classes above {@code type}, nearest first; an entity above it is reported. */
    private List<Class<?>> mappedSuperclasses(Class<?> type) {
        List<Class<?>> found = new ArrayList<>();
        for (Class<?> c = type.getSuperclass(); c != null && c != Object.class; c = c.getSuperclass()) {
            if (c.isAnnotationPresent(Entity.class)) {
                problems.add(ErrorCode.UNSUPPORTED_MAPPING, type, null, "it extends the entity " + c.getName()
                        + "; entity inheritance is not supported yet",
                        "Make " + c.getSimpleName() + " a @MappedSuperclass, or stop extending it.");
            } else if (c.isAnnotationPresent(MappedSuperclass.class)) {
                found.add(c);
            }
        }
        return found;
    }

    private static EntityModel.TableName table(Class<?> type, String entityName) {
        Table table = type.getAnnotation(Table.class);
        if (table == null) {
            return new EntityModel.TableName(entityName, null, null);
        }
        return new EntityModel.TableName(table.name().isEmpty() ? entityName : table.name(),
                table.schema().isEmpty() ? null : table.schema(), table.catalog().isEmpty() ? null : table.catalog());
    }
}
