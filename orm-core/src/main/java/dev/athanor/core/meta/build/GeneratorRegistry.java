package dev.athanor.core.meta.build;

import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.error.Suggestions;
import dev.athanor.core.meta.IdGeneration;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.TableGenerator;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The named {@code @SequenceGenerator}s and {@code @TableGenerator}s of a unit (their names are
 * global), and the resolution of an id's {@code @GeneratedValue} into an {@link IdGeneration}.
 *
 * <p>Where the specification leaves names to the provider: a sequence is called after its
 * generator, else {@code <table>_seq}; the generator table is {@code athanor_sequences} with
 * columns {@code sequence_name} and {@code next_val}, keyed by generator name, else by table name.
 */
final class GeneratorRegistry {

    static final String DEFAULT_TABLE = "athanor_sequences";
    static final String DEFAULT_PK_COLUMN = "sequence_name";
    static final String DEFAULT_VALUE_COLUMN = "next_val";
    static final int DEFAULT_ALLOCATION_SIZE = 50;

    private final MappingProblems problems;
    private final Map<String, Annotation> named = new LinkedHashMap<>();
    private final Set<Class<?>> visited = new HashSet<>();

    GeneratorRegistry(MappingProblems problems) {
        this.problems = problems;
    }

    /**
     * Registers the named generators declared on {@code type} and its superclasses (mapped
     * superclasses need not be listed), their fields and their methods.
     */
    void collect(Class<?> type) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            if (visited.add(c)) {
                collectDeclared(c);
            }
        }
    }

    private void collectDeclared(Class<?> type) {
        collect(type, type);
        for (var field : type.getDeclaredFields()) {
            collect(type, field);
        }
        for (var method : type.getDeclaredMethods()) {
            collect(type, method);
        }
    }

    private void collect(Class<?> owner, AnnotatedElement element) {
        for (Annotation generator : generators(element)) {
            String name = name(generator);
            if (name.isEmpty()) {
                continue;
            }
            Annotation previous = named.putIfAbsent(name, generator);
            if (previous != null && !previous.equals(generator)) {
                problems.add(ErrorCode.MISPLACED_ANNOTATION, owner, null, "a different generator named '" + name
                        + "' is declared elsewhere", "Give each generator its own name.");
            }
        }
    }

    /**
     * What {@code generated} on the id of type {@code idType} means for the entity mapped to
     * {@code table}; generators without a name are looked for on the id member, then on the entity.
     */
    IdGeneration resolve(Class<?> entity, PersistentMember id, String table, GeneratedValue generated) {
        if (generated == null) {
            return new IdGeneration.Assigned();
        }
        GenerationType strategy = generated.strategy();
        if (strategy == GenerationType.UUID || strategy == GenerationType.AUTO && id.type() == java.util.UUID.class) {
            if (!JavaTypes.isUuidId(id.type())) {
                problems.add(ErrorCode.UNSUPPORTED_GENERATED_ID, entity, id.name(), "GenerationType.UUID cannot"
                        + " produce a " + id.type().getName(), "Declare the id as java.util.UUID or String.");
            }
            return new IdGeneration.Uuid();
        }
        if (!JavaTypes.isNumericId(id.type())) {
            problems.add(ErrorCode.UNSUPPORTED_GENERATED_ID, entity, id.name(), "GenerationType." + strategy
                    + " cannot produce a " + id.type().getName() + " id");
        }
        if (strategy == GenerationType.IDENTITY) {
            return new IdGeneration.Identity();
        }
        Annotation generator = generator(entity, id, generated.generator());
        if (strategy == GenerationType.AUTO && generator == null) {
            return new IdGeneration.Auto();
        }
        if (generator instanceof TableGenerator tables && strategy != GenerationType.SEQUENCE) {
            return table(tables, table);
        }
        if (generator instanceof SequenceGenerator sequence && strategy != GenerationType.TABLE) {
            return sequence(sequence, table);
        }
        if (generator != null) {
            problems.add(ErrorCode.MISPLACED_ANNOTATION, entity, id.name(), "GenerationType." + strategy
                    + " names the generator '" + name(generator) + "', which is a @"
                    + generator.annotationType().getSimpleName(), "Use the strategy that matches the generator.");
        }
        return strategy == GenerationType.TABLE
                ? new IdGeneration.Table(null, DEFAULT_TABLE, null, null, DEFAULT_PK_COLUMN, DEFAULT_VALUE_COLUMN,
                        table, 1, DEFAULT_ALLOCATION_SIZE)
                : new IdGeneration.Sequence(null, table + "_seq", null, null, 1, DEFAULT_ALLOCATION_SIZE);
    }

    private Annotation generator(Class<?> entity, PersistentMember id, String name) {
        if (!name.isEmpty()) {
            Annotation generator = named.get(name);
            if (generator == null) {
                problems.add(ErrorCode.UNKNOWN_GENERATOR, entity, id.name(), "no generator is named '" + name + "'."
                        + Suggestions.didYouMean(name, named.keySet()) + " Known generators: " + named.keySet());
            }
            return generator;
        }
        for (AnnotatedElement element : new AnnotatedElement[] {id.element(), entity}) {
            Annotation[] found = generators(element);
            if (found.length > 0) {
                return found[0];
            }
        }
        return null;
    }

    private static IdGeneration.Sequence sequence(SequenceGenerator generator, String table) {
        String name = emptyToNull(generator.name());
        String sequence = !generator.sequenceName().isEmpty() ? generator.sequenceName()
                : name != null ? name : table + "_seq";
        return new IdGeneration.Sequence(name, sequence, emptyToNull(generator.schema()),
                emptyToNull(generator.catalog()), generator.initialValue(), generator.allocationSize());
    }

    private static IdGeneration.Table table(TableGenerator generator, String table) {
        String name = emptyToNull(generator.name());
        return new IdGeneration.Table(name, orDefault(generator.table(), DEFAULT_TABLE),
                emptyToNull(generator.schema()), emptyToNull(generator.catalog()),
                orDefault(generator.pkColumnName(), DEFAULT_PK_COLUMN),
                orDefault(generator.valueColumnName(), DEFAULT_VALUE_COLUMN),
                orDefault(generator.pkColumnValue(), name != null ? name : table),
                generator.initialValue(), generator.allocationSize());
    }

    private static Annotation[] generators(AnnotatedElement element) {
        SequenceGenerator[] sequences = element.getAnnotationsByType(SequenceGenerator.class);
        TableGenerator[] tables = element.getAnnotationsByType(TableGenerator.class);
        Annotation[] all = new Annotation[sequences.length + tables.length];
        System.arraycopy(sequences, 0, all, 0, sequences.length);
        System.arraycopy(tables, 0, all, sequences.length, tables.length);
        return all;
    }

    private static String name(Annotation generator) {
        return generator instanceof SequenceGenerator s ? s.name() : ((TableGenerator) generator).name();
    }

    private static String orDefault(String value, String fallback) {
        return value.isEmpty() ? fallback : value;
    }

    private static String emptyToNull(String value) {
        return value.isEmpty() ? null : value;
    }
}
