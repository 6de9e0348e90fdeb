package dev.athanor.core.meta.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.error.MappingException;
import dev.athanor.core.error.MappingProblem;
import dev.athanor.core.meta.CheckModel;
import dev.athanor.core.meta.EntityModel;
import dev.athanor.core.meta.IndexModel;
import dev.athanor.core.meta.UniqueConstraintModel;
import dev.athanor.core.meta.build.fixtures.Extras;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableDefinitionReaderTest {

    @Test
    void indexesAreParsedAndSpelledAsTheColumns() {
        EntityModel item = new MetadataBuilder().add(Extras.Item.class).build().entity(Extras.Item.class);
        assertThat(item.indexes()).containsExactly(
                new IndexModel(null, List.of(new IndexModel.Column("sku", false), new IndexModel.Column("price", true)),
                        false),
                new IndexModel("ix_items_label", List.of(new IndexModel.Column("label", false)), true));
        assertThat(item.uniqueConstraints()).containsExactly(new UniqueConstraintModel(null, List.of("label", "sku")),
                new UniqueConstraintModel("uk_code", List.of("code")));
        assertThat(item.tableDefinition().checks()).containsExactly(new CheckModel(null, "price >= 0"));
        assertThat(item.tableDefinition().comment()).isEqualTo("what's sold");
        assertThat(item.tableDefinition().options()).isNull();
    }

    @Test
    void unknownColumnsAndMalformedListsAreReportedNamingEntityAndColumn() {
        MappingException e = catchThrowableOfType(() -> new MetadataBuilder().add(Extras.BadIndexes.class).build(),
                MappingException.class);
        assertThat(e.problems()).extracting(MappingProblem::code).containsOnly(ErrorCode.INVALID_INDEX).hasSize(4);
        assertThat(e.getMessage()).contains(
                "@Index names column 'skew', which table BadIndexes of entity BadIndexes does not have. Did you mean"
                        + " 'sku'?",
                "\"sku UP\", which is not 'column [ASC|DESC], ...'",
                "@UniqueConstraint names column 'nope'");
    }
}
