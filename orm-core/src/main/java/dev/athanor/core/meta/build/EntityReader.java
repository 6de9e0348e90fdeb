package dev.athanor.core.meta.build;

import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.meta.AttributeModel.AccessKind;
import dev.athanor.core.meta.EntityModel;
import dev.athanor.core.meta.InheritanceModel;
import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.IdClass;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SecondaryTable;
import jakarta.persistence.SecondaryTables;
import jakarta.persistence.Table;
import java.lang.annotation.Annotation;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads one {@code @Entity} class into an {@link EntityDraft}: its name (a mapping file's, else
 * {@code @Entity(name)}, else the unqualified class name) and table (by default the entity
 * name, as the specification says), its mapped superclasses, access type, attributes, id and
 * version. A subclass of another entity inherits its attributes and is stored in the root's table
 * (SINGLE_TABLE, the one strategy mapped); {@link HierarchyLinker} then links the classes of each hierarchy.
 */
final class EntityReader {

    private static final List<Class<? extends Annotation>> NOT_YET = List.of(IdClass.class,
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
        String name = entityName(type);
        List<Class<?>> hierarchy = managedSuperclasses(type);
        hierarchy.add(0, type);
        Class<?> parent = hierarchy.stream().skip(1).filter(c -> c.isAnnotationPresent(Entity.class)).findFirst()
                .orElse(null);
        Class<?> root = type;
        for (Class<?> c : hierarchy) {
            if (c.isAnnotationPresent(Entity.class)) {
                root = c;
            }
        }
        List<Class<?>> supertypes = hierarchy.subList(1, parent == null ? hierarchy.size() : hierarchy.indexOf(parent));
        AccessKind access = MemberScanner.accessOf(type, MemberScanner.defaultAccess(hierarchy));
        EntityDraft draft = new EntityDraft(type, name, root == type ? table(type, name) : table(root, entityName(root)),
                access, supertypes);
        draft.parent = parent;
        draft.root = root;
        if (root == type) {
            readInheritance(draft);
        } else {
            checkSubclassAnnotations(draft);
        }
        readAttributes(draft, hierarchy);
        checkIdAndVersion(draft);
        if (Modifier.isAbstract(type.getModifiers()) && !type.isInterface()) {
            draft.abstractClass = true; // an abstract class of a hierarchy has no instances; checked once hierarchies are known
        } else {
            accessors.constructor(type).ifPresent(constructor -> draft.constructor = constructor);
        }
        DiscriminatorValue value = type.getAnnotation(DiscriminatorValue.class);
        draft.discriminatorValue = value == null ? null : value.value();
        return draft;
    }

    private String entityName(Class<?> type) {
        Entity entity = type.getAnnotation(Entity.class);
        return overrides.entityName(type).orElse(entity.name().isEmpty() ? type.getSimpleName() : entity.name());
    }

    /** The root's {@code @Inheritance} and {@code @DiscriminatorColumn}: SINGLE_TABLE is the one strategy mapped. */
    private void readInheritance(EntityDraft draft) {
        Inheritance inheritance = draft.type.getAnnotation(Inheritance.class);
        if (inheritance != null && inheritance.strategy() != InheritanceType.SINGLE_TABLE) {
            problems.add(ErrorCode.UNSUPPORTED_MAPPING, draft.type, null, "@Inheritance(strategy = "
                    + inheritance.strategy() + ") is not supported; Athanor maps SINGLE_TABLE hierarchies only",
                    "Use @Inheritance(strategy = InheritanceType.SINGLE_TABLE) (the default, also without"
                            + " @Inheritance): every class of the hierarchy in " + draft.table.name() + ".");
        }
        draft.declaresInheritance = inheritance != null || draft.type.isAnnotationPresent(DiscriminatorColumn.class);
        DiscriminatorColumn column = draft.type.getAnnotation(DiscriminatorColumn.class);
        if (column == null) {
            draft.discriminator = new InheritanceModel.DiscriminatorModel("DTYPE",
                    InheritanceModel.DiscriminatorModel.Type.STRING, 31);
            return;
        }
        if (!column.columnDefinition().isEmpty() || !column.options().isEmpty()) {
            problems.add(ErrorCode.UNSUPPORTED_MAPPING, draft.type, null, "@DiscriminatorColumn(columnDefinition,"
                    + " options) is not supported", "Remove them; name, discriminatorType and length are.");
        }
        InheritanceModel.DiscriminatorModel.Type type = switch (column.discriminatorType()) {
            case STRING -> InheritanceModel.DiscriminatorModel.Type.STRING;
            case CHAR -> InheritanceModel.DiscriminatorModel.Type.CHAR;
            case INTEGER -> InheritanceModel.DiscriminatorModel.Type.INTEGER;
        };
        int length = type == InheritanceModel.DiscriminatorModel.Type.CHAR ? 1 : column.length();
        draft.discriminator = new InheritanceModel.DiscriminatorModel(column.name().isEmpty() ? "DTYPE" : column.name(),
                type, length);
    }

