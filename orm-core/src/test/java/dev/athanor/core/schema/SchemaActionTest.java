package dev.athanor.core.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.athanor.core.error.ConfigurationException;
import dev.athanor.core.error.ErrorCode;
import org.junit.jupiter.api.Test;

class SchemaActionTest {

    @Test
    void parsesTheSpecificationValues() {
        assertThat(SchemaAction.parse("none")).isEqualTo(SchemaAction.NONE);
        assertThat(SchemaAction.parse("create")).isEqualTo(SchemaAction.CREATE);
        assertThat(SchemaAction.parse(" Drop-And-Create ")).isEqualTo(SchemaAction.DROP_AND_CREATE);
        assertThat(SchemaAction.parse("drop")).isEqualTo(SchemaAction.DROP);
        assertThat(SchemaAction.parse("validate")).isEqualTo(SchemaAction.VALIDATE);
        assertThat(SchemaAction.parse(null)).isEqualTo(SchemaAction.NONE);
        assertThat(SchemaAction.DROP_AND_CREATE).hasToString("drop-and-create");
    }

    @Test
    void dropAndCreateDoesBoth() {
        assertThat(SchemaAction.DROP_AND_CREATE.drops()).isTrue();
        assertThat(SchemaAction.DROP_AND_CREATE.creates()).isTrue();
        assertThat(SchemaAction.VALIDATE.drops() || SchemaAction.VALIDATE.creates()).isFalse();
    }

    @Test
    void unknownValueNamesThePropertyAndSuggests() {
        ConfigurationException error = catchThrowableOfType(() -> SchemaAction.parse("drop-create"),
                ConfigurationException.class);
        assertThat(error.code()).isEqualTo(ErrorCode.INVALID_OPTION_VALUE);
        assertThat(error).hasMessageContaining(SchemaAction.DATABASE_ACTION).hasMessageContaining("drop-and-create")
                .hasMessageContaining("'drop-create'");
    }
}
