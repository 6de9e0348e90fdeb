package dev.athanor.core.session.id;

/**
 * Produces the next id for an entity about to be persisted. Implementations are thread-safe:
 * threads asking at the same time never get the same value.
 *
 * <p>Standard variants: {@link SequenceIdGenerator} and {@link TableIdGenerator} (numbers from the
 * database, allocated a block at a time), {@link UuidIdGenerator} (random UUIDs, no database).
 * IDENTITY and assigned ids have no generator: see {@link IdGenerators#databaseAssigns}.
 */
public interface IdGenerator {

    /**
     * The next id: a {@code Long} from the numeric generators (converted to the id's type by the
     * generator {@link IdGenerators} hands out per entity), a {@code UUID} or {@code String} from
     * {@link UuidIdGenerator}.
     */
    Object next();
}