    /** What only the root of a SINGLE_TABLE hierarchy may say. */
    private void checkSubclassAnnotations(EntityDraft draft) {
        String root = draft.root.getSimpleName();
        if (draft.type.isAnnotationPresent(Table.class)) {
            problems.add(ErrorCode.UNSUPPORTED_MAPPING, draft.type, null, "it has @Table, but it extends the entity "
                    + root + " of a SINGLE_TABLE hierarchy, whose rows all go to " + root + "'s table "
                    + draft.table.name(), "Remove @Table from " + draft.type.getSimpleName() + "; name the table on "
                    + root + ".");
        }
        for (Class<? extends Annotation> rootOnly : List.of(Inheritance.class, DiscriminatorColumn.class)) {
            if (draft.type.isAnnotationPresent(rootOnly)) {
                problems.add(ErrorCode.MISPLACED_ANNOTATION, draft.type, null, "@" + rootOnly.getSimpleName()
                        + " belongs on the root of the hierarchy, " + root,
                        "Move it to " + root + ".");
            }
        }
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
                            + " is already inherited from a superclass",
                            "Rename one of them, or mark this one @Transient.");
                    continue;
                }
                attributes.read(member, draft.table.name(), classOverrides).ifPresent(draft.attributes::add);
            }
        }
        attributes.checkConverts(draft.type, "", classOverrides.converts().keySet(), draft.attributes);
    }

    private void checkIdAndVersion(EntityDraft draft) {
        if (draft.root != draft.type) {
            // the id and version are the root's: a subclass may not declare its own
            boolean misplaced = false;
            for (AttributeDraft attribute : draft.attributes) {
                boolean own = !attribute.member.declaringClass().isAssignableFrom(draft.root);
                if (own && (attribute.id || attribute.version)) {
                    problems.add(ErrorCode.MISPLACED_ANNOTATION, attribute.member.declaringClass(), attribute.name(),
                            "it is an @" + (attribute.id ? "Id" : "Version") + " below " + draft.root.getSimpleName()
                                    + ", the root of its hierarchy; the root's id and version are every subclass's",
                            "Remove it: the id and the version are declared once, on " + draft.root.getSimpleName()
                                    + " (or a @MappedSuperclass above it).");
                    misplaced = true;
                }
            }
            if (misplaced) {
                return;
            }
        }
        List<AttributeDraft> ids = draft.ids();
        if (ids.isEmpty()) {
            problems.add(ErrorCode.MISSING_ID, draft.type, null, "the entity has no @Id attribute");
        } else if (ids.size() > 1) {
            problems.add(ErrorCode.UNSUPPORTED_MAPPING, draft.type, null, "it has " + ids.size() + " @Id attributes "
                    + ids.stream().map(AttributeDraft::name).toList() + "; composite ids are not supported yet",
                    "Use one @Id attribute for now.");
        } else {
            AttributeDraft id = ids.get(0);
            if (draft.root != draft.type) {
                return; // the root's generation, given once hierarchies are linked
            }
            draft.idGeneration = generators.resolve(draft.type, id.member, draft.table.name(),
                    id.member.annotation(GeneratedValue.class));
        }
        List<String> versions = draft.attributes.stream().filter(a -> a.version).map(AttributeDraft::name).toList();
        if (versions.size() > 1) {
            problems.add(ErrorCode.MISPLACED_ANNOTATION, draft.type, null, "it has " + versions.size()
                    + " @Version attributes " + versions, "Keep @Version on one attribute.");
        }
    }

    /** The entity and @MappedSuperclass classes above {@code type}, nearest first. */
    private static List<Class<?>> managedSuperclasses(Class<?> type) {
        List<Class<?>> found = new ArrayList<>();
        for (Class<?> c = type.getSuperclass(); c != null && c != Object.class; c = c.getSuperclass()) {
            if (c.isAnnotationPresent(Entity.class) || c.isAnnotationPresent(MappedSuperclass.class)) {
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
