package dev.athanor.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeclaredManagedClassesTest {

    @TempDir
    Path dir;

    private final List<String> problems = new ArrayList<>();

    @Test
    void readsPersistenceUnitClassesAndMappingFiles() throws Exception {
        write("META-INF/persistence.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <persistence xmlns="https://jakarta.ee/xml/ns/persistence" version="3.2">
                  <persistence-unit name="shop">
                    <mapping-file>mappings/extra.xml</mapping-file>
                    <class>com.acme.Order</class>
                    <class>
                        com.acme.Line
                    </class>
                    <!-- <class>com.acme.Commented</class> -->
                  </persistence-unit>
                  <p:persistence-unit xmlns:p="x" name="other"><p:class>com.acme.Prefixed</p:class></p:persistence-unit>
                </persistence>
                """);
        write("META-INF/orm.xml", """
                <entity-mappings xmlns="https://jakarta.ee/xml/ns/persistence/orm" version="3.2">
                  <package>com.acme.model</package>
                  <mapped-superclass class="Base" access="FIELD"/>
                  <entity name="Customer" class="com.other.Customer"/>
                  <embeddable class='Address'/>
                </entity-mappings>
                """);
        write("mappings/extra.xml", """
                <entity-mappings><entity
                    class="com.acme.Extra"></entity></entity-mappings>
                """);

        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
            assertThat(DeclaredManagedClasses.of(loader, problems::add)).containsExactly("com/acme/Extra",
                    "com/acme/Line", "com/acme/Order", "com/acme/Prefixed", "com/acme/model/Address",
                    "com/acme/model/Base", "com/other/Customer");
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void aLoaderWithoutPersistenceFilesNamesNothing() throws Exception {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
            assertThat(DeclaredManagedClasses.of(loader, problems::add)).isEmpty();
        }
    }

    private void write(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
