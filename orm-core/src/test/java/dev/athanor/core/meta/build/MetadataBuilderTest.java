package dev.athanor.core.meta.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.error.MappingException;
import dev.athanor.core.error.MappingProblem;
import dev.athanor.core.meta.AttributeModel;
import dev.athanor.core.meta.AttributeModel.AccessKind;
import dev.athanor.core.meta.AttributeModel.Cascade;
import dev.athanor.core.meta.AttributeModel.Fetch;
import dev.athanor.core.meta.AttributeModel.Kind;
import dev.athanor.core.meta.ColumnModel;
import dev.athanor.core.meta.EntityModel;
import dev.athanor.core.meta.IdGeneration;
import dev.athanor.core.meta.Metadata;
import dev.athanor.core.meta.ValueMapping.EnumStorage;
import dev.athanor.core.meta.ValueMapping.TemporalKind;
import dev.athanor.core.meta.build.fixtures.Broken;
import dev.athanor.core.meta.build.fixtures.Conversions;
import dev.athanor.core.meta.build.fixtures.Ids;
import dev.athanor.core.meta.build.fixtures.Sales;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class MetadataBuilderTest {

    private static Metadata sales() {
        return new MetadataBuilder().add(Sales.Customer.class, Sales.Address.class, Sales.Shop.class,
                Sales.Audited.class, Sales.Order.class, Sales.Invoice.class).build();
    }

    @Nested
    class EntitiesAndColumns {

        private final EntityModel customer = sales().entity(Sales.Customer.class);

        @Test
        void nameAndTableComeFromEntityAndTable() {
            assertThat(customer.name()).isEqualTo("Client");
            assertThat(customer.table()).isEqualTo(new EntityModel.TableName("clients", "crm", null));
            assertThat(customer.access()).isEqualTo(AccessKind.FIELD);
        }

        @Test
        void tableDefaultsToTheEntityNameAndColumnsToTheAttributeName() {
            EntityModel shop = sales().entity("Shop");
            assertThat(shop.tableName()).isEqualTo("Shop");
            assertThat(shop.id().column()).isEqualTo(new ColumnModel("id", "Shop", false, false, 255, 0, 0, true,
                    true, null, Long.class, null, null, List.of(), ColumnModel.DEFAULT_SECOND_PRECISION));
        }

        @Test
        void columnAnnotationGivesEveryListedAttribute() {
            assertThat(customer.attribute("name").column()).isEqualTo(new ColumnModel("full_name", "clients", false,
                    true, 100, 0, 0, true, true, null, String.class, null, null, List.of(),
                    ColumnModel.DEFAULT_SECOND_PRECISION));
            ColumnModel balance = customer.attribute("balance").column();
            assertThat(balance.precision()).isEqualTo(10);
            assertThat(balance.scale()).isEqualTo(2);
            ColumnModel computed = customer.attribute("computed").column();
            assertThat(computed.insertable()).isFalse();
            assertThat(computed.updatable()).isFalse();
            assertThat(computed.columnDefinition()).isEqualTo("varchar(20) default 'x'");
            assertThat(customer.attribute("computed").insertable()).isFalse();
        }

        @Test
        void transientStaticAndTransientAnnotatedFieldsAreSkipped() {
            assertThat(customer.attributes()).extracting(AttributeModel::name)
                    .doesNotContain("cache", "counter", "scratch");
        }

        @Test
        void attributesAreNumberedByName() {
            assertThat(customer.attributes()).extracting(AttributeModel::name).containsExactly("active", "balance",
                    "birthday", "computed", "externalId", "id", "initial", "lastSeen", "name", "notes", "photo",
                    "since", "status", "tier", "version");
            assertThat(customer.attributes()).extracting(AttributeModel::index)
                    .containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14);
        }

        @Test
        void enumsAreOrdinalUnlessEnumeratedString() {
            assertThat(customer.attribute("status").enumStorage()).isEqualTo(EnumStorage.ORDINAL);
            assertThat(customer.attribute("status").column().javaType()).isEqualTo(Integer.class);
            assertThat(customer.attribute("tier").enumStorage()).isEqualTo(EnumStorage.STRING);
            assertThat(customer.attribute("tier").column().javaType()).isEqualTo(String.class);
        }

        @Test
        void temporalLobBasicAndVersion() {
            assertThat(customer.attribute("birthday").temporal()).isEqualTo(TemporalKind.DATE);
            assertThat(customer.attribute("birthday").column().javaType()).isEqualTo(java.sql.Date.class);
            assertThat(customer.attribute("lastSeen").temporal()).isEqualTo(TemporalKind.TIMESTAMP);
            assertThat(customer.attribute("since").temporal()).isNull();
            assertThat(customer.attribute("notes").lob()).isTrue();
            AttributeModel photo = customer.attribute("photo");
            assertThat(photo.fetch()).isEqualTo(Fetch.LAZY);
            assertThat(photo.optional()).isFalse();
            assertThat(photo.column().nullable()).isFalse();
            assertThat(customer.version()).map(AttributeModel::name).contains("version");
        }

        @Test
        void primitivesAndIdsAreNeverOptionalAndColumnsHoldBoxedTypes() {
            AttributeModel active = customer.attribute("active");
            assertThat(active.optional()).isFalse();
            assertThat(active.column().nullable()).isFalse();
            assertThat(active.column().javaType()).isEqualTo(Boolean.class);
            assertThat(customer.attribute("initial").column().javaType()).isEqualTo(Character.class);
            assertThat(customer.attribute("externalId").optional()).isTrue();
            assertThat(customer.id().optional()).isFalse();
        }
    }

    @Nested
    class Embedding {

        private final EntityModel shop = sales().entity(Sales.Shop.class);

        @Test
        void embeddedColumnsDefaultToTheEmbeddedAttributeNames() {
            AttributeModel address = shop.attribute("address");
            assertThat(address.kind()).isEqualTo(Kind.EMBEDDED);
            assertThat(address.embeddable().javaType()).isEqualTo(Sales.Address.class);
            assertThat(address.columns()).extracting(ColumnModel::name).containsExactly("shop_city", "street",
                    "zip_code");
            assertThat(address.embeddedAttribute("city").orElseThrow().column().nullable()).isFalse();
            assertThat(address.columns()).extracting(ColumnModel::table).containsOnly("Shop");
        }

        @Test
        void attributeOverridesWithoutEmbeddedStillEmbed() {
            assertThat(shop.attribute("billing").columns()).extracting(ColumnModel::name)
                    .containsExactly("billing_city", "billing_street", "billing_zip");
            assertThat(shop.columns()).hasSize(7);
        }

        @Test
        void theEmbeddableModelKeepsItsOwnColumns() {
            Metadata metadata = sales();
            assertThat(metadata.findEmbeddable(Sales.Address.class).orElseThrow().attributes())
                    .extracting(a -> a.column().name()).containsExactly("city", "street", "zip_code");
        }

        @Test
        void embeddedValuesAreReadAndWrittenThroughTheModel() {
            Sales.Shop instance = new Sales.Shop();
            AttributeModel address = shop.attribute("address");
            Object value = address.embeddable().newInstance();
            address.embeddedAttribute("city").orElseThrow().set(value, "Lyon");
            address.set(instance, value);
            assertThat(instance.address.city).isEqualTo("Lyon");
            assertThat(address.get(instance)).isSameAs(value);
        }
    }

    @Nested
    class MappedSuperclassesAndToOne {

        private final EntityModel order = sales().entity(Sales.Order.class);

        @Test
        void inheritedAttributesComeFirstAndKeepTheirGenerator() {
            assertThat(order.supertypes()).containsExactly(Sales.Audited.class);
            assertThat(order.attributes()).extracting(AttributeModel::name).containsExactly("createdAt", "id",
                    "version", "customer", "invoice", "quantity");
            assertThat(order.attribute("id").declaringClass()).isEqualTo(Sales.Audited.class);
            assertThat(order.idGeneration()).isEqualTo(new IdGeneration.Sequence("ids", "id_seq", null, null, 1, 20));
            assertThat(order.version().orElseThrow().javaType()).isEqualTo(Long.class);
            assertThat(order.tableName()).isEqualTo("Order");
        }

        @Test
        void anOverrideOnTheEntityRenamesAnInheritedColumn() {
            assertThat(order.attribute("createdAt").column().name()).isEqualTo("created");
            assertThat(order.attribute("createdAt").column().javaType()).isEqualTo(Instant.class);
        }

        @Test
        void manyToOneDefaultsItsJoinColumnToAttributeUnderscoreReferencedId() {
            AttributeModel customer = order.attribute("customer");
            assertThat(customer.kind()).isEqualTo(Kind.MANY_TO_ONE);
            assertThat(customer.fetch()).isEqualTo(Fetch.LAZY);
            assertThat(customer.optional()).isFalse();
            assertThat(customer.cascade()).containsExactly(Cascade.PERSIST);
            assertThat(customer.joinColumn().targetEntity()).isEqualTo(Sales.Customer.class);
            assertThat(customer.joinColumn().referencedColumnName()).isEqualTo("id");
            assertThat(customer.column()).isEqualTo(new ColumnModel("customer_id", "Order", false, false, 255, 0, 0,
                    true, true, null, Long.class, null, null, List.of(), ColumnModel.DEFAULT_SECOND_PRECISION));
        }

        @Test
        void joinColumnGivesNameNullabilityAndUpdatability() {
            AttributeModel invoice = order.attribute("invoice");
            assertThat(invoice.kind()).isEqualTo(Kind.ONE_TO_ONE);
            assertThat(invoice.fetch()).isEqualTo(Fetch.EAGER);
            assertThat(invoice.cascade()).containsExactlyInAnyOrder(Cascade.values());
            ColumnModel column = invoice.column();
            assertThat(column.name()).isEqualTo("invoice_ref");
            assertThat(column.nullable()).isFalse();
            assertThat(column.insertable()).isTrue();
            assertThat(column.updatable()).isFalse();
            assertThat(column.javaType()).isEqualTo(String.class);
            assertThat(invoice.joinColumn().referencedColumnName()).isEqualTo("number");
        }
    }

    @Nested
    class PropertyAccess {

        private final EntityModel invoice = sales().entity(Sales.Invoice.class);

        @Test
        void idOnAGetterMakesPropertiesPersistent() {
            assertThat(invoice.access()).isEqualTo(AccessKind.PROPERTY);
            assertThat(invoice.attributes()).extracting(AttributeModel::name)
                    .containsExactly("amount", "note", "number", "paid");
            assertThat(invoice.attribute("number").access()).isEqualTo(AccessKind.PROPERTY);
            assertThat(invoice.attribute("note").access()).isEqualTo(AccessKind.FIELD);
        }

        @Test
        void valuesGoThroughTheGetterAndSetter() {
            Sales.Invoice instance = (Sales.Invoice) invoice.newInstance();
            invoice.attribute("number").set(instance, "42");
            invoice.attribute("amount").set(instance, new BigDecimal("9.50"));
            invoice.attribute("paid").set(instance, true);
            invoice.attribute("note").set(instance, "by field");

            assertThat(invoice.attribute("number").get(instance)).isEqualTo("#42");
            assertThat(instance.getterCalls()).isEqualTo(1);
            assertThat(instance.getAmount()).isEqualByComparingTo("9.50");
            assertThat(instance.isPaid()).isTrue();
            assertThat(instance.note()).isEqualTo("by field");
        }
    }

    @Nested
    class Conversion {

        private final Metadata metadata = new MetadataBuilder().add(Conversions.MoneyConverter.class,
                Conversions.YesNoConverter.class, Conversions.Product.class).build();
        private final EntityModel product = metadata.entity(Conversions.Product.class);

        @Test
        void autoAppliedConverterMapsItsAttributeType() {
            AttributeModel price = product.attribute("price");
            assertThat(price.converter().orElseThrow().converterClass()).isEqualTo(Conversions.MoneyConverter.class);
            assertThat(price.column().javaType()).isEqualTo(Long.class);
            assertThat(price.converter().orElseThrow().toDatabase(new Conversions.Money(250))).isEqualTo(250L);
            assertThat(metadata.autoAppliedConverters()).extracting(c -> (Object) c.converterClass())
                    .containsExactly(Conversions.MoneyConverter.class);
        }

        @Test
        void convertNamesAConverterForOneAttributeOnly() {
            AttributeModel available = product.attribute("available");
            assertThat(available.converter().orElseThrow().databaseType()).isEqualTo(String.class);
            assertThat(available.column().javaType()).isEqualTo(String.class);
            assertThat(available.converter().orElseThrow().toAttribute("Y")).isEqualTo(true);
            assertThat(product.attribute("discontinued").converter()).isEmpty();
        }
    }

    @Nested
    class IdGenerations {

        private final Metadata metadata = new MetadataBuilder().add(Ids.Ticket.class, Ids.Badge.class,
                Ids.Counter.class, Ids.Note.class, Ids.Token.class, Ids.Step.class, Ids.Lap.class, Ids.Plain.class)
                .build();

        @Test
        void eachStrategyResolves() {
            assertThat(generation(Ids.Ticket.class)).isInstanceOf(IdGeneration.Uuid.class);
            assertThat(generation(Ids.Badge.class)).isInstanceOf(IdGeneration.Uuid.class);
            assertThat(generation(Ids.Token.class)).isInstanceOf(IdGeneration.Uuid.class);
            assertThat(generation(Ids.Note.class)).isInstanceOf(IdGeneration.Auto.class);
            assertThat(generation(Ids.Plain.class)).isInstanceOf(IdGeneration.Assigned.class);
            assertThat(generation(Ids.Plain.class).generated()).isFalse();
        }

        @Test
        void tableAndSequenceGeneratorsGiveTheirSettingsOrDefaults() {
            assertThat(generation(Ids.Counter.class)).isEqualTo(new IdGeneration.Table("counters", "gen", null, null,
                    "sequence_name", "next_val", "counter", 0, 10));
            assertThat(generation(Ids.Step.class)).isEqualTo(new IdGeneration.Sequence(null, "Step_seq", null, null,
                    1, 50));
            assertThat(generation(Ids.Lap.class)).isEqualTo(new IdGeneration.Sequence(null, "lap_numbers", null,
                    null, 100, 50));
        }

        private IdGeneration generation(Class<?> type) {
            return metadata.entity(type).idGeneration();
        }
    }

    @Nested
    class Errors {

        @Test
        void everyProblemIsReportedAtOnceNamingClassAndAttribute() {
            MappingException e = catchThrowableOfType(() -> new MetadataBuilder().add(Broken.NoId.class,
                    Broken.SameNameA.class, Broken.SameNameB.class, Broken.OddType.class, Broken.TextVersion.class,
                    Broken.GeneratedText.class, Broken.PointsAtStranger.class, Broken.EmbedsLoose.class,
                    Broken.FinalEntity.class, Broken.NoDefaultConstructor.class, Broken.PrivateConstructor.class,
                    Broken.ColumnClash.class, Broken.UnknownGenerator.class, Ids.Counter.class).build(),
                    MappingException.class);

            assertThat(e.code()).isEqualTo(ErrorCode.INVALID_MAPPING);
            assertThat(e.problems()).extracting(MappingProblem::code, p -> simple(p.type()), MappingProblem::attribute)
                    .containsExactlyInAnyOrder(
                            tuple(ErrorCode.MISSING_ID, "NoId", null),
                            tuple(ErrorCode.DUPLICATE_ENTITY_NAME, "SameNameB", null),
                            tuple(ErrorCode.UNSUPPORTED_ATTRIBUTE_TYPE, "OddType", "tags"),
                            tuple(ErrorCode.UNSUPPORTED_ATTRIBUTE_TYPE, "OddType", "worker"),
                            tuple(ErrorCode.UNSUPPORTED_VERSION_TYPE, "TextVersion", "version"),
                            tuple(ErrorCode.UNSUPPORTED_GENERATED_ID, "GeneratedText", "id"),
                            tuple(ErrorCode.NOT_AN_ENTITY_TARGET, "PointsAtStranger", "stranger"),
                            tuple(ErrorCode.NOT_EMBEDDABLE, "EmbedsLoose", "loose"),
                            tuple(ErrorCode.NOT_INSTANTIABLE, "FinalEntity", null),
                            tuple(ErrorCode.NOT_INSTANTIABLE, "NoDefaultConstructor", null),
                            tuple(ErrorCode.NOT_INSTANTIABLE, "PrivateConstructor", null),
                            tuple(ErrorCode.DUPLICATE_COLUMN, "ColumnClash", "otherCode"),
                            tuple(ErrorCode.UNKNOWN_GENERATOR, "UnknownGenerator", "id"));
            assertThat(e.getMessage()).startsWith("ATH-5001 Invalid entity mapping: 13 problems\n");
        }

        @Test
        void messagesSayWhatToDo() {
            String message = messageFor(Broken.OddType.class);
            assertThat(message).contains("ATH-5004 " + Broken.OddType.class.getName() + ".worker: its type"
                    + " java.lang.Thread is not one Athanor stores in a column", "@Convert", "@Transient");
            assertThat(message).contains("java.util.List<java.lang.String>", "Collections");
            assertThat(messageFor(Broken.UnknownGenerator.class, Ids.Counter.class))
                    .contains("no generator is named 'counterz'. Did you mean 'counters'?");
            assertThat(messageFor(Broken.ColumnClash.class)).contains("[code, otherCode]", "column 'code'")
                    .doesNotContain("readOnlyCode");
            assertThat(messageFor(Broken.SameNameA.class, Broken.SameNameB.class))
                    .contains("its entity name 'Same' is also the name of " + Broken.SameNameA.class.getName());
        }

        @Test
        void unsupportedAssociationsAndDisabledConversionsAreReported() {
            assertThat(problems(Broken.HasCollection.class)).singleElement().satisfies(p -> {
                assertThat(p.code()).isEqualTo(ErrorCode.UNSUPPORTED_MAPPING);
                assertThat(p.what()).contains("@MapKeyColumn is not supported yet");
            });
            assertThat(problems(Conversions.MoneyConverter.class, Broken.DisabledConversion.class))
                    .extracting(MappingProblem::code).containsExactly(ErrorCode.UNSUPPORTED_ATTRIBUTE_TYPE);
        }

        @Test
        void aClassThatIsNotManagedIsReported() {
            assertThat(problems(Broken.Stranger.class)).extracting(MappingProblem::code)
                    .containsExactly(ErrorCode.NOT_A_MANAGED_CLASS);
        }

        @Test
        void aValidModelThrowsNothing() {
            assertThat(sales().entities()).hasSize(4);
            assertThatThrownBy(() -> new MetadataBuilder().add(Broken.NoId.class).build())
                    .isInstanceOf(jakarta.persistence.PersistenceException.class);
        }

        private static List<MappingProblem> problems(Class<?>... classes) {
            return catchThrowableOfType(() -> new MetadataBuilder().add(classes).build(), MappingException.class)
                    .problems();
        }

        private static String messageFor(Class<?>... classes) {
            return catchThrowableOfType(() -> new MetadataBuilder().add(classes).build(), MappingException.class)
                    .getMessage();
        }

        private static String simple(String className) {
            return className.substring(className.lastIndexOf('$') + 1);
        }

        private static org.assertj.core.groups.Tuple tuple(Object... values) {
            return org.assertj.core.groups.Tuple.tuple(values);
        }
    }

    @Test
    void uuidIdsAreAcceptedForTicket() {
        assertThat(new MetadataBuilder().add(Ids.Ticket.class).build().entity(Ids.Ticket.class).id().javaType())
                .isEqualTo(UUID.class);
    }
}
