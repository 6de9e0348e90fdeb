package dev.athanor.core.meta.build;

import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.error.Suggestions;
import dev.athanor.core.meta.AttributeAccess;
import dev.athanor.core.meta.AttributeModel.AccessKind;
import dev.athanor.core.meta.AttributeModel.Cascade;
import dev.athanor.core.meta.AttributeModel.Fetch;
import dev.athanor.core.meta.AttributeModel.Kind;
import dev.athanor.core.meta.CollectionModel;
import dev.athanor.core.meta.EmbeddableModel;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinColumns;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKey;
import jakarta.persistence.MapKeyClass;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.MapKeyJoinColumn;
import jakarta.persistence.MapKeyJoinColumns;
import jakarta.persistence.MapKeyTemporal;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads one persistent member into an {@link AttributeDraft}: a basic value, an embedded value
 * (its attributes read in turn, with the embedding's column overrides), the owning side of a
 * to-one association or a to-many association. Keeps the model of each embeddable it meets.
 */
final class AttributeReader {

    private static final List<Class<? extends Annotation>> NOT_YET = List.of(ElementCollection.class,
            EmbeddedId.class, MapsId.class, JoinColumns.class);
    /** What keys a map by something else than an attribute of its elements: not supported. */
    private static final List<Class<? extends Annotation>> OTHER_MAP_KEYS = List.of(MapKeyColumn.class,
            MapKeyJoinColumn.class, MapKeyJoinColumns.class, MapKeyEnumerated.class, MapKeyTemporal.class,
            MapKeyClass.class);

    private final MappingProblems problems;
    private final Accessors accessors;
    private final MemberScanner scanner;
    private final BasicValueReader basics;
    private final Map<Class<?>, EmbeddableModel> embeddables = new LinkedHashMap<>();
    private final Deque<Class<?>> embedding = new ArrayDeque<>();

    AttributeReader(MappingProblems problems, Accessors accessors, MemberScanner scanner, ConverterRegistry converters) {
        this.problems = problems;
        this.accessors = accessors;
        this.scanner = scanner;
        this.basics = new BasicValueReader(problems, converters);
    }

    /**
     * The draft of {@code member}, or empty when it cannot be mapped (the problems are reported).
     *
     * @param table the table its columns belong to; empty inside an embeddable's own model
     * @param overrides {@code @AttributeOverride} columns and {@code @Convert}s that apply here, by
     *     (dotted) attribute name
     */
    Optional<AttributeDraft> read(PersistentMember member, String table, EmbeddingOverrides overrides) {
        for (Class<? extends Annotation> annotation : NOT_YET) {
            if (member.has(annotation)) {
                problems.add(ErrorCode.UNSUPPORTED_MAPPING, member.declaringClass(), member.name(), "@"
                        + annotation.getSimpleName() + " is not supported yet; this version maps basic and embedded"
                        + " attributes, to-one (owning side) and to-many (List, Set, Collection or Map) associations",
                        null);
                return Optional.empty();
            }
        }
        if (!mapKeyAnnotationsFit(member)) {
            return Optional.empty();
        }
        Optional<AttributeAccess> accessor = accessors.access(member);
        if (accessor.isEmpty()) {
            return Optional.empty();
        }
        if (member.has(ManyToOne.class) || member.has(OneToOne.class)) {
            return toOne(member, accessor.get(), table);
        }
        if (member.has(OneToMany.class) || member.has(ManyToMany.class)) {
            return toMany(member, accessor.get());
        }
        if (member.has(Embedded.class) || member.type().isAnnotationPresent(Embeddable.class)) {
            return embedded(member, accessor.get(), table, overrides);
        }
        AttributeDraft draft = new AttributeDraft(member, Kind.BASIC, accessor.get());
        basics.read(draft, table, overrides);
        return draft.columns.isEmpty() ? Optional.empty() : Optional.of(draft);
    }

    /** The models of every embeddable met so far, plus {@code type}'s. */
    EmbeddableModel embeddable(Class<?> type, AccessKind access) {
        EmbeddableModel known = embeddables.get(type);
        if (known != null || embedding.contains(type)) {
            return known;
        }
        embedding.push(type);
        try {
            List<AttributeDraft> drafts = readEmbeddable(type, access, "", EmbeddingOverrides.NONE);
            return accessors.embeddableConstructor(type).map(constructor -> {
                EmbeddableModel model = new EmbeddableModel(type, AttributeDraft.freezeAll(drafts), constructor);
                embeddables.put(type, model);
                return model;
            }).orElse(null);
        } finally {
            embedding.pop();
        }
    }

    List<EmbeddableModel> embeddables() {
        return List.copyOf(embeddables.values());
    }

    private Optional<AttributeDraft> embedded(PersistentMember member, AttributeAccess accessor, String table,
            EmbeddingOverrides overrides) {
        Class<?> type = member.type();
        if (!type.isAnnotationPresent(Embeddable.class)) {
            problems.add(ErrorCode.NOT_EMBEDDABLE, member.declaringClass(), member.name(), "it is @Embedded but its"
                    + " type " + type.getName() + " is not annotated @Embeddable");
            return Optional.empty();
        }
        if (member.has(Id.class)) {
            problems.add(ErrorCode.UNSUPPORTED_MAPPING, member.declaringClass(), member.name(), "an @Id of an"
                    + " embeddable type is a composite id, which is not supported yet",
                    "Use a single basic @Id attribute for now.");
            return Optional.empty();
        }
        if (embedding.contains(type)) {
            problems.add(ErrorCode.UNSUPPORTED_MAPPING, member.declaringClass(), member.name(), "the embeddable "
                    + type.getName() + " contains itself", "Break the cycle, or mark the attribute @Transient.");
            return Optional.empty();
        }
        AccessKind access = MemberScanner.accessOf(type, member.access());
        EmbeddableModel model = embeddable(type, access);
        if (model == null) {
            return Optional.empty();
        }
        Convert whole = member.annotation(Convert.class);
        if (whole != null && whole.attributeName().isEmpty()) {
            problems.add(ErrorCode.MISPLACED_ANNOTATION, member.declaringClass(), member.name(), "@Convert on an"
                    + " embedded attribute must name the attribute of " + type.getSimpleName() + " it converts",
                    "Write @Convert(attributeName = \"...\", converter = ...), one per converted attribute.");
        }
        EmbeddingOverrides inner = overrides.inner(member.name(), member.element());
        embedding.push(type);
        try {
            AttributeDraft draft = new AttributeDraft(member, Kind.EMBEDDED, accessor);
            draft.embeddable = model;
            draft.embedded.addAll(readEmbeddable(type, access, table, inner));
            checkConverts(member.declaringClass(), member.name() + ".",
                    EmbeddingOverrides.of(member.element()).converts().keySet(), draft.embedded);
            return Optional.of(draft);
        } finally {
            embedding.pop();
        }
    }

    private List<AttributeDraft> readEmbeddable(Class<?> type, AccessKind access, String table,
            EmbeddingOverrides overrides) {
        if (type.isAnnotationPresent(Convert.class)) {
            problems.add(ErrorCode.MISPLACED_ANNOTATION, type, null, "@Convert on an embeddable class is not read",
                    "Put @Convert on the attributes to convert.");
        }
        return scanner.scan(type, access).stream()
                .filter(member -> allowedInEmbeddable(type, member))
                .map(member -> read(member, table, overrides))
                .flatMap(Optional::stream)
                .toList();
    }

    private boolean allowedInEmbeddable(Class<?> type, PersistentMember member) {
        if (member.has(ManyToOne.class) || member.has(OneToOne.class) || member.has(OneToMany.class)
                || member.has(ManyToMany.class)) {
            problems.add(ErrorCode.UNSUPPORTED_MAPPING, type, member.name(), "associations inside an embeddable are"
                    + " not supported yet", "Move the association to the entity, or mark it @Transient.");
            return false;
        }
        return true;
    }

    private Optional<AttributeDraft> toOne(PersistentMember member, AttributeAccess accessor, String table) {
        ManyToOne manyToOne = member.annotation(ManyToOne.class);
        OneToOne oneToOne = member.annotation(OneToOne.class);
        if (oneToOne != null && !oneToOne.mappedBy().isEmpty()) {
            problems.add(ErrorCode.UNSUPPORTED_MAPPING, member.declaringClass(), member.name(), "the inverse side of"
                    + " a one-to-one (mappedBy = \"" + oneToOne.mappedBy() + "\") is not supported yet",
                    "Map the association on its owning side only, and mark this attribute @Transient for now.");
            return Optional.empty();
        }
        if (member.has(Id.class)) {
            problems.add(ErrorCode.UNSUPPORTED_MAPPING, member.declaringClass(), member.name(), "an @Id that is an"
                    + " association (a derived id) is not supported yet", "Use a basic @Id attribute.");
            return Optional.empty();
        }
        Class<?> declaredTarget = manyToOne != null ? manyToOne.targetEntity() : oneToOne.targetEntity();
        Class<?> target = declaredTarget == void.class ? member.type() : declaredTarget;
        AttributeDraft draft = new AttributeDraft(member, manyToOne != null ? Kind.MANY_TO_ONE : Kind.ONE_TO_ONE,
                accessor);
        draft.optional = manyToOne != null ? manyToOne.optional() : oneToOne.optional();
        FetchType fetch = manyToOne != null ? manyToOne.fetch() : oneToOne.fetch();
        draft.fetch = fetch == FetchType.LAZY ? Fetch.LAZY : Fetch.EAGER;
        addCascades(draft, manyToOne != null ? manyToOne.cascade() : oneToOne.cascade());
        JoinColumn join = member.annotation(JoinColumn.class);
        draft.joinColumnSpec = join == null
                ? new AttributeDraft.JoinColumnSpec(target, table, "", "", true, false, true, true, null, null, null)
                : new AttributeDraft.JoinColumnSpec(target, table, join.name(), join.referencedColumnName(),
                        join.nullable(), join.unique(), join.insertable(), join.updatable(),
                        join.columnDefinition().isEmpty() ? null : join.columnDefinition(), join.options(),
                        join.comment());
        return Optional.of(draft);
    }

    /**
     * A {@code @OneToMany} or {@code @ManyToMany}: its element entity (from {@code targetEntity} or
     * the declared element type), container, fetch, cascades and the join annotations, resolved once
     * every entity is known ({@link ToManyResolver}).
     */
    private Optional<AttributeDraft> toMany(PersistentMember member, AttributeAccess accessor) {
        OneToMany oneToMany = member.annotation(OneToMany.class);
        ManyToMany manyToMany = member.annotation(ManyToMany.class);
        String annotation = oneToMany != null ? "@OneToMany" : "@ManyToMany";
        if (member.has(Id.class)) {
            problems.add(ErrorCode.MISPLACED_ANNOTATION, member.declaringClass(), member.name(), "a collection"
                    + " cannot be an @Id", "Use a basic @Id attribute.");
            return Optional.empty();
        }
        CollectionModel.Container container = container(member.type());
        if (container == null) {
            problems.add(ErrorCode.INVALID_MAPPING, member.declaringClass(), member.name(), annotation + " is"
                    + " declared as " + member.type().getName() + "; a to-many is declared as java.util.List, Set,"
                    + " Collection or Map", "Declare the attribute as List<...>, Set<...>, Collection<...> or"
                    + " Map<..., ...>.");
            return Optional.empty();
        }
        boolean map = container == CollectionModel.Container.MAP;
        Class<?> declared = oneToMany != null ? oneToMany.targetEntity() : manyToMany.targetEntity();
        Class<?> target = declared != void.class ? declared : typeArgument(member.genericType(), map ? 1 : 0);
        if (target == null) {
            String example = map ? "Map<String, Book>" : member.type().getSimpleName() + "<Book>";
            problems.add(ErrorCode.INVALID_MAPPING, member.declaringClass(), member.name(), annotation + " on a"
                    + " raw " + member.type().getSimpleName() + " without targetEntity: its element entity is"
                    + " unknown", "Declare the element type (" + example + "), or set "
                    + annotation + "(targetEntity = Book.class).");
            return Optional.empty();
        }
        String mappedBy = oneToMany != null ? oneToMany.mappedBy() : manyToMany.mappedBy();
        JoinColumn joinColumn = member.annotation(JoinColumn.class);
        JoinTable joinTable = member.annotation(JoinTable.class);
        if (!mappedBy.isEmpty() && (joinColumn != null || joinTable != null)) {
            problems.add(ErrorCode.MISPLACED_ANNOTATION, member.declaringClass(), member.name(), "the inverse side"
                    + " (mappedBy = \"" + mappedBy + "\") declares " + (joinColumn != null ? "@JoinColumn"
                    : "@JoinTable") + ", but the owning side " + target.getSimpleName() + "." + mappedBy
                    + " decides the columns", "Remove it here; put it on " + target.getSimpleName() + "." + mappedBy
                    + ".");
            return Optional.empty();
        }
        if (joinColumn != null && (manyToMany != null || joinTable != null)) {
            problems.add(ErrorCode.MISPLACED_ANNOTATION, member.declaringClass(), member.name(), manyToMany != null
                    ? "@JoinColumn on a @ManyToMany: a many-to-many always has a join table"
                    : "both @JoinColumn and @JoinTable", "Keep @JoinTable (its joinColumns name the columns).");
            return Optional.empty();
        }
        AttributeDraft draft = new AttributeDraft(member, oneToMany != null ? Kind.ONE_TO_MANY : Kind.MANY_TO_MANY,
                accessor);
        FetchType fetch = oneToMany != null ? oneToMany.fetch() : manyToMany.fetch();
        draft.fetch = fetch == FetchType.EAGER ? Fetch.EAGER : Fetch.LAZY;
        addCascades(draft, oneToMany != null ? oneToMany.cascade() : manyToMany.cascade());
        boolean orphanRemoval = oneToMany != null && oneToMany.orphanRemoval();
        if (orphanRemoval) {
            draft.cascade.add(Cascade.REMOVE); // the specification: orphan removal implies cascading remove
        }
        OrderBy orderBy = member.annotation(OrderBy.class);
        MapKey mapKey = member.annotation(MapKey.class);
        OrderColumn orderColumn = member.annotation(OrderColumn.class);
        if (orderColumn != null && !orderColumnAllowed(member, annotation, container, orderBy, manyToMany, mappedBy)) {
            return Optional.empty();
        }
        draft.orderColumn = orderColumn;
        draft.toManySpec = new AttributeDraft.ToManySpec(target, container, mappedBy.isEmpty() ? null : mappedBy,
                orphanRemoval, joinColumn, joinTable, orderBy == null ? null : orderBy.value().trim(),
                map ? (mapKey == null ? "" : mapKey.name()) : null, map ? typeArgument(member.genericType(), 0) : null);
        return Optional.of(draft);
    }

    /**
     * A map's key is an attribute of its elements ({@code @MapKey}); the annotations that key it by a
     * column or an entity of its own are refused, and {@code @MapKey} is only for a {@code Map}.
     */
    private boolean mapKeyAnnotationsFit(PersistentMember member) {
        for (Class<? extends Annotation> annotation : OTHER_MAP_KEYS) {
            if (member.has(annotation)) {
                problems.add(ErrorCode.UNSUPPORTED_MAPPING, member.declaringClass(), member.name(), "@"
                        + annotation.getSimpleName() + " is not supported yet: the key of a Map association is an"
                        + " attribute of its elements", "Remove it, and name the elements' key attribute with"
                        + " @MapKey(name = \"...\"), or leave @MapKey out to key the map by the elements' id.");
                return false;
            }
        }
        boolean map = Map.class.isAssignableFrom(member.type());
        if (member.has(MapKey.class) && !(map && (member.has(OneToMany.class) || member.has(ManyToMany.class)))) {
            problems.add(ErrorCode.MISPLACED_ANNOTATION, member.declaringClass(), member.name(), "@MapKey is on an"
                    + " attribute that is not a java.util.Map of entities (@OneToMany or @ManyToMany)",
                    "Remove @MapKey, or declare the attribute as a Map<K, Entity> association.");
            return false;
        }
        return true;
    }

    /**
     * {@code @OrderColumn} keeps a list's positions: it needs a {@code List}, excludes {@code @OrderBy}
     * (which orders by the elements' own state), and is written by the side that writes the rows, so
     * the inverse side of a many-to-many, whose join table the owning side writes, may not declare it.
     */
    private boolean orderColumnAllowed(PersistentMember member, String annotation, CollectionModel.Container container,
            OrderBy orderBy, ManyToMany manyToMany, String mappedBy) {
        if (container != CollectionModel.Container.LIST) {
            problems.add(ErrorCode.INVALID_MAPPING, member.declaringClass(), member.name(), "@OrderColumn on a "
                    + annotation + " declared as " + member.type().getName() + ": an order column keeps the"
                    + " positions of a java.util.List", "Declare the attribute as List<...>, or remove @OrderColumn"
                    + " (use @OrderBy to read a Set or Collection in the order of an attribute).");
            return false;
        }
        if (orderBy != null) {
            problems.add(ErrorCode.MISPLACED_ANNOTATION, member.declaringClass(), member.name(), "both @OrderColumn"
                    + " and @OrderBy: the list's order is either the positions the order column keeps or the order"
                    + " of the elements' attributes, not both", "Keep @OrderColumn to keep the positions the"
                    + " application gives the elements, or @OrderBy to sort them by their attributes.");
            return false;
        }
        if (manyToMany != null && !mappedBy.isEmpty()) {
            problems.add(ErrorCode.MISPLACED_ANNOTATION, member.declaringClass(), member.name(), "@OrderColumn on"
                    + " the inverse side (mappedBy = \"" + mappedBy + "\") of a @ManyToMany: the order column is in"
                    + " the join table, whose rows the owning side writes", "Put @OrderColumn on the owning side's"
                    + " list, or use @OrderBy here to read the elements in the order of their attributes.");
            return false;
        }
        return true;
    }

    private static CollectionModel.Container container(Class<?> type) {
        if (type == List.class) {
            return CollectionModel.Container.LIST;
        }
        if (type == Set.class) {
            return CollectionModel.Container.SET;
        }
        if (type == Map.class) {
            return CollectionModel.Container.MAP;
        }
        return type == Collection.class ? CollectionModel.Container.COLLECTION : null;
    }

    /**
     * The class of a collection's declared type argument {@code index} (its element; a map's key, 0, or
     * value, 1), or null for a raw type or a type variable.
     */
    private static Class<?> typeArgument(Type generic, int index) {
        if (!(generic instanceof ParameterizedType parameterized)
                || parameterized.getActualTypeArguments().length <= index) {
            return null;
        }
        Type element = parameterized.getActualTypeArguments()[index];
        if (element instanceof WildcardType wildcard && wildcard.getUpperBounds().length == 1) {
            element = wildcard.getUpperBounds()[0];
        }
        return element instanceof Class<?> type && type != Object.class ? type : null;
    }

    private static void addCascades(AttributeDraft draft, CascadeType[] types) {
        for (CascadeType type : types) {
            if (type == CascadeType.ALL) {
                draft.cascade.addAll(List.of(Cascade.values()));
            } else {
                draft.cascade.add(Cascade.valueOf(type.name()));
            }
        }
    }

    /**
     * Reports each {@code @Convert(attributeName)} of {@code names} that names no basic attribute
     * among {@code drafts} (by dotted path), with a did-you-mean.
     *
     * @param prefix what the paths are reported under: {@code "address."}, or empty for an entity
     */
    void checkConverts(Class<?> owner, String prefix, Collection<String> names, List<AttributeDraft> drafts) {
        List<String> paths = new ArrayList<>();
        leafPaths(drafts, "", paths);
        for (String name : names) {
            if (!paths.contains(name)) {
                problems.add(ErrorCode.MISPLACED_ANNOTATION, owner, prefix + name, "@Convert(attributeName = \""
                        + name + "\") names no basic attribute here." + Suggestions.didYouMean(name, paths),
                        "Name one of " + paths + ".");
            }
        }
    }

    /** The dotted paths of the basic attributes among {@code drafts}, embedded ones followed. */
    static void leafPaths(List<AttributeDraft> drafts, String prefix, List<String> paths) {
        for (AttributeDraft draft : drafts) {
            if (draft.kind == Kind.EMBEDDED) {
                leafPaths(draft.embedded, prefix + draft.name() + ".", paths);
            } else if (draft.kind == Kind.BASIC) {
                paths.add(prefix + draft.name());
            }
        }
    }
}
