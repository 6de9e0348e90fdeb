package dev.athanor.core.session.id;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athanor.core.engine.Engine;
import dev.athanor.core.meta.IdGeneration;
import dev.athanor.core.meta.Metadata;
import dev.athanor.core.schema.SchemaManager;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A generator table's key row on a real SQLite file. */
class TableIdGeneratorTest {

    @TempDir
    Path dir;
    private final StatementCounter statements = new StatementCounter();
    private final Metadata model = IdEntities.model();
    private Engine engine;

    @BeforeEach
    void open() {
        engine = Engine.builder("sqlite:///" + dir.resolve("table.db")).listener(statements).build();
        new SchemaManager(engine, model).create();
        statements.clear();
    }

    @AfterEach
    void close() {
        engine.close();
    }

    private IdGeneration.Table notes() {
        return (IdGeneration.Table) model.entity(IdEntities.Note.class).idGeneration();
    }

    @Test
    void blocksStartAtTheInitialValueAndAreConsecutive() {
        TableIdGenerator generator = TableIdGenerator.of(engine, notes());
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 45; i++) {
            ids.add(generator.nextValue());
        }
        assertThat(ids).isEqualTo(LongStream.range(7, 52).boxed().toList());
        assertThat(statements.naming("UPDATE \"athanor_sequences\"")).hasSize(3);
        assertThat(statements.naming("athanor_sequences")).hasSize(6);
        assertThat(engine.execute("SELECT next_val FROM athanor_sequences WHERE sequence_name = 'notes'")
                .scalar(Long.class)).isEqualTo(67);
    }

    @Test
    void otherKeysOfTheTableAreUntouched() {
        IdGeneration.Table amounts = (IdGeneration.Table) model.entity(IdEntities.Amount.class).idGeneration();
        long before = engine.execute("SELECT next_val FROM athanor_sequences WHERE sequence_name = ?",
                amounts.pkColumnValue()).scalar(Long.class);
        TableIdGenerator.of(engine, notes()).nextValue();
        assertThat(engine.execute("SELECT next_val FROM athanor_sequences WHERE sequence_name = ?",
                amounts.pkColumnValue()).scalar(Long.class)).isEqualTo(before);
    }
}
