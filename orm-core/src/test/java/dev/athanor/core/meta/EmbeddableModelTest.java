package dev.athanor.core.meta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.error.MappingException;
import dev.athanor.core.meta.build.MetadataBuilder;
import dev.athanor.core.meta.build.fixtures.Extras;
import dev.athanor.core.meta.build.fixtures.Sales;
import org.junit.jupiter.api.Test;

class EmbeddableModelTest {

    private static EmbeddableModel point() {
        return new MetadataBuilder().add(Extras.Marker.class, Extras.Point.class).build()
                .findEmbeddable(Extras.Point.class).orElseThrow();
    }

    @Test
    void aRecordsAttributesAreItsComponentsByName() {
        EmbeddableModel point = point();
        assertThat(point.isRecord()).isTrue();
        assertThat(point.attributes()).extracting(AttributeModel::name).containsExactly("label", "x", "y");
        assertThat(point.attribute("label").column().name()).isEqualTo("point_label");
        assertThat(point.attribute("x").access()).isEqualTo(AttributeModel.AccessKind.FIELD);
    }

    @Test
    void aRecordIsBuiltWholeThroughItsCanonicalConstructor() {
        EmbeddableModel point = point();
        Extras.Point built = (Extras.Point) point.instantiate(new Object[] {"here", 3, 4});
        assertThat(built).isEqualTo(new Extras.Point(4, 3, "here", null));
        assertThat(point.attribute("x").get(built)).isEqualTo(3);
    }

    @Test
    void aRecordIsNeverSetNorBuiltEmpty() {
        EmbeddableModel point = point();
        Extras.Point value = new Extras.Point(1, 2, "a", "b");
        assertThatThrownBy(() -> point.attribute("x").set(value, 5)).isInstanceOf(UnsupportedOperationException.class)
                .hasMessageContaining("instantiate");
        assertThatThrownBy(point::newInstance).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> point.instantiate(new Object[] {"a", null, 1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("component x is a int");
        assertThatThrownBy(() -> point.instantiate(new Object[] {"a"})).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPlainClassIsBuiltByItsConstructorAndSetters() {
        EmbeddableModel address = new MetadataBuilder().add(Sales.Address.class).build()
                .findEmbeddable(Sales.Address.class).orElseThrow();
        assertThat(address.isRecord()).isFalse();
        Object[] values = new Object[address.attributes().size()];
        values[address.attribute("city").index()] = "Lyon";
        Object built = address.instantiate(values);
        assertThat(address.attribute("city").get(built)).isEqualTo("Lyon");
    }

    @Test
    void aRecordEntityIsRefused() {
        MappingException e = catchThrowableOfType(() -> new MetadataBuilder().add(Extras.RecordEntity.class).build(),
                MappingException.class);
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ErrorCode.NOT_INSTANTIABLE);
            assertThat(p.what()).contains("it is a record");
        });
    }
}
