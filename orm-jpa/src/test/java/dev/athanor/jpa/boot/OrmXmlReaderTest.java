package dev.athanor.jpa.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.core.meta.ColumnResultModel;
import dev.athanor.core.meta.ConstructorResultModel;
import dev.athanor.core.meta.EntityResultModel;
import dev.athanor.core.meta.NamedNativeQueryModel;
import dev.athanor.core.meta.NamedQueryModel;
import dev.athanor.core.meta.ResultSetMappingModel;
import dev.athanor.core.meta.build.MappingOverrides;
import dev.athanor.jpa.boot.fixtures.Address;
import dev.athanor.jpa.boot.fixtures.Customer;
import dev.athanor.jpa.boot.fixtures.Product;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OrmXmlReaderTest {

    private static final String MAPPINGS = """
              <package>dev.athanor.jpa.boot.fixtures</package>
              <entity class="Customer" name="Client">
                <table name="clients"/>
                <attributes>
                  <basic name="name"><column name="full_name"/></basic>
                  <embedded name="address">
                    <attribute-override name="street"><column name="addr_street"/></attribute-override>
                  </embedded>
                </attributes>
              </entity>
              <entity class="dev.athanor.jpa.boot.fixtures.Product" name="Article"/>
            """;

    @TempDir
    Path dir;

    @Test
    void readsEntityNamesAndColumnNames() throws IOException {
        Path file = TestUnits.ormXml(dir, "orm.xml", MAPPINGS);
        MappingOverrides.Builder builder = MappingOverrides.builder();

        OrmXmlReader.read(file.toUri().toURL(), builder);

        MappingOverrides overrides = builder.build();
        assertThat(overrides.entityName(Customer.class)).contains("Client");
        assertThat(overrides.entityName(Product.class)).contains("Article");
        assertThat(overrides.columnNames(Customer.class))
                .containsExactly(Map.entry("name", "full_name"), Map.entry("address.street", "addr_street"));
        assertThat(overrides.source(Customer.class)).startsWith(file.toUri().toURL() + ":");
    }

    @Test
    void readsNamedQueriesAndResultSetMappingsWithTheirClasses() throws IOException {
        Path file = TestUnits.ormXml(dir, "orm.xml", """
                  <package>dev.athanor.jpa.boot.fixtures</package>
                  <named-query name="Customer.all">
                    <query>select c from Customer c</query>
                    <lock-mode>PESSIMISTIC_READ</lock-mode>
                    <hint name="jakarta.persistence.query.timeout" value="100"/>
                  </named-query>
                  <named-native-query name="Customer.native" result-class="Customer">
                    <query>select * from Customer</query>
                  </named-native-query>
                  <named-native-query name="Customer.inline">
                    <query>select count(*) as n from Customer</query>
                    <column-result name="n" class="Long"/>
                  </named-native-query>
                  <sql-result-set-mapping name="CustomerAndCount">
                    <entity-result entity-class="Customer" discriminator-column="kind">
                      <field-result name="name" column="customer_name"/>
                    </entity-result>
                    <constructor-result target-class="java.lang.StringBuilder">
                      <column name="name" class="String"/>
                    </constructor-result>
                    <column-result name="n" class="long"/>
                  </sql-result-set-mapping>
                  <entity class="Customer">
                    <named-query name="Customer.byName"><query>select c from Customer c where c.name = :n</query></named-query>
                  </entity>
                """);
        MappingOverrides.Builder builder = MappingOverrides.builder();

        OrmXmlReader.read(file.toUri().toURL(), builder, getClass().getClassLoader());

        MappingOverrides overrides = builder.build();
        assertThat(overrides.namedQueries()).extracting(MappingOverrides.Declared::model).containsExactly(
                new NamedQueryModel("Customer.all", "select c from Customer c", Object.class, "PESSIMISTIC_READ",
                        Map.of("jakarta.persistence.query.timeout", "100"), Object.class),
                new NamedQueryModel("Customer.byName", "select c from Customer c where c.name = :n", Object.class,
                        "NONE", Map.of(), Customer.class));
        assertThat(overrides.namedQueries().get(0).source()).startsWith(file.toUri().toURL() + ":");
        assertThat(overrides.namedNativeQueries()).extracting(MappingOverrides.Declared::model).containsExactly(
                new NamedNativeQueryModel("Customer.native", "select * from Customer", Customer.class, "", Map.of(),
                        Object.class),
                new NamedNativeQueryModel("Customer.inline", "select count(*) as n from Customer", void.class,
                        "NamedNativeQuery:Customer.inline", Map.of(), Object.class));
        assertThat(overrides.resultSetMappings()).extracting(MappingOverrides.Declared::model).containsExactly(
                new ResultSetMappingModel("NamedNativeQuery:Customer.inline", List.of(), List.of(),
                        List.of(new ColumnResultModel("n", Long.class)), Object.class),
                new ResultSetMappingModel("CustomerAndCount",
                        List.of(new EntityResultModel(Customer.class, Map.of("name", "customer_name"), "kind")),
                        List.of(new ConstructorResultModel(StringBuilder.class,
                                List.of(new ColumnResultModel("name", String.class)))),
                        List.of(new ColumnResultModel("n", long.class)), Object.class));
    }

    @Test
    void aUnitsMappingFileQueriesReachItsMetadataWithTheUnitsClassLoader() throws IOException {
        TestUnits.ormXml(dir, "META-INF/orm.xml", """
                  <named-native-query name="Customer.native" result-class="dev.athanor.jpa.boot.fixtures.Customer">
                    <query>select * from Customer</query>
                  </named-native-query>
                """);
        TestUnits.persistenceXml(dir, """
                <persistence-unit name="orm">
                  <class>dev.athanor.jpa.boot.fixtures.Customer</class>
                  <class>dev.athanor.jpa.boot.fixtures.Address</class>
                  <exclude-unlisted-classes/>
                  <properties><property name="jakarta.persistence.jdbc.url" value="jdbc:sqlite:o.db"/></properties>
                </persistence-unit>
                """);
        ClassLoader loader = TestUnits.loader(dir);

        UnitSetup setup = UnitResolver.resolve(PersistenceUnits.named("orm", loader).get(0), loader, Map.of());

        assertThat(setup.buildMetadata().namedNativeQueries()).singleElement()
                .satisfies(q -> assertThat(q.resultClass()).isEqualTo(Customer.class))
                .satisfies(q -> assertThat(q.declaredOn()).isEqualTo(Object.class));
    }

    @Test
    void anUnknownClassInAQueryFailsAtItsLine() throws IOException {
        Path file = TestUnits.ormXml(dir, "orm.xml", """
                  <named-native-query name="q" result-class="com.example.Nowhere"><query>select 1</query></named-native-query>
                """);

        assertThatThrownBy(() -> OrmXmlReader.read(file.toUri().toURL(), MappingOverrides.builder()))
                .isInstanceOf(PersistenceUnitException.class)
                .hasMessageContaining("ATH-1013")
                .hasMessageContaining("class com.example.Nowhere is not found")
                .hasMessageContaining(file.toUri().toURL() + ":3:");
    }

    @Test
    void anInvalidFileFailsWithFileLineAndColumn() throws IOException {
        Path file = TestUnits.ormXml(dir, "orm.xml", "<entity clas=\"Customer\"/>");

        assertThatThrownBy(() -> OrmXmlReader.read(file.toUri().toURL(), MappingOverrides.builder()))
                .isInstanceOf(PersistenceUnitException.class)
                .hasMessageContaining("ATH-1013")
                .hasMessageContaining(file.toUri().toURL() + ":3:");
    }

    @Test
    void theRootsDefaultOrmXmlAndNamedMappingFilesAreRead() throws IOException {
        TestUnits.ormXml(dir, "META-INF/orm.xml", """
                  <entity class="dev.athanor.jpa.boot.fixtures.Customer" name="Client"/>
                """);
        TestUnits.ormXml(dir, "mappings/more.xml", """
                  <entity class="dev.athanor.jpa.boot.fixtures.Product">
                    <attributes><basic name="title"><column name="label"/></basic></attributes>
                  </entity>
                """);
        TestUnits.persistenceXml(dir, """
                <persistence-unit name="orm">
                  <mapping-file>mappings/more.xml</mapping-file>
                  <class>dev.athanor.jpa.boot.fixtures.Customer</class>
                  <class>dev.athanor.jpa.boot.fixtures.Address</class>
                  <class>dev.athanor.jpa.boot.fixtures.Product</class>
                  <exclude-unlisted-classes/>
                  <properties><property name="jakarta.persistence.jdbc.url" value="jdbc:sqlite:o.db"/></properties>
                </persistence-unit>
                """);
        ClassLoader loader = TestUnits.loader(dir);

        UnitSetup setup = UnitResolver.resolve(PersistenceUnits.named("orm", loader).get(0), loader, Map.of());

        assertThat(setup.overrides().entityName(Customer.class)).contains("Client");
        assertThat(setup.overrides().columnName(Product.class, "title")).contains("label");
        assertThat(setup.overrides().entityName(Address.class)).isEmpty();
    }

    @Test
    void aMissingMappingFileIsNamed() throws IOException {
        TestUnits.persistenceXml(dir, """
                <persistence-unit name="orm">
                  <mapping-file>mappings/nowhere.xml</mapping-file>
                  <exclude-unlisted-classes/>
                  <properties><property name="jakarta.persistence.jdbc.url" value="jdbc:sqlite:o.db"/></properties>
                </persistence-unit>
                """);
        ClassLoader loader = TestUnits.loader(dir);

        assertThatThrownBy(() -> UnitResolver.resolve(PersistenceUnits.named("orm", loader).get(0), loader, Map.of()))
                .hasMessageContaining("ATH-1013").hasMessageContaining("mappings/nowhere.xml").hasMessageContaining("'orm'");
    }
}
