package dev.athanor.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.core.engine.Engine;
import dev.athanor.core.meta.Metadata;
import dev.athanor.core.meta.build.MetadataBuilder;
import dev.athanor.jpa.boot.fixtures.Address;
import dev.athanor.jpa.boot.fixtures.Customer;
import jakarta.persistence.SchemaValidationException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AthanorSchemaManagerTest {

    @TempDir
    Path dir;

    @Test
    void createsValidatesTruncatesAndDrops() throws Exception {
        Metadata metadata = new MetadataBuilder().add(Customer.class, Address.class).build();
        try (Engine engine = Engine.builder("jdbc:sqlite:" + dir.resolve("s.db")).build()) {
            AthanorSchemaManager schema = new AthanorSchemaManager(engine, metadata);

            schema.create(false);
            schema.validate();
            engine.execute("insert into Customer (id, name) values (1, 'Ann')");
            schema.truncate();
            assertThat(engine.execute("select count(*) from Customer").scalar()).isEqualTo(0);

            schema.drop(false);
            assertThatThrownBy(schema::validate)
                    .isInstanceOf(SchemaValidationException.class)
                    .hasMessageContaining("ATH-6001")
                    .satisfies(e -> assertThat(((SchemaValidationException) e).getFailures()).isNotEmpty()
                            .allSatisfy(f -> assertThat(f.getMessage()).contains("Customer")));
        }
    }
}
