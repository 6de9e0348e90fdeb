package dev.athanor.it.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.athanor.core.engine.Engine;
import dev.athanor.core.engine.ExecutionListener;
import dev.athanor.core.engine.StatementEvent;
import dev.athanor.core.engine.Transaction;
import dev.athanor.core.error.AthanorException;
import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.meta.Metadata;
import dev.athanor.core.meta.build.MetadataBuilder;
import dev.athanor.core.schema.SchemaManager;
import dev.athanor.core.session.id.IdGenerator;
import dev.athanor.core.session.id.IdGenerators;
import dev.athanor.it.Target;
import dev.athanor.it.TestDatabase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Id generation on MariaDB: a real sequence, a generator table, UUIDs; rows read back with plain JDBC. */
class IdGeneratorIT {

    @TempDir
    Path dir;
    private final Metadata model = new MetadataBuilder().add(Shipment.class, Parcel.class, Badge.class, Label.class)
            .build();
    private final List<String> statements = new CopyOnWriteArrayList<>();
    private TestDatabase db;
    private Engine engine;
    private IdGenerators generators;

    @BeforeEach
    void open() {
        db = TestDatabase.open(Target.MARIADB, dir);
        engine = db.track(db.builder().listener(new ExecutionListener() {
            @Override
            public void statementExecuted(StatementEvent event) {
                statements.add(event.sql());
            }
        }).build());
        new SchemaManager(engine, model).dropAndCreate();
        statements.clear();
        generators = IdGenerators.build(model, engine);
    }

    @AfterEach
    void close() {
        new SchemaManager(engine, model).drop();
        db.close();
    }

    private IdGenerator of(IdGenerators registry, Class<?> entity) {
        return registry.forEntity(model.entity(entity)).orElseThrow();
    }

    private List<String> naming(String object) {
        return statements.stream().filter(s -> s.contains(object)).toList();
    }

    @Test
    void aSequenceStartsAtItsInitialValueAndCostsOneRoundTripPerBlock() {
        IdGenerator shipments = of(generators, Shipment.class);
        List<Object> ids = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            ids.add(shipments.next());
        }
        assertThat(ids).isEqualTo(LongStream.range(1000, 1120).boxed().toList());
        assertThat(naming("id_shipment_seq")).containsExactly("SELECT NEXT VALUE FOR `id_shipment_seq`",
                "SELECT NEXT VALUE FOR `id_shipment_seq`", "SELECT NEXT VALUE FOR `id_shipment_seq`");
    }

    @Test
    void aTableKeyStartsAtItsInitialValueAndCostsOneUpdateAndOneSelectPerBlock() {
        IdGenerator parcels = of(generators, Parcel.class);
        List<Object> ids = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            ids.add(parcels.next());
        }
        assertThat(ids).isEqualTo(LongStream.range(5, 125).mapToObj(v -> (int) v).toList());
        assertThat(naming("UPDATE `id_counters`")).hasSize(3);
        assertThat(naming("id_counters")).hasSize(6);
        assertThat(db.count("SELECT next_val FROM id_counters WHERE sequence_name = 'parcels'")).isEqualTo(155);
    }

    @Test
    void fourThreadsGetTwoThousandDistinctIds() throws Exception {
        for (Class<?> entity : List.of(Shipment.class, Parcel.class)) {
            IdGenerator generator = of(generators, entity);
            Set<Object> ids = ConcurrentHashMap.newKeySet();
            List<Thread> threads = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                threads.add(new Thread(() -> {
                    for (int i = 0; i < 500; i++) {
                        ids.add(generator.next());
                    }
                }));
            }
            threads.forEach(Thread::start);
            for (Thread thread : threads) {
                thread.join();
            }
            assertThat(ids).as(entity.getSimpleName()).hasSize(2000);
        }
    }

    @Test
    void aCallerRollbackDoesNotCauseReuse() {
        for (Class<?> entity : List.of(Shipment.class, Parcel.class)) {
            Object first;
            try (Transaction caller = engine.begin()) {
                caller.execute("SELECT 1");
                first = of(generators, entity).next();
                caller.rollback();
            }
            Object again = of(IdGenerators.build(model, engine), entity).next();
            assertThat(((Number) again).longValue()).as(entity.getSimpleName())
                    .isGreaterThan(((Number) first).longValue());
        }
    }

    @Test
    void twoEnginesLikeTwoJvmsNeverOverlap() throws Exception {
        Engine other = db.track(db.builder().build());
        IdGenerators otherGenerators = IdGenerators.build(model, other);
        for (Class<?> entity : List.of(Shipment.class, Parcel.class)) {
            List<Object> all = new CopyOnWriteArrayList<>();
            Thread a = new Thread(() -> LongStream.range(0, 500).forEach(i -> all.add(of(generators, entity).next())));
            Thread b = new Thread(() -> LongStream.range(0, 500).forEach(i -> all.add(of(otherGenerators, entity)
                    .next())));
            a.start();
            b.start();
            a.join();
            b.join();
            assertThat(new HashSet<>(all)).as(entity.getSimpleName()).hasSize(1000);
        }
    }

    @Test
    void uuidAndStringUuidIds() {
        Object badge = of(generators, Badge.class).next();
        Object label = of(generators, Label.class).next();
        assertThat(badge).isInstanceOf(UUID.class);
        assertThat(UUID.fromString((String) label).version()).isEqualTo(4);
        assertThat(statements).isEmpty();
    }

    @Test
    void missingSequenceOrTableSaysToCreateTheSchema() {
        new SchemaManager(engine, model).drop();
        IdGenerators fresh = IdGenerators.build(model, engine);
        AthanorException sequence = catchThrowableOfType(() -> of(fresh, Shipment.class).next(),
                AthanorException.class);
        AthanorException table = catchThrowableOfType(() -> of(fresh, Parcel.class).next(), AthanorException.class);
        assertThat(sequence.code()).isEqualTo(ErrorCode.ID_GENERATOR_MISSING);
        assertThat(sequence.getMessage()).contains("sequence id_shipment_seq", "Shipment.id", "Create the schema");
        assertThat(table.code()).isEqualTo(ErrorCode.ID_GENERATOR_MISSING);
        assertThat(table.getMessage()).contains("id_counters", "Parcel.id", "Create the schema");
    }

    @Entity
    @Table(name = "id_shipment")
    public static class Shipment {
        @Id
        @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "shipments")
        @SequenceGenerator(name = "shipments", sequenceName = "id_shipment_seq", initialValue = 1000,
                allocationSize = 50)
        public Long id;
    }

    @Entity
    @Table(name = "id_parcel")
    public static class Parcel {
        @Id
        @GeneratedValue(strategy = GenerationType.TABLE, generator = "parcels")
        @TableGenerator(name = "parcels", table = "id_counters", pkColumnValue = "parcels", initialValue = 5,
                allocationSize = 50)
        public int id;
    }

    @Entity
    @Table(name = "id_badge")
    public static class Badge {
        @Id
        @GeneratedValue(strategy = GenerationType.UUID)
        public UUID id;
    }

    @Entity
    @Table(name = "id_label")
    public static class Label {
        @Id
        @GeneratedValue(strategy = GenerationType.UUID)
        public String id;
    }
}
