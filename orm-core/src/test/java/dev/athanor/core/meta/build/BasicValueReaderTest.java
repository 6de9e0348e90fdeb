package dev.athanor.core.meta.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athanor.core.meta.AttributeModel;
import dev.athanor.core.meta.EntityModel;
import dev.athanor.core.meta.ValueMapping.EnumStorage;
import dev.athanor.core.meta.ValueMapping.TemporalKind;
import dev.athanor.core.meta.build.fixtures.Extras;
import java.util.List;
import org.junit.jupiter.api.Test;

class BasicValueReaderTest {

    private final EntityModel all = new MetadataBuilder().add(Extras.AllTypes.class).build()
            .entity(Extras.AllTypes.class);

    @Test
    void everyBasicTypeOfTheSpecificationIsMapped() {
        assertThat(all.attributes()).extracting(AttributeModel::name).hasSize(37)
                .doesNotContain("skipped", "alsoSkipped");
        assertThat(all.attributes()).allSatisfy(a -> assertThat(a.kind()).isEqualTo(AttributeModel.Kind.BASIC));
    }

    @Test
    void columnsHoldWhatIsBound() {
        assertThat(columnType("aChar")).isEqualTo(Character.class);
        assertThat(columnType("chars")).isEqualTo(String.class);
        assertThat(columnType("boxedChars")).isEqualTo(String.class);
        assertThat(columnType("utilDate")).isEqualTo(java.sql.Date.class);
        assertThat(columnType("calendar")).isEqualTo(java.sql.Timestamp.class);
        assertThat(columnType("ordinal")).isEqualTo(Integer.class);
        assertThat(columnType("named")).isEqualTo(String.class);
        assertThat(columnType("sqlTime")).isEqualTo(java.sql.Time.class);
    }

    @Test
    void annotationsShapeTheValue() {
        assertThat(all.attribute("utilDate").temporal()).isEqualTo(TemporalKind.DATE);
        assertThat(all.attribute("named").enumStorage()).isEqualTo(EnumStorage.STRING);
        assertThat(all.attribute("ordinal").enumStorage()).isEqualTo(EnumStorage.ORDINAL);
        assertThat(all.attribute("bytes").lob()).isTrue();
        assertThat(all.attribute("bytes").fetch()).isEqualTo(AttributeModel.Fetch.LAZY);
        assertThat(all.attribute("bytes").optional()).isFalse();
        assertThat(all.version()).map(AttributeModel::name).contains("version");
        assertThat(List.of(all.attribute("aBoolean"), all.attribute("anInt")))
                .allSatisfy(a -> assertThat(a.column().nullable()).isFalse());
    }

    private Class<?> columnType(String attribute) {
        return all.attribute(attribute).column().javaType();
    }
}
