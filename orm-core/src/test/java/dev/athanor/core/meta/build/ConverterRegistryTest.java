package dev.athanor.core.meta.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.error.MappingProblem;
import dev.athanor.core.meta.ConverterModel;
import dev.athanor.core.meta.build.fixtures.Conversions;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.junit.jupiter.api.Test;

class ConverterRegistryTest {

    private final MappingProblems problems = new MappingProblems();
    private final ConverterRegistry registry = new ConverterRegistry(problems);

    @Test
    void readsBothTypesFromTheDeclarationAndAppliesAutoApplyByAttributeType() {
        registry.register(Conversions.MoneyConverter.class);
        registry.register(Conversions.YesNoConverter.class);

        ConverterModel money = registry.autoAppliedTo(Conversions.Money.class).orElseThrow();
        assertThat(money.attributeType()).isEqualTo(Conversions.Money.class);
        assertThat(money.databaseType()).isEqualTo(Long.class);
        assertThat(money.toAttribute(7L)).isEqualTo(new Conversions.Money(7));
        assertThat(registry.autoAppliedTo(Boolean.class)).isEmpty();
        assertThat(registry.model(Conversions.YesNoConverter.class).orElseThrow().autoApply()).isFalse();
        assertThat(problems.isEmpty()).isTrue();
    }

    @Test
    void inheritedDeclarationsAreFoundToo() {
        assertThat(registry.model(InheritedMoney.class)).map(ConverterModel::databaseType).contains(Long.class);
    }

    @Test
    void twoAutoAppliedConvertersForOneTypeAreReported() {
        registry.register(Conversions.MoneyConverter.class);
        registry.register(InheritedMoney.class);

        assertThat(problems.list()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ErrorCode.INVALID_CONVERTER);
            assertThat(p.what()).contains("is auto-applied to", Conversions.MoneyConverter.class.getName());
        });
    }

    @Test
    void convertersToNonColumnTypesOrWithoutTheInterfaceAreReported() {
        assertThat(registry.model(ToObject.class)).isEmpty();
        assertThat(registry.model(NotAConverter.class)).isEmpty();
        assertThat(problems.list()).extracting(MappingProblem::code)
                .containsExactly(ErrorCode.INVALID_CONVERTER, ErrorCode.INVALID_CONVERTER);
        assertThat(problems.list().get(0).what()).contains("java.lang.Object", "not a column type");
    }

    @Converter(autoApply = true)
    public static class InheritedMoney extends Conversions.MoneyConverter {
    }

    public static class ToObject implements AttributeConverter<String, Object> {
        @Override
        public Object convertToDatabaseColumn(String attribute) {
            return attribute;
        }

        @Override
        public String convertToEntityAttribute(Object dbData) {
            return String.valueOf(dbData);
        }
    }

    @Converter
    public static class NotAConverter {
    }
}
