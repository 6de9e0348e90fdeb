package dev.athanor.core.session;

import dev.athanor.core.engine.Row;
import dev.athanor.core.engine.RowCursor;
import dev.athanor.core.meta.AttributeModel;
import dev.athanor.core.meta.EmbeddableModel;
import dev.athanor.core.meta.EntityModel;
import dev.athanor.core.meta.Metadata;
import dev.athanor.runtime.ManagedEntity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * An entity's columns, flattened in the order of {@link EntityModel#columns()}, and the two ways
 * between an instance and a row: {@link #read} takes the column values out of an instance (for
 * INSERT, UPDATE and the snapshot a dirty check compares with), {@link #write} puts a row's
 * values into one. Built once per entity and shared by all sessions.
 */
final class EntityColumns {

    /** Finds (or loads) the entity a foreign key refers to while a row is written into an instance. */
    interface References {
        /** The instance of {@code target}'s entity with this id, which {@code attribute}'s foreign key holds. */
        Object entity(AttributeModel attribute, EntityPersister target, Object id);
    }

    /** Where a row's values come from: the value of the entity's column {@code slot}, read as {@code type}. */
    interface ColumnSource {
        Object get(int slot, Class<?> type);

        /** The row's columns in the entity's column order, from {@code offset}. */
        static ColumnSource of(Row row, int offset) {
            return (slot, type) -> row.get(offset + slot, type);
        }
    }

    /** How {@link #write} reads an attribute from a cursor's row: see {@link #writeTyped}. */
    private static final byte OTHER = 0;
    private static final byte NO_COLUMN = 1;
    private static final byte FETCHED = 2;
    private static final byte CACHED = 3;
    private static final byte REFERENCE = 4;
    /** A LAZY to-one whose target has subclasses: left unloaded, loaded on first read (see TrackerSlots). */
    private static final byte DEFERRED = 5;

    private final EntityModel entity;
    private final Metadata metadata;
    private final List<ColumnSlot> slots;
    private final int[] firstSlotOfAttribute;
    private final int[] slotCountOfAttribute;
    private final Class<?>[] readTypes;
    private final boolean[] plain;
    private final boolean allPlain;
    private final Class<?>[] fetchTypes;
    /** Per to-one attribute (top-level or embedded), by identity: filled once here, only read afterwards. */
    private final java.util.Map<AttributeModel, Target> targets = new java.util.IdentityHashMap<>();
    /** The same for the top-level attributes, by attribute index (null for other kinds): no map lookup per row. */
    private final Target[] topTargets;
    /**
     * For an enhanced class, per attribute: its slot in the class's generated accessors, and how it is
     * read from a cursor's row ({@link #FETCHED}, ...); null when the class was not enhanced.
     */
    private final int[] trackedSlots;
    private final byte[] readKinds;
    /** Per attribute: a deferred to-one, which a row leaves unloaded. */
    private final boolean[] deferred;

    EntityColumns(EntityModel entity, Metadata metadata) {
        this.entity = entity;
        this.metadata = metadata;
        List<ColumnSlot> all = new ArrayList<>();
        List<AttributeModel> attributes = entity.attributes();
        firstSlotOfAttribute = new int[attributes.size()];
        slotCountOfAttribute = new int[attributes.size()];
        for (int i = 0; i < attributes.size(); i++) {
            firstSlotOfAttribute[i] = all.size();
            flatten(List.of(attributes.get(i)), metadata, all);
            slotCountOfAttribute[i] = all.size() - firstSlotOfAttribute[i];
        }
        this.slots = List.copyOf(all);
        collectTargets(attributes, metadata);
        topTargets = new Target[attributes.size()];
        for (int i = 0; i < attributes.size(); i++) {
            topTargets[i] = targets.get(attributes.get(i));
        }
        readTypes = new Class<?>[attributes.size()];
        plain = new boolean[attributes.size()];
        for (int i = 0; i < attributes.size(); i++) {
            AttributeModel attribute = attributes.get(i);
            if (attribute.kind() == AttributeModel.Kind.BASIC) {
                readTypes[i] = ColumnValues.readType(attribute);
                plain[i] = ColumnValues.plain(attribute);
            }
        }
        boolean every = slots.size() == attributes.size();
        for (boolean p : plain) {
            every &= p;
        }
        allPlain = every;
        int[] tracked = new int[attributes.size()];
        byte[] kinds = new byte[attributes.size()];
        boolean enhanced = true;
        for (int i = 0; i < attributes.size(); i++) {
            AttributeModel attribute = attributes.get(i);
            tracked[i] = attribute.accessor().slot();
            enhanced &= tracked[i] >= 0 || attribute.kind().toMany();
            kinds[i] = readKind(attribute, i, entity);
        }
        trackedSlots = enhanced ? tracked : null;
        readKinds = enhanced ? kinds : null;
        deferred = new boolean[attributes.size()];
        for (int i = 0; enhanced && i < attributes.size(); i++) {
            AttributeModel attribute = attributes.get(i);
            if (attribute.kind().toOne() && attribute.fetch() == AttributeModel.Fetch.LAZY
                    && metadata.subtypes(metadata.entity(attribute.joinColumn().targetEntity())).size() > 1) {
                deferred[i] = true;
                kinds[i] = DEFERRED;
            }
        }
        fetchTypes = new Class<?>[slots.size()];
        for (ColumnSlot slot : slots) {
            // a foreign key is fetched as its target's id is, when that id is a plain number or string
            AttributeModel value = slot.target() != null ? slot.target().id() : slot.leaf();
            Class<?> type = ColumnValues.boxed(value.javaType());
            boolean typed = slot.target() != null ? slot.path().size() == 1 && ColumnValues.plain(value) : slot.direct();
            if (typed && RowCursor.fetches(type)) {
                fetchTypes[slot.position()] = type;
            }
        }
    }

    private byte readKind(AttributeModel attribute, int index, EntityModel entity) {
        if (attribute.kind().toMany()) {
            return NO_COLUMN;
        }
        Class<?> read = readTypes[index];
        if (read != null && plain[index] && RowCursor.fetches(read)) {
            // the id was read already, to find the instance: the row's view keeps it
            return attribute == entity.id() ? CACHED : FETCHED;
        }
        return topTargets[index] != null ? REFERENCE : OTHER;
    }

    /**
     * Whether reading a row leaves top-level attribute {@code index} alone: a LAZY to-one to a class
     * with subclasses, whose instance's class the row cannot tell, loads on first read.
     */
    boolean deferred(int index) {
        return deferred[index];
    }

    /** The type to fetch each column as, where it is a plain attribute the engine reads with a typed getter; else null. */
    Class<?>[] fetchTypes() {
        return fetchTypes;
    }

    private static void flatten(List<AttributeModel> path, Metadata metadata, List<ColumnSlot> out) {
        AttributeModel last = path.get(path.size() - 1);
        if (last.kind().toMany()) {
            return; // no column in the owner's table
        }
        if (last.kind() == AttributeModel.Kind.EMBEDDED) {
            for (AttributeModel inner : last.embeddedAttributes()) {
                List<AttributeModel> longer = new ArrayList<>(path);
                longer.add(inner);
                flatten(longer, metadata, out);
            }
            return;
        }
        EntityModel target = last.kind().toOne() ? metadata.entity(last.joinColumn().targetEntity()) : null;
        ColumnSlot slot = new ColumnSlot(out.size(), last.kind().toOne() ? last.joinColumn().column() : last.column(),
                path, target);
        out.add(slot);
    }

    EntityModel entity() {
        return entity;
    }

    List<ColumnSlot> slots() {
        return slots;
    }

    int size() {
        return slots.size();
    }

    /** The positions of the columns of the attribute with index {@code attributeIndex}. */
    int firstSlot(int attributeIndex) {
        return firstSlotOfAttribute[attributeIndex];
    }

    int slotCount(int attributeIndex) {
        return slotCountOfAttribute[attributeIndex];
    }

    /** Every column value of {@code instance}, in column order. */
    Object[] read(Object instance) {
        Object[] values = new Object[slots.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = slots.get(i).read(instance);
        }
        return values;
    }

    /** Whether two values of one column differ (arrays by content, numbers by value). */
    static boolean changed(Object before, Object after) {
        if (before instanceof byte[] a && after instanceof byte[] b) {
            return !Arrays.equals(a, b);
        }
        if (before instanceof BigDecimal a && after instanceof BigDecimal b) {
            return a.compareTo(b) != 0; // 12.5 and 12.500 are the same column value
        }
        if (before instanceof Number a && after instanceof Number b && a.getClass() != b.getClass()) {
            return !a.toString().equals(b.toString());
        }
        return !Objects.equals(before, after);
    }

    /**
     * Writes the row into {@code instance} and returns its column values as {@link #read} would:
     * taken from the row as it is written when every column is a plain attribute, read back otherwise.
     */
    Object[] writeAndSnapshot(Object instance, ColumnSource row, References references) {
        if (!allPlain) {
            write(instance, row, references);
            return read(instance);
        }
        List<AttributeModel> attributes = entity.attributes();
        Object[] snapshot = new Object[attributes.size()];
        for (int i = 0; i < snapshot.length; i++) {
            AttributeModel attribute = attributes.get(i);
            Object value = row.get(i, readTypes[i]);
            if (value == null && attribute.javaType().isPrimitive()) {
                value = attribute.get(instance); // left at its default, which is what a dirty check will read
            } else {
                attribute.set(instance, value);
            }
            snapshot[i] = value;
        }
        return snapshot;
    }

    /** Writes the row's values into {@code instance}. Foreign keys are resolved through {@code references}. */
    void write(Object instance, ColumnSource row, References references) {
        if (trackedSlots != null && row instanceof RowView view && view.cursor() != null) {
            writeTyped((ManagedEntity) instance, view, references);
            return;
        }
        List<AttributeModel> attributes = entity.attributes();
        for (int i = 0; i < attributes.size(); i++) {
            AttributeModel attribute = attributes.get(i);
            if (attribute.kind().toMany() || deferred[i]) {
                continue; // its collection is set up by the loader; a deferred to-one loads on first read
            }
            Object value;
            if (readTypes[i] != null) {
                Object column = row.get(firstSlotOfAttribute[i], readTypes[i]);
                value = plain[i] ? column : ColumnValues.toAttribute(attribute, column);
            } else if (topTargets[i] != null) {
                value = reference(attribute, topTargets[i], row, firstSlotOfAttribute[i], references);
            } else {
                value = attributeValue(attribute, row, firstSlotOfAttribute[i], references);
            }
            set(attribute, instance, value);
        }
    }

    /**
     * {@link #write} for an enhanced instance and a cursor's row, the path of every query's entities:
     * plain attributes are fetched with the cursor's typed getters and set through the generated
     * accessors, without the per-row cache, the converter or the attribute's accessor object between.
     */
    private void writeTyped(ManagedEntity instance, RowView row, References references) {
        List<AttributeModel> attributes = entity.attributes();
        for (int i = 0; i < readKinds.length; i++) {
            int position = firstSlotOfAttribute[i];
            Object value;
            switch (readKinds[i]) {
                case NO_COLUMN:
                case DEFERRED:
                    continue; // a to-many: its collection is set up by the loader; a deferred to-one loads later
                case FETCHED:
                    value = row.fetch(position, readTypes[i]);
                    break;
                case CACHED:
                    value = row.get(position, readTypes[i]);
                    break;
                case REFERENCE:
                    value = row.knownEntity(position);
                    if (value == null) {
                        // a key of a plain type is read once: fetched, without the cursor's per-column cache
                        Class<?> keyType = fetchTypes[position];
                        value = reference(attributes.get(i), topTargets[i], keyType != null ? row.fetch(position, keyType)
                                : row.get(position, topTargets[i].idType), references);
                    }
                    break;
                default:
                    set(attributes.get(i), instance, attributeValue(attributes.get(i), row, position, references));
                    continue;
            }
            if (value != null || !attributes.get(i).javaType().isPrimitive()) {
                instance.$athanor$set(trackedSlots[i], value);
            }
        }
    }

    /** The value of one top-level attribute from the row, its first column at {@code position}. */
    Object attributeValue(AttributeModel attribute, ColumnSource row, int position, References references) {
        return switch (attribute.kind()) {
            case BASIC -> ColumnValues.toAttribute(attribute, row.get(position, ColumnValues.readType(attribute)));
            case MANY_TO_ONE, ONE_TO_ONE -> reference(attribute, row, position, references);
            case EMBEDDED -> embedded(attribute, row, position, references);
            case ONE_TO_MANY, MANY_TO_MANY -> throw new IllegalArgumentException(attribute + " has no column");
        };
    }

    private Object reference(AttributeModel attribute, ColumnSource row, int position, References references) {
        return reference(attribute, targets.get(attribute), row, position, references);
    }

    private static Object reference(AttributeModel attribute, Target target, ColumnSource row, int position,
            References references) {
        return reference(attribute, target, row.get(position, target.idType), references);
    }

    /** The instance foreign key {@code key} of {@code attribute} refers to; null for a null key. */
    private static Object reference(AttributeModel attribute, Target target, Object key, References references) {
        return key == null ? null : references.entity(attribute, target.persister, key);
    }

    private void collectTargets(List<AttributeModel> attributes, Metadata metadata) {
        for (AttributeModel attribute : attributes) {
            if (attribute.kind().toOne()) {
                targets.put(attribute, new Target(metadata.entity(attribute.joinColumn().targetEntity())));
            } else if (attribute.kind() == AttributeModel.Kind.EMBEDDED) {
                collectTargets(attribute.embeddedAttributes(), metadata);
            }
        }
    }

    /** Gives each foreign key the persister of the entity it refers to, once every persister exists. */
    void link(java.util.function.Function<Class<?>, EntityPersister> persisters) {
        targets.values().forEach(target -> target.persister = persisters.apply(target.model.javaType()));
    }

    /** What a foreign key refers to, and the type its value is read as: looked up once per attribute. */
    private static final class Target {
        final EntityModel model;
        final Class<?> idType;
        EntityPersister persister;

        Target(EntityModel model) {
            this.model = model;
            this.idType = ColumnValues.boxed(model.id().javaType());
        }
    }

    private Object embedded(AttributeModel attribute, ColumnSource row, int position, References references) {
        EmbeddableModel embeddable = attribute.embeddable();
        List<AttributeModel> inner = attribute.embeddedAttributes();
        Object[] values = new Object[inner.size()];
        boolean allNull = true;
        int at = position;
        for (int i = 0; i < inner.size(); i++) {
            AttributeModel part = inner.get(i);
            values[i] = attributeValue(part, row, at, references);
            allNull &= values[i] == null;
            at += columnCount(part);
        }
        if (allNull) {
            return null;
        }
        return instantiate(embeddable, inner, values);
    }

    /**
     * An embedded value from its attributes' values (in the embedding's attribute order): a record
     * through its canonical constructor, another class through its no-argument constructor and setters.
     */
    static Object instantiate(EmbeddableModel embeddable, List<AttributeModel> attributes, Object[] values) {
        Object[] byIndex = new Object[embeddable.attributes().size()];
        for (int i = 0; i < attributes.size(); i++) {
            byIndex[attributes.get(i).index()] = values[i];
        }
        return embeddable.instantiate(byIndex);
    }

    static int columnCount(AttributeModel attribute) {
        if (attribute.kind() != AttributeModel.Kind.EMBEDDED) {
            return 1;
        }
        int count = 0;
        for (AttributeModel inner : attribute.embeddedAttributes()) {
            count += columnCount(inner);
        }
        return count;
    }

    /** Sets a value, leaving a primitive at its default when the column was NULL. */
    static void set(AttributeModel attribute, Object instance, Object value) {
        if (value == null && attribute.javaType().isPrimitive()) {
            return;
        }
        attribute.set(instance, value);
    }
}
