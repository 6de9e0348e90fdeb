package dev.athanor.jpa.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PersistenceUnitsTest {

    @TempDir
    Path dir;

    @Test
    void findsAUnitByName() throws IOException {
        TestUnits.persistenceXml(dir, "<persistence-unit name=\"shop\"/><persistence-unit name=\"audit\"/>");
        assertThat(PersistenceUnits.named("audit", TestUnits.loader(dir))).singleElement()
                .extracting(PersistenceUnitDescriptor::name).isEqualTo("audit");
    }

    @Test
    void anUnknownNameListsTheUnitsTheirFilesAndTheNearestName() throws IOException {
        Path file = TestUnits.persistenceXml(dir, "<persistence-unit name=\"shop\"/><persistence-unit name=\"audit\"/>");

        assertThatThrownBy(() -> PersistenceUnits.named("shpo", TestUnits.loader(dir)))
                .isInstanceOf(PersistenceUnitException.class)
                .hasMessageContaining("ATH-1009")
                .hasMessageContaining("Did you mean 'shop'?")
                .hasMessageContaining("unit 'shop': " + file.toUri().toURL())
                .hasMessageContaining("unit 'audit': " + file.toUri().toURL());
    }

    @Test
    void withoutAnyPersistenceXmlItSaysSo() throws IOException {
        try (URLClassLoader empty = new URLClassLoader(new java.net.URL[] {dir.toUri().toURL()}, null)) {
            assertThatThrownBy(() -> PersistenceUnits.named("shop", empty))
                    .hasMessageContaining("no META-INF/persistence.xml").hasMessageContaining("PersistenceConfiguration");
        }
    }
}
