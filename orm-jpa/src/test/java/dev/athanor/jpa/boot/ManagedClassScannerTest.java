package dev.athanor.jpa.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athanor.jpa.boot.fixtures.Address;
import dev.athanor.jpa.boot.fixtures.Customer;
import dev.athanor.jpa.boot.fixtures.NotManaged;
import dev.athanor.jpa.boot.fixtures.Product;
import dev.athanor.jpa.boot.fixtures.YesNo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManagedClassScannerTest {

    private static final Class<?>[] ALL = {Customer.class, Address.class, Product.class, YesNo.class, NotManaged.class};

    @TempDir
    Path dir;

    @Test
    void readsClassLevelAnnotationsFromTheBytes() throws IOException {
        assertThat(ClassFileAnnotations.of(TestUnits.classFile(Product.class)))
                .contains("Ljakarta/persistence/Entity;");
        assertThat(ManagedClassScanner.isManaged(TestUnits.classFile(Product.class))).isTrue();
        assertThat(ManagedClassScanner.isManaged(TestUnits.classFile(YesNo.class))).isTrue();
        assertThat(ManagedClassScanner.isManaged(TestUnits.classFile(NotManaged.class))).isFalse();
        assertThat(ManagedClassScanner.isManaged("not a class file".getBytes())).isFalse();
    }

    @Test
    void scansAFolderForManagedClassesOnly() throws IOException {
        TestUnits.copyClasses(dir, ALL);
        Files.writeString(dir.resolve("readme.txt"), "not a class");

        assertThat(ManagedClassScanner.scan(dir.toUri().toURL(), "test"))
                .containsExactlyInAnyOrder(Customer.class.getName(), Address.class.getName(), Product.class.getName(),
                        YesNo.class.getName());
    }

    @Test
    void scansAJar() throws IOException {
        Path jar = TestUnits.jar(dir.resolve("model.jar"), ALL);

        assertThat(ManagedClassScanner.scan(jar.toUri().toURL(), "test"))
                .containsExactly(Address.class.getName(), Customer.class.getName(), Product.class.getName(),
                        YesNo.class.getName());
    }

    @Test
    void aUnitThatDoesNotExcludeUnlistedClassesGetsItsRootsAndJarFilesClasses() throws IOException {
        Path root = dir.resolve("classes");
        TestUnits.copyClasses(root, Customer.class, Address.class, NotManaged.class);
        TestUnits.jar(root.resolve("lib/model.jar"), Product.class, YesNo.class);
        TestUnits.persistenceXml(root, """
                <persistence-unit name="scan">
                  <jar-file>lib/model.jar</jar-file>
                  <exclude-unlisted-classes>false</exclude-unlisted-classes>
                  <properties><property name="jakarta.persistence.jdbc.url" value="jdbc:sqlite:scan.db"/></properties>
                </persistence-unit>
                """);
        ClassLoader loader = TestUnits.loader(root);

        UnitSetup setup = UnitResolver.resolve(PersistenceUnits.named("scan", loader).get(0), loader, Map.of());

        assertThat(setup.managedClasses()).containsExactlyInAnyOrder(Customer.class, Address.class, Product.class,
                YesNo.class);
    }

    @Test
    void aUnitThatExcludesUnlistedClassesGetsOnlyItsList() throws IOException {
        TestUnits.copyClasses(dir, Customer.class, Address.class, Product.class);
        TestUnits.persistenceXml(dir, """
                <persistence-unit name="listed">
                  <class>dev.athanor.jpa.boot.fixtures.Product</class>
                  <exclude-unlisted-classes/>
                  <properties><property name="jakarta.persistence.jdbc.url" value="jdbc:sqlite:l.db"/></properties>
                </persistence-unit>
                """);
        ClassLoader loader = TestUnits.loader(dir);

        UnitSetup setup = UnitResolver.resolve(PersistenceUnits.named("listed", loader).get(0), loader, Map.of());

        assertThat(setup.managedClasses()).containsExactly(Product.class);
    }
}
