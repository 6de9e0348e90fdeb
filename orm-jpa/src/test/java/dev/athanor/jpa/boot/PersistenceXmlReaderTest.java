package dev.athanor.jpa.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.core.error.ConfigurationException;
import dev.athanor.core.error.ErrorCode;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PersistenceXmlReaderTest {

    private static final String HEADER = """
            <?xml version="1.0" encoding="UTF-8"?>
            <persistence xmlns="https://jakarta.ee/xml/ns/persistence"
                         xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                         xsi:schemaLocation="https://jakarta.ee/xml/ns/persistence https://jakarta.ee/xml/ns/persistence/persistence_3_2.xsd"
                         version="3.2">
            """;

    @TempDir
    Path dir;

    private URL write(Path root, String xml) throws IOException {
        Path file = root.resolve("META-INF/persistence.xml");
        Files.createDirectories(file.getParent());
        Files.writeString(file, xml);
        return file.toUri().toURL();
    }

    @Test
    void readsEveryPartOfAUnit() throws IOException {
        URL url = write(dir, HEADER + """
                  <persistence-unit name="shop" transaction-type="RESOURCE_LOCAL">
                    <provider>dev.athanor.jpa.AthanorPersistenceProvider</provider>
                    <non-jta-data-source>java:comp/env/jdbc/shop</non-jta-data-source>
                    <mapping-file>META-INF/shop-orm.xml</mapping-file>
                    <jar-file>lib/model.jar</jar-file>
                    <class>com.acme.Order</class>
                    <class>com.acme.Customer</class>
                    <exclude-unlisted-classes/>
                    <shared-cache-mode>NONE</shared-cache-mode>
                    <validation-mode>NONE</validation-mode>
                    <properties>
                      <property name="jakarta.persistence.jdbc.url" value="sqlite:///shop.db"/>
                      <property name="athanor.echo" value="true"/>
                    </properties>
                  </persistence-unit>
                  <persistence-unit name="audit"/>
                </persistence>
                """);

        List<PersistenceUnitDescriptor> units = PersistenceXmlReader.read(url);

        assertThat(units).extracting(PersistenceUnitDescriptor::name).containsExactly("shop", "audit");
        PersistenceUnitDescriptor shop = units.get(0);
        assertThat(shop.transactionType()).isEqualTo("RESOURCE_LOCAL");
        assertThat(shop.provider()).isEqualTo("dev.athanor.jpa.AthanorPersistenceProvider");
        assertThat(shop.nonJtaDataSource()).isEqualTo("java:comp/env/jdbc/shop");
        assertThat(shop.mappingFiles()).containsExactly("META-INF/shop-orm.xml");
        assertThat(shop.jarFiles()).containsExactly("lib/model.jar");
        assertThat(shop.managedClasses()).containsExactly("com.acme.Order", "com.acme.Customer");
        assertThat(shop.excludeUnlistedClasses()).isTrue();
        assertThat(shop.sharedCacheMode()).isEqualTo("NONE");
        assertThat(shop.properties()).containsExactly(Map.entry("jakarta.persistence.jdbc.url", "sqlite:///shop.db"),
                Map.entry("athanor.echo", "true"));
        assertThat(shop.rootUrl()).isEqualTo(dir.toUri().toURL());
        assertThat(shop.source()).isEqualTo(url);

        PersistenceUnitDescriptor audit = units.get(1);
        assertThat(audit.transactionType()).isEqualTo("RESOURCE_LOCAL");
        assertThat(audit.provider()).isNull();
        assertThat(audit.managedClasses()).isEmpty();
        assertThat(audit.excludeUnlistedClasses()).isFalse();
    }

    @Test
    void aMisspeltElementIsReportedWithLineAndColumn() throws IOException {
        URL url = write(dir, HEADER + """
                  <persistence-unit name="shop">
                    <clas>com.acme.Order</clas>
                  </persistence-unit>
                </persistence>
                """);

        assertThatThrownBy(() -> PersistenceXmlReader.read(url))
                .isInstanceOfSatisfying(ConfigurationException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.PERSISTENCE_XML))
                .hasMessageContaining("starting with element 'clas'")
                .hasMessageContaining("Did you mean 'class'?")
                .hasMessageContaining(url.toExternalForm() + ":7:")
                .hasMessageNotContaining("cvc-").hasMessageNotContaining("https://");
    }

    @Test
    void brokenXmlIsReportedWithLineAndColumn() throws IOException {
        URL url = write(dir, HEADER + """
                  <persistence-unit name="shop">
                    <class>com.acme.Order</clas>
                  </persistence-unit>
                </persistence>
                """);

        assertThatThrownBy(() -> PersistenceXmlReader.read(url))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining(url.toExternalForm() + ":7:");
    }

    @Test
    void aUnitWithoutANameBreaksTheSchema() throws IOException {
        URL url = write(dir, HEADER + "<persistence-unit/></persistence>");

        assertThatThrownBy(() -> PersistenceXmlReader.read(url)).hasMessageContaining("name");
    }

    @Test
    void theJavaEeNamespaceOfVersion22IsRead() throws IOException {
        URL url = write(dir, """
                <?xml version="1.0" encoding="UTF-8"?>
                <persistence xmlns="http://xmlns.jcp.org/xml/ns/persistence" version="2.2">
                  <persistence-unit name="legacy">
                    <class>com.acme.Old</class>
                  </persistence-unit>
                </persistence>
                """);

        assertThat(PersistenceXmlReader.read(url)).singleElement()
                .satisfies(unit -> assertThat(unit.managedClasses()).containsExactly("com.acme.Old"));
    }

    @Test
    void anUnknownNamespaceOrRootIsRefused() throws IOException {
        URL foreign = write(dir, "<persistence xmlns=\"urn:other\" version=\"1\"/>");
        assertThatThrownBy(() -> PersistenceXmlReader.read(foreign)).hasMessageContaining("urn:other");

        URL wrongRoot = write(dir, "<entity-mappings xmlns=\"https://jakarta.ee/xml/ns/persistence\"/>");
        assertThatThrownBy(() -> PersistenceXmlReader.read(wrongRoot)).hasMessageContaining("<entity-mappings>");
    }

    @Test
    void doctypesAreRefusedSoThatNoEntityIsExpanded() throws IOException {
        URL url = write(dir, "<?xml version=\"1.0\"?><!DOCTYPE persistence [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<persistence xmlns=\"https://jakarta.ee/xml/ns/persistence\" version=\"3.2\">&x;</persistence>");

        assertThatThrownBy(() -> PersistenceXmlReader.read(url)).hasMessageContaining("DOCTYPE");
    }

    @Test
    void readAllFindsTheFilesOfEveryRootOnTheClassPath() throws IOException {
        Path first = Files.createDirectories(dir.resolve("first"));
        Path second = Files.createDirectories(dir.resolve("second"));
        write(first, HEADER + "<persistence-unit name=\"one\"/></persistence>");
        write(second, HEADER + "<persistence-unit name=\"two\"/></persistence>");

        try (URLClassLoader loader = new URLClassLoader(new URL[] {first.toUri().toURL(), second.toUri().toURL()},
                null)) {
            assertThat(PersistenceXmlReader.readAll(loader)).extracting(PersistenceUnitDescriptor::name)
                    .containsExactly("one", "two");
        }
    }
}
