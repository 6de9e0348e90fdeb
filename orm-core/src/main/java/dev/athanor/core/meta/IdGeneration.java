package dev.athanor.core.meta;

import java.util.Objects;

/**
 * How an entity's id gets its value. {@link Auto} is kept as declared: the dialect resolves it
 * when the engine knows which database it speaks to.
 */
public sealed interface IdGeneration {

    /** Whether Athanor (or the database) produces the value, rather than the application. */
    default boolean generated() {
        return true;
    }

    /** The application assigns the id before persist; no {@code @GeneratedValue}. */
    record Assigned() implements IdGeneration {
        @Override
        public boolean generated() {
            return false;
        }
    }

    /** The database assigns the id on INSERT (an identity or auto-increment column). */
    record Identity() implements IdGeneration {
    }

    /**
     * A database sequence, allocated {@code allocationSize} ids at a time.
     *
     * @param generatorName the generator's name, or null when none was declared
     * @param sequenceName the sequence, as declared or defaulted
     * @param schema the sequence's schema, or null
     * @param catalog the sequence's catalog, or null
     */
    record Sequence(String generatorName, String sequenceName, String schema, String catalog, int initialValue,
            int allocationSize) implements IdGeneration {
        public Sequence {
            Objects.requireNonNull(sequenceName, "sequenceName");
        }
    }

    /**
     * A table holding one row per key with the next value, allocated {@code allocationSize} at a time.
     *
     * @param generatorName the generator's name, or null when none was declared
     * @param table the table holding the counters
     * @param pkColumnName the column holding the counter's key
     * @param valueColumnName the column holding the counter's value
     * @param pkColumnValue this generator's key in the table
     */
    record Table(String generatorName, String table, String schema, String catalog, String pkColumnName,
            String valueColumnName, String pkColumnValue, int initialValue, int allocationSize)
            implements IdGeneration {
        public Table {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(pkColumnName, "pkColumnName");
            Objects.requireNonNull(valueColumnName, "valueColumnName");
            Objects.requireNonNull(pkColumnValue, "pkColumnValue");
        }
    }

    /** A random RFC 4122 UUID, for UUID ids and String ids (its text). */
    record Uuid() implements IdGeneration {
    }

    /** {@code GenerationType.AUTO}: the dialect decides, later. */
    record Auto() implements IdGeneration {
    }
}
