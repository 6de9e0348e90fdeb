package dev.athanor.core.meta.build;

import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.error.Suggestions;
import dev.athanor.core.meta.AttributeModel.Fetch;
import dev.athanor.core.meta.AttributeModel.Kind;
import dev.athanor.core.meta.CollectionModel;
import dev.athanor.core.meta.ColumnModel;
import dev.athanor.core.meta.JoinTableModel;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.OrderColumn;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Gives each to-many its {@link CollectionModel} once every entity's id and to-one foreign keys are
 * known, with the specification's defaults (2.10, 11.1.25, 11.1.26):
 * <ul>
 * <li>{@code mappedBy}: the element entity's to-one (for {@code @OneToMany}) or owning many-to-many
 *     (for {@code @ManyToMany}) of that name, pointing back at the owner;</li>
 * <li>a unidirectional {@code @OneToMany @JoinColumn}: a column of the element's table named
 *     {@code <attribute>_<owner id column>} by default;</li>
 * <li>otherwise a join table named {@code <owner table>_<element table>}, with
 *     {@code <inverse attribute or owner entity name>_<owner id column>} and
 *     {@code <attribute>_<element id column>} as its columns.</li>
 * </ul>
 * Owning sides are resolved first: the inverse side of a many-to-many reads the owning side's table.
 */
final class ToManyResolver {

    private final MappingProblems problems;
    private final Map<Class<?>, EntityDraft> entities;

    ToManyResolver(MappingProblems problems, Map<Class<?>, EntityDraft> entities) {
        this.problems = problems;
        this.entities = entities;
    }

    /** Resolves every to-many of every entity: the owning sides, then the inverse ones. */
    void resolveAll() {
        for (boolean owning : new boolean[] {true, false}) {
            for (EntityDraft entity : entities.values()) {
                for (AttributeDraft attribute : entity.attributes) {
                    if (attribute.kind.toMany() && (attribute.toManySpec.mappedBy() == null) == owning) {
                        resolve(entity, attribute);
                    }
                }
            }
        }
    }

    private void resolve(EntityDraft owner, AttributeDraft attribute) {
        AttributeDraft.ToManySpec spec = attribute.toManySpec;
        EntityDraft target = entities.get(spec.target());
        if (target == null) {
            problems.add(ErrorCode.NOT_AN_ENTITY_TARGET, attribute.member.declaringClass(), attribute.name(),
                    "its elements are " + spec.target().getName() + ", which is not a managed entity"
                            + Suggestions.didYouMean(spec.target().getSimpleName(),
                                    entities.keySet().stream().map(Class::getSimpleName).toList()));
            return;
        }
        ColumnModel ownerId = idColumn(owner);
        ColumnModel targetId = idColumn(target);
        if (ownerId == null || targetId == null) {
            return; // the id problem is reported already
        }
        List<CollectionModel.Order> order = orderBy(attribute, target, targetId);
        MapKeyOf key = mapKey(attribute, target);
        if (order == null || key == null) {
            return;
        }
        if (spec.mappedBy() != null) {
            inverse(owner, attribute, target, order, key);
            return;
        }
        CollectionModel model;
        if (spec.joinColumn() != null) {
            JoinColumn join = spec.joinColumn();
            if (!checkReferenced(attribute, join.referencedColumnName(), owner, ownerId)) {
                return;
            }
            String name = join.name().isEmpty() ? attribute.name() + "_" + ownerId.name() : join.name();
            // written by an UPDATE after the element's INSERT, so that it is NULL for a moment
            ColumnModel column = foreignKey(name, target.table.name(), ownerId, true);
            model = new CollectionModel(spec.container(), target.type, null, null, column, order,
                    spec.orphanRemoval(), key.attribute(), key.type());
        } else {
            JoinTable table = spec.joinTable();
            String tableName = table == null || table.name().isEmpty()
                    ? owner.table.name() + "_" + target.table.name() : table.name();
            JoinColumn ownerJoin = table == null || table.joinColumns().length == 0 ? null : table.joinColumns()[0];
            JoinColumn elementJoin = table == null || table.inverseJoinColumns().length == 0 ? null
                    : table.inverseJoinColumns()[0];
            if (table != null && (table.joinColumns().length > 1 || table.inverseJoinColumns().length > 1)) {
                problems.add(ErrorCode.UNSUPPORTED_MAPPING, attribute.member.declaringClass(), attribute.name(),
                        "@JoinTable with more than one join column per side is not supported yet (composite ids"
                                + " are not)", "Name one join column and one inverse join column.");
                return;
            }
            if (!checkReferenced(attribute, ownerJoin == null ? "" : ownerJoin.referencedColumnName(), owner, ownerId)
                    || !checkReferenced(attribute, elementJoin == null ? "" : elementJoin.referencedColumnName(),
                            target, targetId)) {
                return;
            }
            String ownerName = ownerJoin != null && !ownerJoin.name().isEmpty() ? ownerJoin.name()
                    : defaultOwnerPrefix(owner, attribute, target) + "_" + ownerId.name();
            String elementName = elementJoin != null && !elementJoin.name().isEmpty() ? elementJoin.name()
                    : attribute.name() + "_" + targetId.name();
            if (ownerName.equalsIgnoreCase(elementName)) {
                problems.add(ErrorCode.DUPLICATE_COLUMN, attribute.member.declaringClass(), attribute.name(),
                        "both columns of join table " + tableName + " are named '" + ownerName + "'",
                        "Name them with @JoinTable(joinColumns = @JoinColumn(name = ...), inverseJoinColumns = ...).");
                return;
            }
            JoinTableModel joinTable = new JoinTableModel(tableName, foreignKey(ownerName, tableName, ownerId, false),
                    ownerId.name(), foreignKey(elementName, tableName, targetId, false), targetId.name());
            model = new CollectionModel(spec.container(), target.type, null, joinTable, null, order,
                    spec.orphanRemoval(), key.attribute(), key.type());
        }
        attribute.collection = withOrderColumn(attribute, model, target);
    }

