package dev.athanor.core.session.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.athanor.core.engine.Engine;
import dev.athanor.core.error.AthanorException;
import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.meta.Metadata;
import dev.athanor.core.schema.SchemaManager;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The registry over a real SQLite file whose tables {@link SchemaManager} created. */
class IdGeneratorsTest {

    @TempDir
    Path dir;
    private final Metadata model = IdEntities.model();
    private final StatementCounter statements = new StatementCounter();
    private Engine engine;
    private IdGenerators generators;

    @BeforeEach
    void open() {
        engine = Engine.builder("sqlite:///" + dir.resolve("ids.db")).listener(statements).build();
        generators = IdGenerators.build(model, engine);
    }

    @AfterEach
    void close() {
        engine.close();
    }

    private IdGenerator of(Class<?> entity) {
        return generators.forEntity(model.entity(entity)).orElseThrow();
    }

    @Test
    void buildingOpensNoConnection() {
        assertThat(engine.isStarted()).isFalse();
        assertThat(generators.sharedGenerators()).hasSize(4);
    }

    @Test
    void entitiesSharingASequenceShareItsNumbersEachInItsOwnType() {
        new SchemaManager(engine, model).create();
        IdGenerator orders = of(IdEntities.Order.class);
        IdGenerator invoices = of(IdEntities.Invoice.class);
        assertThat(IdGenerators.numbersOf(orders)).isSameAs(IdGenerators.numbersOf(invoices));
        assertThat(orders.next()).isEqualTo(1L);
        assertThat(invoices.next()).isEqualTo(2);
        assertThat(orders.next()).isEqualTo(3L);
        assertThat(of(IdEntities.Ticket.class).next()).isEqualTo(100);
    }

    @Test
    void entitiesSharingATableKeyShareItsNumbers() {
        new SchemaManager(engine, model).create();
        assertThat(of(IdEntities.Note.class).next()).isEqualTo(7L);
        assertThat(of(IdEntities.Tag.class).next()).isEqualTo(BigInteger.valueOf(8));
        assertThat(of(IdEntities.Amount.class).next()).isInstanceOf(BigDecimal.class);
    }

    @Test
    void uuidIdsAreRandomUuidsOrTheirText() {
        Object uuid = of(IdEntities.Token.class).next();
        Object text = of(IdEntities.Code.class).next();
        assertThat(uuid).isInstanceOf(UUID.class).isNotEqualTo(of(IdEntities.Token.class).next());
        assertThat(UUID.fromString((String) text).version()).isEqualTo(4);
        assertThat(engine.isStarted()).isFalse();
    }

    @Test
    void identityIdsHaveNoGeneratorTheDatabaseAssignsThem() {
        assertThat(generators.forEntity(model.entity(IdEntities.Person.class))).isEmpty();
        assertThat(generators.databaseAssigns(model.entity(IdEntities.Person.class))).isTrue();
        assertThat(generators.databaseAssigns(model.entity(IdEntities.Order.class))).isFalse();
    }

    @Test
    void aMissingSequenceTableSaysToCreateTheSchema() {
        AthanorException error = catchThrowableOfType(() -> of(IdEntities.Invoice.class).next(),
                AthanorException.class);
        assertThat(error.code()).isEqualTo(ErrorCode.ID_GENERATOR_MISSING);
        assertThat(error.getMessage()).contains("sequence order_seq", "Order.id", "Invoice.id", "Create the schema");
    }

    @Test
    void aMissingTableRowSaysToCreateTheSchema() {
        new SchemaManager(engine, model).create();
        engine.execute("DELETE FROM athanor_sequences");
        AthanorException error = catchThrowableOfType(() -> of(IdEntities.Note.class).next(), AthanorException.class);
        assertThat(error.code()).isEqualTo(ErrorCode.ID_GENERATOR_MISSING);
        assertThat(error.getMessage()).contains("athanor_sequences", "row", "Note.id", "Tag.id");
    }

    @Test
    void idsThatOutgrowAnIntAreRefused() {
        new SchemaManager(engine, model).create();
        engine.execute("UPDATE ticket_seq SET next_val = ?", (long) Integer.MAX_VALUE + 1);
        AthanorException error = catchThrowableOfType(() -> of(IdEntities.Ticket.class).next(),
                AthanorException.class);
        assertThat(error.code()).isEqualTo(ErrorCode.ID_OUT_OF_RANGE);
        assertThat(error.getMessage()).contains("Ticket.id");
    }

    @Test
    void concurrentThreadsNeverGetTheSameId() throws Exception {
        new SchemaManager(engine, model).create();
        statements.clear();
        IdGenerator orders = of(IdEntities.Order.class);
        List<Thread> threads = new ArrayList<>();
        Set<Object> ids = java.util.concurrent.ConcurrentHashMap.newKeySet();
        List<Object> all = new java.util.concurrent.CopyOnWriteArrayList<>();
        for (int t = 0; t < 4; t++) {
            threads.add(new Thread(() -> {
                for (int i = 0; i < 500; i++) {
                    Object id = orders.next();
                    ids.add(id);
                    all.add(id);
                }
            }));
        }
        threads.forEach(Thread::start);
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(all).hasSize(2000);
        assertThat(new HashSet<>(all)).hasSize(2000).isEqualTo(ids);
        assertThat(statements.naming("UPDATE \"order_seq\"")).hasSize(40);
    }
}
