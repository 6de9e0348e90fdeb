package dev.athanor.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.core.error.ErrorCode;
import dev.athanor.jpa.boot.PersistenceUnitException;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceConfiguration;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.spi.LoadState;
import jakarta.persistence.spi.PersistenceProvider;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AthanorPersistenceProviderTest {

    private static final String CLASSES = """
              <class>dev.athanor.jpa.boot.fixtures.Customer</class>
              <class>dev.athanor.jpa.boot.fixtures.Address</class>
              <exclude-unlisted-classes/>
            """;

    @TempDir
    Path dir;

    private final AthanorPersistenceProvider provider = new AthanorPersistenceProvider();

    private void persistenceXml(String units) throws IOException {
        Path file = dir.resolve("META-INF/persistence.xml");
        Files.createDirectories(file.getParent());
        Files.writeString(file, """
                <?xml version="1.0" encoding="UTF-8"?>
                <persistence xmlns="https://jakarta.ee/xml/ns/persistence" version="3.2">
                %s
                </persistence>
                """.formatted(units));
    }

    /** Runs the call with a context class loader that sees the temporary persistence.xml. */
    private <T> T withUnits(Callable<T> call) throws Exception {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
            thread.setContextClassLoader(loader);
            return call.call();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    @Test
    void isRegisteredAsAService() {
        assertThat(ServiceLoader.load(PersistenceProvider.class)).anyMatch(p -> p instanceof AthanorPersistenceProvider);
    }

    @Test
    void declinesUnitsOfOtherProviders() throws Exception {
        persistenceXml("""
                <persistence-unit name="hib"><provider>org.hibernate.jpa.HibernatePersistenceProvider</provider></persistence-unit>
                <persistence-unit name="prop">
                  <properties><property name="jakarta.persistence.provider" value="org.eclipse.persistence.jpa.PersistenceProvider"/></properties>
                </persistence-unit>
                <persistence-unit name="ours"/>
                """);

        assertThat(withUnits(() -> provider.createEntityManagerFactory("hib", Map.of()))).isNull();
        assertThat(withUnits(() -> provider.createEntityManagerFactory("prop", Map.of()))).isNull();
        assertThat(withUnits(() -> provider.createEntityManagerFactory("ours",
                Map.of("jakarta.persistence.provider", "org.hibernate.jpa.HibernatePersistenceProvider")))).isNull();
        assertThat(withUnits(() -> provider.generateSchema("hib", Map.of()))).isFalse();
        assertThat(provider.createEntityManagerFactory(new PersistenceConfiguration("x").provider("other.Provider")))
                .isNull();
    }

    @Test
    void anUnknownUnitFailsListingTheUnits() throws Exception {
        persistenceXml("<persistence-unit name=\"shop\"/>");

        assertThatThrownBy(() -> withUnits(() -> provider.createEntityManagerFactory("shpo", Map.of())))
                .isInstanceOf(PersistenceException.class)
                .hasMessageContaining("ATH-1009").hasMessageContaining("Did you mean 'shop'?");
    }

    @Test
    void theCoresConfigurationErrorsArriveAsPersistenceExceptions() throws Exception {
        persistenceXml("<persistence-unit name=\"shop\">" + CLASSES + """
                <properties>
                  <property name="jakarta.persistence.jdbc.url" value="jdbc:sqlite:x.db"/>
                  <property name="jakarta.persistence.schema-generation.database.action" value="craete"/>
                </properties></persistence-unit>
                """);

        assertThatThrownBy(() -> withUnits(() -> provider.createEntityManagerFactory("shop", Map.of())))
                .isInstanceOf(PersistenceUnitException.class)
                .hasMessageContaining("Did you mean 'create'?")
                .hasMessageContaining("persistence unit: 'shop'")
                .satisfies(e -> assertThat(((PersistenceUnitException) e).code()).isEqualTo(ErrorCode.INVALID_OPTION_VALUE));
    }

    @Test
    void generateSchemaCreatesTheTablesAndOpensNoFactory() throws Exception {
        Path db = dir.resolve("gen.db");
        persistenceXml("<persistence-unit name=\"shop\">" + CLASSES + "</persistence-unit>");

        boolean done = withUnits(() -> provider.generateSchema("shop", Map.of("jakarta.persistence.jdbc.url",
                "jdbc:sqlite:" + db, "jakarta.persistence.schema-generation.database.action", "create")));

        assertThat(done).isTrue();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                ResultSet rs = c.createStatement().executeQuery(
                        "select count(*) from sqlite_master where type = 'table' and lower(name) = 'customer'")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1);
        }
    }

    /**
     * Written before AthanorEntityManagerFactory.open existed (it threw then), so not yet run
     * against the lead's factory: an accepted unit opens a factory, runs its schema generation
     * first, and shows no password in getProperties().
     */
    @Test
    void anAcceptedUnitOpensAFactoryAfterSchemaGeneration() throws Exception {
        Path db = dir.resolve("emf.db");
        persistenceXml("<persistence-unit name=\"shop\"><provider>dev.athanor.jpa.AthanorPersistenceProvider</provider>"
                + CLASSES + "</persistence-unit>");

        EntityManagerFactory emf = withUnits(() -> provider.createEntityManagerFactory("shop", Map.of(
                "jakarta.persistence.jdbc.url", "jdbc:sqlite:" + db,
                "jakarta.persistence.jdbc.password", "s3cret",
                "jakarta.persistence.schema-generation.database.action", "create")));
        try {
            assertThat(emf).isNotNull();
            assertThat(emf.isOpen()).isTrue();
            assertThat(emf.getProperties()).containsEntry("jakarta.persistence.jdbc.password", "****");
            assertThat(emf.getProperties().toString()).doesNotContain("s3cret");
        } finally {
            emf.close();
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                ResultSet rs = c.createStatement().executeQuery(
                        "select count(*) from sqlite_master where type = 'table' and lower(name) = 'customer'")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1);
        }
    }

    /** Same caveat as above: building a factory with no schema action must not connect (the file is never made). */
    @Test
    void aFactoryWithoutSchemaActionOpensNoConnection() throws Exception {
        Path db = dir.resolve("lazy.db");
        persistenceXml("<persistence-unit name=\"shop\">" + CLASSES + "</persistence-unit>");

        EntityManagerFactory emf = withUnits(() -> provider.createEntityManagerFactory("shop",
                Map.of("jakarta.persistence.jdbc.url", "jdbc:sqlite:" + db)));
        try {
            assertThat(Files.exists(db)).isFalse();
        } finally {
            emf.close();
        }
    }

    @Test
    void loadStateIsUnknownForNow() {
        assertThat(provider.getProviderUtil().isLoaded(new Object())).isEqualTo(LoadState.UNKNOWN);
        assertThat(provider.getProviderUtil().isLoadedWithoutReference("x", "length")).isEqualTo(LoadState.UNKNOWN);
        assertThat(provider.getProviderUtil().isLoadedWithReference("x", "length")).isEqualTo(LoadState.UNKNOWN);
    }
}