    /** The inverse side: the owning attribute of the element entity decides the columns. */
    private void inverse(EntityDraft owner, AttributeDraft attribute, EntityDraft target,
            List<CollectionModel.Order> order, MapKeyOf key) {
        AttributeDraft.ToManySpec spec = attribute.toManySpec;
        Kind wanted = attribute.kind == Kind.ONE_TO_MANY ? Kind.MANY_TO_ONE : Kind.MANY_TO_MANY;
        AttributeDraft owning = target.attributes.stream().filter(a -> a.name().equals(spec.mappedBy()))
                .findFirst().orElse(null);
        String where = target.type.getSimpleName();
        if (owning == null) {
            List<String> candidates = target.attributes.stream().filter(a -> a.kind == wanted || a.kind.toOne())
                    .map(AttributeDraft::name).toList();
            problems.add(ErrorCode.INVALID_MAPPING, attribute.member.declaringClass(), attribute.name(), "mappedBy = \""
                    + spec.mappedBy() + "\" names no attribute of " + where + "."
                    + Suggestions.didYouMean(spec.mappedBy(), target.attributes.stream().map(AttributeDraft::name)
                            .toList()), "Name the " + describe(wanted) + " attribute of " + where + " that refers to "
                    + owner.type.getSimpleName() + (candidates.isEmpty() ? "" : ", one of " + candidates) + ".");
            return;
        }
        boolean pointsBack = owning.kind == Kind.MANY_TO_MANY
                ? owning.toManySpec.target() == owner.type && owning.toManySpec.mappedBy() == null
                : owning.kind == wanted && owning.joinColumnSpec.target() == owner.type;
        if (owning.kind != wanted || !pointsBack) {
            problems.add(ErrorCode.INVALID_MAPPING, attribute.member.declaringClass(), attribute.name(), "mappedBy = \""
                    + spec.mappedBy() + "\" names " + where + "." + owning.name() + ", which is not a "
                    + describe(wanted) + " owning the association to " + owner.type.getSimpleName(),
                    "Name the " + describe(wanted) + " attribute of " + where + " that refers to "
                            + owner.type.getSimpleName() + ".");
            return;
        }
        if (owning.kind == Kind.MANY_TO_ONE) {
            if (owning.joinColumn == null) {
                return; // its own problem is reported
            }
            attribute.collection = withOrderColumn(attribute, new CollectionModel(spec.container(), target.type,
                    spec.mappedBy(), null, owning.joinColumn.column(), order, spec.orphanRemoval(), key.attribute(),
                    key.type()), target);
        } else if (owning.collection != null) {
            attribute.collection = new CollectionModel(spec.container(), target.type, spec.mappedBy(),
                    owning.collection.joinTable().swapped(), null, order, false, key.attribute(), key.type());
        }
    }

    /** A map's key: an attribute of its elements and that attribute's (boxed) type; both null for other containers. */
    private record MapKeyOf(String attribute, Class<?> type) {
        static final MapKeyOf NONE = new MapKeyOf(null, null);
    }

