package dev.athanor.core.session.id;

import dev.athanor.core.engine.Engine;
import dev.athanor.core.error.AthanorException;
import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.error.ErrorMessage;
import dev.athanor.core.meta.AttributeModel;
import dev.athanor.core.meta.EntityModel;
import dev.athanor.core.meta.IdGeneration;
import dev.athanor.core.meta.Metadata;
import dev.athanor.core.schema.SchemaGenerator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The id generators of a model, built once per EntityManagerFactory: one generator per distinct
 * sequence, or per key of a generator table, shared by every entity that names it, so that their
 * ids never collide. Building opens no connection; each generator connects on its first id.
 *
 * <p>IDENTITY ids (and AUTO numeric ids, which the schema makes identity columns, see
 * {@link SchemaGenerator#usesIdentity}) are assigned by the database on INSERT, and assigned ids by
 * the application: those entities have no generator here ({@link #forEntity} is empty) and
 * {@link #databaseAssigns} tells the two apart.
 */
public final class IdGenerators {

    private final Map<String, IdGenerator> byEntity;
    private final Map<String, IdGenerator> shared;

    private IdGenerators(Map<String, IdGenerator> byEntity, Map<String, IdGenerator> shared) {
        this.byEntity = Map.copyOf(byEntity);
        this.shared = Map.copyOf(shared);
    }

    /**
     * The generators of every entity of the model.
     *
     * @throws AthanorException naming entity and attribute when an id type cannot be generated, or
     *     when entities sharing a sequence or table key disagree on its allocation size
     */
    public static IdGenerators build(Metadata metadata, Engine engine) {
        Map<String, List<EntityModel>> users = new LinkedHashMap<>();
        for (EntityModel entity : metadata.entities()) {
            String key = keyOf(entity.idGeneration());
            if (key != null) {
                users.computeIfAbsent(key, k -> new ArrayList<>()).add(entity);
            }
        }
        Map<String, IdGenerator> shared = new LinkedHashMap<>();
        users.forEach((key, entities) -> shared.put(key, numeric(engine, entities)));
        Map<String, IdGenerator> byEntity = new HashMap<>();
        for (EntityModel entity : metadata.entities()) {
            IdGeneration generation = entity.idGeneration();
            if (generation instanceof IdGeneration.Uuid) {
                byEntity.put(entity.name(), uuid(entity));
            } else if (keyOf(generation) != null) {
                byEntity.put(entity.name(), typed(shared.get(keyOf(generation)), entity));
            }
        }
        return new IdGenerators(byEntity, shared);
    }

    /** The entity's generator, or empty when the database (IDENTITY) or the application assigns its id. */
    public Optional<IdGenerator> forEntity(EntityModel entity) {
        return Optional.ofNullable(byEntity.get(entity.name()));
    }

    /** True when the database assigns the entity's id on INSERT (IDENTITY, or AUTO for a numeric id). */
    public boolean databaseAssigns(EntityModel entity) {
        return SchemaGenerator.usesIdentity(entity.idGeneration());
    }

    /** The shared numeric generators (sequences and table keys), each once, in model order. */
    public List<IdGenerator> sharedGenerators() {
        return List.copyOf(shared.values());
    }

    /** The shared generator under an entity's generator (the same for entities sharing a sequence or key). */
    static IdGenerator numbersOf(IdGenerator generator) {
        return generator instanceof TypedIdGenerator typed ? typed.numbers() : generator;
    }

    private static String keyOf(IdGeneration generation) {
        if (generation instanceof IdGeneration.Sequence sequence) {
            return "sequence " + sequence.sequenceName();
        }
        if (generation instanceof IdGeneration.Table table) {
            return "table " + table.table() + " key " + table.pkColumnValue();
        }
        return null;
    }

    private static IdGenerator numeric(Engine engine, List<EntityModel> entities) {
        IdGeneration first = entities.get(0).idGeneration();
        int size = allocationSize(first);
        List<String> attributes = new ArrayList<>();
        for (EntityModel entity : entities) {
            attributes.add(attributeName(entity));
            if (allocationSize(entity.idGeneration()) != size) {
                throw new AthanorException(ErrorMessage.of(ErrorCode.ID_GENERATOR_CONFLICT, keyOf(first)
                        + " has allocationSize " + size + " for " + entities.get(0).name() + " but "
                        + allocationSize(entity.idGeneration()) + " for " + entity.name())
                        .detail("id attribute", attributeName(entity)));
            }
        }
        if (first instanceof IdGeneration.Sequence sequence) {
            return new SequenceIdGenerator(engine, sequence.sequenceName(), size,
                    new GeneratorUsers("sequence " + sequence.sequenceName(), attributes));
        }
        IdGeneration.Table table = (IdGeneration.Table) first;
        return new TableIdGenerator(engine, table, new GeneratorUsers(TableIdGenerator.describe(table), attributes));
    }

    private static int allocationSize(IdGeneration generation) {
        return generation instanceof IdGeneration.Sequence sequence ? sequence.allocationSize()
                : ((IdGeneration.Table) generation).allocationSize();
    }

    private static IdGenerator typed(IdGenerator numbers, EntityModel entity) {
        IdType type = IdType.of(entity.id().javaType());
        if (type == null) {
            throw unsupportedType(entity, "a " + kind(entity.idGeneration()) + " generator produces numbers");
        }
        return new TypedIdGenerator(numbers, type, attributeName(entity));
    }

    private static IdGenerator uuid(EntityModel entity) {
        UuidIdGenerator generator = UuidIdGenerator.forType(entity.id().javaType());
        if (generator == null) {
            throw unsupportedType(entity, "GenerationType.UUID produces UUIDs");
        }
        return generator;
    }

    private static String kind(IdGeneration generation) {
        return generation instanceof IdGeneration.Sequence ? "SEQUENCE" : "TABLE";
    }

    private static AthanorException unsupportedType(EntityModel entity, String why) {
        AttributeModel id = entity.id();
        return new AthanorException(ErrorMessage.of(ErrorCode.ID_TYPE_UNSUPPORTED, "the id " + attributeName(entity)
                + " is a " + id.javaType().getName() + "; " + why)
                .detail("entity", entity.name())
                .detail("attribute", id.name()));
    }

    private static String attributeName(EntityModel entity) {
        return entity.name() + "." + entity.id().name();
    }
}
