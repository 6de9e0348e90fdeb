package dev.athanor.core.meta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.core.meta.build.MetadataBuilder;
import dev.athanor.core.meta.build.fixtures.Sales;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AttributeModelTest {

    private final EntityModel customer = new MetadataBuilder().add(Sales.Customer.class).build()
            .entity(Sales.Customer.class);

    @Test
    void readsAndWritesFieldsOfAnInstance() {
        Sales.Customer instance = new Sales.Customer();
        customer.attribute("name").set(instance, "Ada");
        customer.attribute("active").set(instance, true);
        customer.attribute("version").set(instance, 3);
        instance.since = LocalDate.of(2024, 5, 1);

        assertThat(instance.name).isEqualTo("Ada");
        assertThat(instance.active).isTrue();
        assertThat(customer.attribute("version").get(instance)).isEqualTo(3);
        assertThat(customer.attribute("since").get(instance)).isEqualTo(LocalDate.of(2024, 5, 1));
    }

    @Test
    void refusesNullForAPrimitiveNamingTheAttribute() {
        assertThatThrownBy(() -> customer.attribute("active").set(new Sales.Customer(), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(Sales.Customer.class.getName() + ".active")
                .hasMessageContaining("boolean");
    }

    @Test
    void refusesAValueOfTheWrongTypeOrAForeignInstance() {
        assertThatThrownBy(() -> customer.attribute("name").set(new Sales.Customer(), 42))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("java.lang.Integer");
        assertThatThrownBy(() -> customer.attribute("name").get("not a customer"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("java.lang.String");
    }

    @Test
    void aBasicAttributeHasOneColumnAndNoEmbeddedParts() {
        AttributeModel name = customer.attribute("name");
        assertThat(name.kind()).isEqualTo(AttributeModel.Kind.BASIC);
        assertThat(name.kind().toOne()).isFalse();
        assertThat(name.embeddedAttributes()).isEmpty();
        assertThat(name.joinColumn()).isNull();
        assertThat(name.converter()).isEmpty();
        assertThat(name.toString()).isEqualTo("Customer.name#8 BASIC [clients.full_name]");
    }

    @Test
    void anEmbeddedAttributeHasNoSingleColumn() {
        AttributeModel address = new MetadataBuilder().add(Sales.Shop.class).build().entity(Sales.Shop.class)
                .attribute("address");
        assertThatThrownBy(address::column).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("3 columns");
    }
}