    /**
     * The key of a {@code Map} to-many: the attribute {@code @MapKey(name)} names, or the element's id
     * (the specification's default); a basic or to-one attribute whose type the declared key type
     * accepts. Null when it is none of these (the problem is reported).
     */
    private MapKeyOf mapKey(AttributeDraft attribute, EntityDraft target) {
        AttributeDraft.ToManySpec spec = attribute.toManySpec;
        if (spec.container() != CollectionModel.Container.MAP) {
            return MapKeyOf.NONE;
        }
        String where = attribute.member.declaringClass().getSimpleName() + "." + attribute.name();
        AttributeDraft key;
        if (spec.mapKey().isEmpty()) {
            List<AttributeDraft> ids = target.ids();
            if (ids.size() != 1) {
                return null; // the id problem is reported already
            }
            key = ids.get(0);
        } else {
            key = target.attributes.stream().filter(a -> a.name().equals(spec.mapKey())).findFirst().orElse(null);
            List<String> candidates = target.attributes.stream()
                    .filter(a -> a.kind == Kind.BASIC || a.kind.toOne()).map(AttributeDraft::name).toList();
            if (key == null) {
                problems.add(ErrorCode.INVALID_MAPPING, attribute.member.declaringClass(), attribute.name(),
                        "@MapKey(name = \"" + spec.mapKey() + "\") names no attribute of "
                                + target.type.getSimpleName() + "." + Suggestions.didYouMean(spec.mapKey(),
                                        target.attributes.stream().map(AttributeDraft::name).toList()),
                        "Name the attribute of " + target.type.getSimpleName() + " that keys " + where
                                + ", one of " + candidates + ", or leave the name out to key it by the id.");
                return null;
            }
            if (key.kind != Kind.BASIC && !key.kind.toOne()) {
                problems.add(ErrorCode.UNSUPPORTED_MAPPING, attribute.member.declaringClass(), attribute.name(),
                        "@MapKey(name = \"" + spec.mapKey() + "\") names " + target.type.getSimpleName() + "."
                                + key.name() + ", which is " + (key.kind == Kind.EMBEDDED ? "an embedded value"
                                : "a collection") + "; a map's key is a basic or to-one attribute of its elements",
                        "Name one of " + candidates + ".");
                return null;
            }
            if (key.kind == Kind.BASIC && key.fetch == Fetch.LAZY) {
                problems.add(ErrorCode.UNSUPPORTED_MAPPING, attribute.member.declaringClass(), attribute.name(),
                        "@MapKey(name = \"" + spec.mapKey() + "\") names " + target.type.getSimpleName() + "."
                                + key.name() + ", a LAZY attribute: the map's values are read without it, so their"
                                + " keys would be unknown", "Make " + target.type.getSimpleName() + "." + key.name()
                                + " EAGER, or key the map by another attribute.");
                return null;
            }
        }
        Class<?> type = boxed(key.member.type());
        Class<?> declared = spec.declaredKeyType();
        if (declared != null && !boxed(declared).isAssignableFrom(type)) {
            problems.add(ErrorCode.INVALID_MAPPING, attribute.member.declaringClass(), attribute.name(), "it is"
                    + " declared as a Map<" + declared.getSimpleName() + ", ...>, but its keys are "
                    + target.type.getSimpleName() + "." + key.name() + " (" + (spec.mapKey().isEmpty()
                    ? "the id, as no @MapKey names another attribute" : "@MapKey") + "), of type "
                    + type.getSimpleName(), "Declare it as Map<" + type.getSimpleName() + ", "
                    + target.type.getSimpleName() + ">, or name an attribute of type " + declared.getSimpleName()
                    + " with @MapKey(name = \"...\").");
            return null;
        }
        return new MapKeyOf(key.name(), type);
    }

    private static Class<?> boxed(Class<?> type) {
        if (!type.isPrimitive()) {
            return type;
        }
        return java.lang.invoke.MethodType.methodType(type).wrap().returnType();
    }

    /**
     * {@code model} with the attribute's {@code @OrderColumn}, if it has one: an INTEGER column named
     * {@code <attribute>_ORDER} by default (11.1.42), in the join table when there is one and in the
     * element's table otherwise; null when it cannot be (the problem is reported).
     */
    private CollectionModel withOrderColumn(AttributeDraft attribute, CollectionModel model, EntityDraft target) {
        OrderColumn declared = attribute.orderColumn;
        if (declared == null) {
            return model;
        }
        Class<?> owner = attribute.member.declaringClass();
        String name = declared.name().isEmpty() ? attribute.name() + "_ORDER" : declared.name();
        String table = model.joinTable() != null ? model.joinTable().name() : target.table.name();
        List<String> taken = new ArrayList<>();
        if (model.joinTable() != null) {
            taken.add(model.joinTable().ownerColumn().name());
            taken.add(model.joinTable().elementColumn().name());
        } else {
            target.attributes.forEach(a -> a.columns.forEach(c -> taken.add(c.name())));
            taken.add(model.foreignKey().name());
        }
        if (taken.stream().anyMatch(name::equalsIgnoreCase)) {
            problems.add(ErrorCode.DUPLICATE_COLUMN, owner, attribute.name(), "@OrderColumn names '" + name + "', a"
                    + " column " + table + " already has", "Name the order column with @OrderColumn(name = ...).");
            return null;
        }
        if (model.joinTable() == null && !declared.nullable()) {
            problems.add(ErrorCode.UNSUPPORTED_MAPPING, owner, attribute.name(), "@OrderColumn(nullable = false) in"
                    + " the element's table " + table + ": Athanor writes an element's position by an UPDATE after"
                    + " the element's INSERT, so the column must accept NULL for that moment", "Leave nullable out"
                    + " (true), or link the list through a join table (@JoinTable), whose order column can be NOT"
                    + " NULL.");
            return null;
        }
        ColumnModel column = new ColumnModel(name, table, declared.nullable(), false, ColumnModel.DEFAULT_LENGTH, 0,
                0, declared.insertable(), declared.updatable(),
                declared.columnDefinition().isEmpty() ? null : declared.columnDefinition(), Integer.class,
                declared.options(), null, List.of(), ColumnModel.DEFAULT_SECOND_PRECISION);
        return new CollectionModel(model.container(), model.elementEntity(), model.mappedBy(), model.joinTable(),
                model.foreignKey(), model.orderBy(), model.orphanRemoval(), column, model.mapKey(), model.mapKeyType());
    }

