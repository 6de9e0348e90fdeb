package dev.athanor.core.meta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.core.meta.build.MetadataBuilder;
import dev.athanor.core.meta.build.fixtures.Sales;
import org.junit.jupiter.api.Test;

class MetadataTest {

    private final Metadata metadata = new MetadataBuilder().add(Sales.Customer.class, Sales.Shop.class,
            Sales.Address.class).build();

    @Test
    void findsEntitiesByClassAndByEntityName() {
        assertThat(metadata.entity("Client").javaType()).isEqualTo(Sales.Customer.class);
        assertThat(metadata.entity(Sales.Shop.class).name()).isEqualTo("Shop");
        assertThat(metadata.findEntity("Customer")).isEmpty();
        assertThat(metadata.findEntity(String.class)).isEmpty();
        assertThat(metadata.entities()).extracting(EntityModel::name).containsExactly("Client", "Shop");
    }

    @Test
    void unknownNamesGetADidYouMean() {
        assertThatThrownBy(() -> metadata.entity("Clent"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no entity is named 'Clent'. Did you mean 'Client'?");
        assertThatThrownBy(() -> metadata.entity(Sales.Invoice.class))
                .hasMessageContaining(Sales.Invoice.class.getName() + " is not a managed entity class")
                .hasMessageContaining("[Client, Shop]");
    }

    @Test
    void holdsTheEmbeddables() {
        assertThat(metadata.embeddables()).extracting(EmbeddableModel::javaType).containsExactly(Sales.Address.class);
        assertThat(metadata.findEmbeddable(Sales.Address.class).orElseThrow().newInstance())
                .isInstanceOf(Sales.Address.class);
    }
}
