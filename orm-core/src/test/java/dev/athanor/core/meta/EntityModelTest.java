package dev.athanor.core.meta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.core.meta.build.MetadataBuilder;
import dev.athanor.core.meta.build.fixtures.Sales;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntityModelTest {

    private final Metadata metadata = new MetadataBuilder().add(Sales.Customer.class, Sales.Invoice.class,
            Sales.Order.class).build();

    @Test
    void createsInstancesThroughTheNoArgumentConstructor() {
        assertThat(metadata.entity(Sales.Order.class).newInstance()).isInstanceOf(Sales.Order.class);
    }

    @Test
    void findsAttributesByNameWithADidYouMean() {
        EntityModel customer = metadata.entity(Sales.Customer.class);
        assertThat(customer.findAttribute("tier")).isPresent();
        assertThat(customer.findAttribute("scratch")).isEmpty();
        assertThatThrownBy(() -> customer.attribute("balanse"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no persistent attribute 'balanse'. Did you mean 'balance'?");
    }

    @Test
    void listsTheColumnsOfItsTableInAttributeOrder() {
        assertThat(metadata.entity(Sales.Order.class).columns()).extracting(ColumnModel::name)
                .containsExactly("created", "id", "version", "customer_id", "invoice_ref", "quantity");
    }

    @Test
    void refusesAttributesNumberedOutOfOrder() {
        AttributeModel id = metadata.entity(Sales.Customer.class).id();
        assertThatThrownBy(() -> new EntityModel("X", Sales.Customer.class, new EntityModel.TableName("x", null, null),
                new IdGeneration.Assigned(), List.of(id), List.of(), AttributeModel.AccessKind.FIELD, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has index 5 at position 0");
    }

    @Test
    void describesItselfByNameAndTable() {
        assertThat(metadata.entity(Sales.Customer.class)).hasToString("EntityModel[Client -> crm.clients]");
    }
}