    private static String describe(Kind kind) {
        return kind == Kind.MANY_TO_ONE ? "@ManyToOne" : "@ManyToMany";
    }

    /**
     * The owner's column of a join table defaults to the inverse side's attribute name when the
     * association is bidirectional, and to the owner's entity name otherwise.
     */
    private static String defaultOwnerPrefix(EntityDraft owner, AttributeDraft attribute, EntityDraft target) {
        for (AttributeDraft other : target.attributes) {
            if (other.kind == attribute.kind && other.toManySpec != null
                    && attribute.name().equals(other.toManySpec.mappedBy()) && other.toManySpec.target() == owner.type) {
                return other.name();
            }
        }
        return owner.name;
    }

    /** The resolved {@code @OrderBy} ("" is by the element's id); null when it names what does not exist. */
    private List<CollectionModel.Order> orderBy(AttributeDraft attribute, EntityDraft target, ColumnModel targetId) {
        String text = attribute.toManySpec.orderBy();
        if (text == null) {
            return List.of();
        }
        if (text.isEmpty()) {
            return List.of(new CollectionModel.Order(target.ids().get(0).name(), targetId.name(), false));
        }
        List<CollectionModel.Order> order = new ArrayList<>();
        for (String item : text.split(",")) {
            String[] words = item.trim().split("\\s+");
            String direction = words.length > 1 ? words[1].toUpperCase(java.util.Locale.ROOT) : "ASC";
            AttributeDraft named = words.length > 2 || words[0].isEmpty() ? null : target.attributes.stream()
                    .filter(a -> a.name().equals(words[0]) && a.kind == Kind.BASIC).findFirst().orElse(null);
            if (named == null || !(direction.equals("ASC") || direction.equals("DESC"))) {
                List<String> basics = target.attributes.stream().filter(a -> a.kind == Kind.BASIC)
                        .map(AttributeDraft::name).toList();
                problems.add(ErrorCode.INVALID_MAPPING, attribute.member.declaringClass(), attribute.name(),
                        "@OrderBy(\"" + text + "\"): '" + item.trim() + "' is not a basic attribute of "
                                + target.type.getSimpleName() + " followed by ASC or DESC."
                                + Suggestions.didYouMean(words[0], basics),
                        "Write @OrderBy(\"attribute [ASC|DESC], ...\") with attributes among " + basics + ".");
                return null;
            }
            order.add(new CollectionModel.Order(named.name(), named.columns.get(0).name(), direction.equals("DESC")));
        }
        return order;
    }

    private boolean checkReferenced(AttributeDraft attribute, String referenced, EntityDraft entity, ColumnModel id) {
        if (referenced.isEmpty() || referenced.equals(id.name())) {
            return true;
        }
        problems.add(ErrorCode.UNSUPPORTED_MAPPING, attribute.member.declaringClass(), attribute.name(),
                "referencedColumnName = \"" + referenced + "\" is not the id column '" + id.name() + "' of "
                        + entity.type.getSimpleName() + "; foreign keys to other columns are not supported yet",
                "Leave referencedColumnName out, or set it to '" + id.name() + "'.");
        return false;
    }

    private static ColumnModel idColumn(EntityDraft entity) {
        List<AttributeDraft> ids = entity.ids();
        return ids.size() == 1 && ids.get(0).columns.size() == 1 ? ids.get(0).columns.get(0) : null;
    }

    private static ColumnModel foreignKey(String name, String table, ColumnModel referenced, boolean nullable) {
        return new ColumnModel(name, table, nullable, false, ColumnModel.DEFAULT_LENGTH, referenced.precision(),
                referenced.scale(), true, true, null, referenced.javaType(), null, null, List.of(),
                ColumnModel.DEFAULT_SECOND_PRECISION);
    }
}
