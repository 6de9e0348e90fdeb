package dev.athanor.core.meta.build;

import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.error.MappingException;
import dev.athanor.core.meta.AttributeModel.AccessKind;
import dev.athanor.core.meta.EntityModel;
import dev.athanor.core.meta.Metadata;
import dev.athanor.core.meta.NamedEntityGraphModel;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.MappedSuperclass;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Builds the {@link Metadata} of a persistence unit from its managed classes (entities,
 * embeddables, mapped superclasses and converters), reading their {@code jakarta.persistence}
 * annotations: drafts first, then checks across entities, then one frozen model.
 *
 * <p>Every problem found is collected and reported at once in one {@link MappingException},
 * each naming the class and attribute and saying what to do.
 *
 * <pre>{@code
 * Metadata metadata = new MetadataBuilder().add(List.of(Customer.class, Order.class, Address.class)).build();
 * }</pre>
 */
public final class MetadataBuilder {

    private final Set<Class<?>> classes = new LinkedHashSet<>();
    private MappingOverrides overrides = MappingOverrides.NONE;

    /** What XML mapping files say over the annotations (entity names, column names). */
    public MetadataBuilder overrides(MappingOverrides mappingOverrides) {
        this.overrides = Objects.requireNonNull(mappingOverrides, "mappingOverrides");
        return this;
    }

    /** Adds managed classes; listing one twice is harmless. */
    public MetadataBuilder add(Collection<? extends Class<?>> managedClasses) {
        classes.addAll(managedClasses);
        return this;
    }

    /** Adds managed classes; listing one twice is harmless. */
    public MetadataBuilder add(Class<?>... managedClasses) {
        return add(List.of(managedClasses));
    }

    /**
     * Reads every class added and freezes the result.
     *
     * @throws MappingException listing every mapping problem, if there is any
     */
    public Metadata build() {
        MappingProblems problems = new MappingProblems();
        ConverterRegistry converters = new ConverterRegistry(problems);
        GeneratorRegistry generators = new GeneratorRegistry(problems);
        Accessors accessors = new Accessors(problems);
        MemberScanner scanner = new MemberScanner(problems);
        AttributeReader attributes = new AttributeReader(problems, accessors, scanner, converters);
        EntityReader entityReader = new EntityReader(problems, scanner, attributes, generators, accessors, overrides);
        NamedQueryReader namedQueries = new NamedQueryReader(problems);

        List<Class<?>> entityClasses = new ArrayList<>();
        List<Class<?>> embeddableClasses = new ArrayList<>();
        for (Class<?> type : classes) {
            if (type.isAnnotationPresent(Entity.class)) {
                entityClasses.add(type);
            } else if (type.isAnnotationPresent(Embeddable.class)) {
                embeddableClasses.add(type);
            } else if (ConverterRegistry.isConverter(type)) {
                converters.register(type);
            } else if (!type.isAnnotationPresent(MappedSuperclass.class)) {
                problems.add(ErrorCode.NOT_A_MANAGED_CLASS, type, null, "it is listed among the managed classes but is"
                        + " not annotated @Entity, @Embeddable, @MappedSuperclass or @Converter");
            }
            generators.collect(type);
            namedQueries.read(type);
        }

        Map<Class<?>, EntityDraft> entities = new LinkedHashMap<>();
        entityClasses.forEach(type -> entities.put(type, entityReader.read(type)));
        new HierarchyLinker(problems, entities).linkAll();
        embeddableClasses.forEach(type -> attributes.embeddable(type, MemberScanner.accessOf(type, AccessKind.FIELD)));
        ColumnNameOverrides columnNames = new ColumnNameOverrides(problems, overrides);
        columnNames.checkClasses(entities.keySet());
        entities.values().forEach(columnNames::apply);
        ToOneResolver toOnes = new ToOneResolver(problems, entities);
        ColumnConflicts columns = new ColumnConflicts(problems);
        TableDefinitionReader tables = new TableDefinitionReader(problems);
        for (EntityDraft entity : entities.values()) {
            toOnes.resolve(entity);
            columns.check(entity);
            tables.read(entity);
        }
        new ToManyResolver(problems, entities).resolveAll();
        checkNames(entities.values(), problems);
        namedQueries.readXml(overrides);
        namedQueries.check(entities.keySet());
        problems.throwIfAny();

        List<EntityModel> models = entities.values().stream().map(EntityDraft::freeze).toList();
        List<NamedEntityGraphModel> graphs = new NamedEntityGraphReader(problems, models).read();
        problems.throwIfAny();
        return new Metadata(models, attributes.embeddables(), converters.autoApplied(), namedQueries.queries(),
                namedQueries.nativeQueries(), namedQueries.mappings(), graphs);
    }

    private static void checkNames(Collection<EntityDraft> entities, MappingProblems problems) {
        Map<String, EntityDraft> byName = new LinkedHashMap<>();
        for (EntityDraft entity : entities) {
            EntityDraft other = byName.putIfAbsent(entity.name, entity);
            if (other != null) {
                problems.add(ErrorCode.DUPLICATE_ENTITY_NAME, entity.type, null, "its entity name '" + entity.name
                        + "' is also the name of " + other.type.getName());
            }
        }
    }
}
