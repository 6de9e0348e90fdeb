package dev.athanor.jpa.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.core.meta.build.MappingOverrides;
import dev.athanor.jpa.boot.fixtures.Address;
import dev.athanor.jpa.boot.fixtures.Customer;
import dev.athanor.jpa.boot.fixtures.Product;
import java.io.IOException;
import java.nio.file.Path;
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
