package dev.athanor.core.session.id;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athanor.core.engine.Engine;
import dev.athanor.core.engine.Transaction;
import dev.athanor.core.schema.SchemaManager;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The emulated sequence (a one-row table) on a real SQLite file. */
class SequenceIdGeneratorTest {

    @TempDir
    Path dir;
    private final StatementCounter statements = new StatementCounter();
    private Engine engine;

    @BeforeEach
    void open() {
        engine = Engine.builder(url()).listener(statements).build();
        new SchemaManager(engine, IdEntities.model()).create();
        statements.clear();
    }

    @AfterEach
    void close() {
        engine.close();
    }

    private String url() {
        return "sqlite:///" + dir.resolve("seq.db");
    }

    @Test
    void theFirstIdIsTheInitialValue() {
        assertThat(SequenceIdGenerator.of(engine, "ticket_seq", 10).nextValue()).isEqualTo(100);
    }

    @Test
    void oneRoundTripHandsOutABlockOfConsecutiveIds() {
        SequenceIdGenerator generator = SequenceIdGenerator.of(engine, "order_seq", 50);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            ids.add(generator.nextValue());
        }
        assertThat(ids).isEqualTo(LongStream.rangeClosed(1, 120).boxed().toList());
        // one UPDATE and one SELECT per block, in a transaction of their own
        assertThat(statements.naming("order_seq")).containsExactly(
                "UPDATE \"order_seq\" SET \"next_val\" = \"next_val\" + ?", "SELECT \"next_val\" FROM \"order_seq\"",
                "UPDATE \"order_seq\" SET \"next_val\" = \"next_val\" + ?", "SELECT \"next_val\" FROM \"order_seq\"",
                "UPDATE \"order_seq\" SET \"next_val\" = \"next_val\" + ?", "SELECT \"next_val\" FROM \"order_seq\"");
        assertThat(engine.execute("SELECT next_val FROM order_seq").scalar(Long.class)).isEqualTo(151);
    }

    @Test
    void aCallerRollbackDoesNotHandAnIdOutAgain() {
        SequenceIdGenerator generator = SequenceIdGenerator.of(engine, "order_seq", 1);
        long first;
        try (Transaction caller = engine.begin()) {
            first = generator.nextValue();
            caller.rollback();
        }
        SequenceIdGenerator restarted = SequenceIdGenerator.of(engine, "order_seq", 1);
        assertThat(restarted.nextValue()).isGreaterThan(first);
    }

    @Test
    void twoEnginesOverOneDatabaseNeverOverlap() throws Exception {
        try (Engine other = Engine.builder(url()).build()) {
            SequenceIdGenerator a = SequenceIdGenerator.of(engine, "order_seq", 50);
            SequenceIdGenerator b = SequenceIdGenerator.of(other, "order_seq", 50);
            List<Long> fromA = new java.util.concurrent.CopyOnWriteArrayList<>();
            List<Long> fromB = new java.util.concurrent.CopyOnWriteArrayList<>();
            Thread ta = new Thread(() -> LongStream.range(0, 500).forEach(i -> fromA.add(a.nextValue())));
            Thread tb = new Thread(() -> LongStream.range(0, 500).forEach(i -> fromB.add(b.nextValue())));
            ta.start();
            tb.start();
            ta.join();
            tb.join();
            HashSet<Long> all = new HashSet<>(fromA);
            all.addAll(fromB);
            assertThat(all).hasSize(1000);
        }
    }
}
