package dev.athanor.jpa.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.athanor.core.config.SessionSettings;
import dev.athanor.core.engine.Engine;
import dev.athanor.core.error.ErrorCode;
import dev.athanor.jpa.boot.fixtures.Address;
import dev.athanor.jpa.boot.fixtures.CountingListener;
import dev.athanor.jpa.boot.fixtures.Customer;
import jakarta.persistence.PersistenceConfiguration;
import jakarta.persistence.PersistenceUnitTransactionType;
import jakarta.persistence.SharedCacheMode;
import jakarta.persistence.ValidationMode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

class UnitResolverTest {

    private static final String CLASSES = """
                <class>dev.athanor.jpa.boot.fixtures.Customer</class>
                <class>dev.athanor.jpa.boot.fixtures.Address</class>
                <exclude-unlisted-classes>true</exclude-unlisted-classes>
            """;

    @TempDir
    Path dir;

    private UnitSetup resolve(String unitBody, Map<?, ?> given) throws IOException {
        TestUnits.persistenceXml(dir, "<persistence-unit name=\"shop\">\n" + unitBody + "</persistence-unit>");
        ClassLoader loader = TestUnits.loader(dir);
        PersistenceUnitDescriptor unit = PersistenceUnits.named("shop", loader).get(0);
        return UnitResolver.resolve(unit, loader, given);
    }

    private static String props(String... pairs) {
        StringBuilder xml = new StringBuilder("<properties>\n");
        for (int i = 0; i < pairs.length; i += 2) {
            xml.append("<property name=\"").append(pairs[i]).append("\" value=\"").append(pairs[i + 1]).append("\"/>\n");
        }
        return xml.append("</properties>\n").toString();
    }

    @Test
    void resolvesAUnitOfPersistenceXmlWithoutConnecting() throws IOException {
        UnitSetup setup = resolve(CLASSES + props("jakarta.persistence.jdbc.url", "jdbc:sqlite:" + dir.resolve("a.db"),
                "athanor.echo", "true", "athanor.pool_size", "3", "athanor.jdbc.batch_size", "50",
                "athanor.identity_inserts", "batched", "jakarta.persistence.lock.timeout", "1000"), Map.of());

        assertThat(setup.name()).isEqualTo("shop");
        assertThat(setup.transactionType()).isEqualTo(PersistenceUnitTransactionType.RESOURCE_LOCAL);
        assertThat(setup.managedClasses()).containsExactly(Customer.class, Address.class);
        assertThat(setup.url()).isEqualTo("jdbc:sqlite:" + dir.resolve("a.db"));
        assertThat(setup.dataSource()).isNull();
        assertThat(setup.engineOptions()).containsEntry("echo", "true").containsEntry("pool_size", "3").hasSize(2);
        assertThat(setup.sessionSettings().batchSize()).isEqualTo(50);
        assertThat(setup.sessionSettings().identityInserts()).isEqualTo(SessionSettings.IdentityInserts.BATCHED);
        assertThat(setup.properties()).containsEntry("jakarta.persistence.lock.timeout", "1000");
        assertThat(setup.sharedCacheMode()).isEqualTo(SharedCacheMode.UNSPECIFIED);
        assertThat(setup.validationMode()).isEqualTo(ValidationMode.AUTO);
        assertThat(setup.schemaGeneration().connects()).isFalse();
        try (Engine engine = setup.buildEngine()) {
            assertThat(engine.isStarted()).isFalse();
        }
    }

    @Test
    void theMapOverridesTheXmlAndNullRemoves() throws IOException {
        Map<String, Object> given = new HashMap<>();
        given.put("jakarta.persistence.jdbc.url", "jdbc:sqlite:override.db");
        given.put("athanor.echo", null);
        UnitSetup setup = resolve(CLASSES + props("jakarta.persistence.jdbc.url", "jdbc:sqlite:xml.db",
                "athanor.echo", "true"), given);

        assertThat(setup.url()).isEqualTo("jdbc:sqlite:override.db");
        assertThat(setup.engineOptions()).doesNotContainKey("echo");
        assertThat(setup.properties()).containsEntry("jakarta.persistence.jdbc.url", "jdbc:sqlite:override.db");
    }

    @Test
    void legacyJavaxNamesAndTheAthanorUrlAliasAreRead() throws IOException {
        UnitSetup legacy = resolve(CLASSES + props("javax.persistence.jdbc.url", "jdbc:sqlite:legacy.db",
                "javax.persistence.jdbc.user", "app"), Map.of());
        assertThat(legacy.url()).isEqualTo("jdbc:sqlite:legacy.db");
        assertThat(legacy.user()).isEqualTo("app");
        assertThat(legacy.properties()).containsKey("jakarta.persistence.jdbc.url");

        UnitSetup alias = resolve(CLASSES + props("athanor.url", "sqlite:///alias.db"), Map.of());
        assertThat(alias.url()).isEqualTo("sqlite:///alias.db");
    }

    @Test
    void anUnknownAthanorKeyFailsWithADidYouMeanTheUnitAndTheFile() throws IOException {
        assertThatThrownBy(() -> resolve(CLASSES + props("jakarta.persistence.jdbc.url", "jdbc:sqlite:a.db",
                "athanor.pool_szie", "4"), Map.of()))
                .isInstanceOf(PersistenceUnitException.class)
                .hasMessageContaining("persistence-unit property 'athanor.pool_szie'")
                .hasMessageContaining("Did you mean 'athanor.pool_size'?")
                .hasMessageContaining("'shop'")
                .hasMessageContaining(dir.resolve("META-INF/persistence.xml").toUri().toURL().toString())
                .satisfies(e -> assertThat(((PersistenceUnitException) e).code()).isEqualTo(ErrorCode.UNKNOWN_OPTION));
    }

    @Test
    void otherProvidersKeysAreIgnoredAndLoggedAtDebug() throws IOException {
        Logger logger = (Logger) LoggerFactory.getLogger("dev.athanor.jpa.boot");
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        Level previous = logger.getLevel();
        logger.setLevel(Level.DEBUG);
        appender.start();
        logger.addAppender(appender);
        try {
            UnitSetup setup = resolve(CLASSES + props("jakarta.persistence.jdbc.url", "jdbc:sqlite:a.db",
                    "hibernate.show_sql", "true", "eclipselink.logging.level", "FINE"),
                    Map.of("spring.jpa.open-in-view", "false", "openjpa.Log", "SQL=TRACE"));

            assertThat(setup.properties()).containsOnlyKeys("jakarta.persistence.jdbc.url");
            assertThat(appender.list).filteredOn(e -> e.getLevel() == Level.DEBUG)
                    .extracting(ILoggingEvent::getFormattedMessage)
                    .anySatisfy(m -> assertThat(m).contains("hibernate.show_sql"))
                    .anySatisfy(m -> assertThat(m).contains("eclipselink.logging.level"))
                    .anySatisfy(m -> assertThat(m).contains("spring.jpa.open-in-view"))
                    .anySatisfy(m -> assertThat(m).contains("openjpa.Log"))
                    .noneSatisfy(m -> assertThat(m).contains("SQL=TRACE"));
        } finally {
            logger.detachAppender(appender);
            logger.setLevel(previous);
        }
    }

    @Test
    void thePasswordNeverAppearsInPropertiesToStringOrMessages() throws IOException {
        UnitSetup setup = resolve(CLASSES + props("jakarta.persistence.jdbc.url", "mysql://app:s3cret@db.example/shop",
                "jakarta.persistence.jdbc.password", "s3cret", "athanor.connect_args", "password=s3cret;useSSL=false"),
                Map.of());

        assertThat(setup.password()).isEqualTo("s3cret");
        assertThat(setup.properties()).containsEntry("jakarta.persistence.jdbc.password", "****");
        assertThat(setup.properties().toString()).doesNotContain("s3cret");
        assertThat(setup.toString()).doesNotContain("s3cret");
        assertThat(setup.engineOptions().get("connect_args")).isEqualTo(Map.of("password", "s3cret", "useSSL", "false"));

        assertThatThrownBy(() -> resolve(CLASSES + props("jakarta.persistence.jdbc.url", "jdbc:sqlite:a.db",
                "jakarta.persistence.jdbc.password", "s3cret", "athanor.ecko", "true"), Map.of()))
                .hasMessageContaining("athanor.echo").hasMessageNotContaining("s3cret");
    }

    @Test
    void userAndPasswordReachTheEngine() throws IOException {
        UnitSetup setup = resolve(CLASSES + props("jakarta.persistence.jdbc.url", "jdbc:mysql://db.example/shop",
                "jakarta.persistence.jdbc.user", "app", "jakarta.persistence.jdbc.password", "s3cret"), Map.of());
        try (Engine engine = setup.buildEngine()) {
            assertThat(engine.url().user()).isEqualTo("app");
            assertThat(engine.url().password()).isEqualTo("s3cret");
            assertThat(engine.isStarted()).isFalse();
        }
    }

    @Test
    void aUnitWithoutDatabaseSaysWhichPropertyToSet() {
        assertThatThrownBy(() -> resolve(CLASSES, Map.of()))
                .isInstanceOf(PersistenceUnitException.class)
                .hasMessageContaining("ATH-1011")
                .hasMessageContaining("jakarta.persistence.jdbc.url")
                .hasMessageContaining("'shop'");
    }

    @Test
    void jtaUnitsJndiNamesAndCallbackValidationAreRefusedClearly() {
        assertThatThrownBy(() -> resolve("<jta-data-source>java:comp/x</jta-data-source>\n" + CLASSES,
                Map.of("jakarta.persistence.transactionType", "JTA", "jakarta.persistence.jdbc.url", "jdbc:sqlite:a.db")))
                .hasMessageContaining("ATH-1010").hasMessageContaining("JTA").hasMessageContaining("RESOURCE_LOCAL");
        assertThatThrownBy(() -> resolve("<non-jta-data-source>java:comp/env/jdbc/shop</non-jta-data-source>\n" + CLASSES,
                Map.of()))
                .hasMessageContaining("JNDI").hasMessageContaining("jakarta.persistence.nonJtaDataSource");
        assertThatThrownBy(() -> resolve(CLASSES + "<validation-mode>CALLBACK</validation-mode>\n"
                + props("jakarta.persistence.jdbc.url", "jdbc:sqlite:a.db"), Map.of()))
                .hasMessageContaining("CALLBACK").hasMessageContaining("Bean Validation");
    }

    @Test
    void aDataSourceInstanceInTheMapWinsOverAJndiName() throws IOException {
        FakeDataSource dataSource = new FakeDataSource();
        UnitSetup setup = resolve("<non-jta-data-source>java:comp/env/jdbc/shop</non-jta-data-source>\n" + CLASSES
                        + "<shared-cache-mode>NONE</shared-cache-mode>\n<validation-mode>NONE</validation-mode>\n",
                Map.of("jakarta.persistence.nonJtaDataSource", dataSource));
        assertThat(setup.dataSource()).isSameAs(dataSource);
        assertThat(setup.url()).isNull();
        assertThat(setup.sharedCacheMode()).isEqualTo(SharedCacheMode.NONE);
        assertThat(setup.validationMode()).isEqualTo(ValidationMode.NONE);
        try (Engine engine = setup.buildEngine()) {
            assertThat(engine.isStarted()).isFalse();
        }
        assertThat(dataSource.connections).isZero();
    }

    @Test
    void aMissingClassOrDriverIsNamedWithTheFile() {
        assertThatThrownBy(() -> resolve("<class>dev.athanor.jpa.boot.fixtures.Custmer</class>\n"
                + props("jakarta.persistence.jdbc.url", "jdbc:sqlite:a.db"), Map.of()))
                .hasMessageContaining("ATH-1012")
                .hasMessageContaining("dev.athanor.jpa.boot.fixtures.Custmer")
                .hasMessageContaining("persistence.xml");
        assertThatThrownBy(() -> resolve(CLASSES + props("jakarta.persistence.jdbc.url", "jdbc:sqlite:a.db",
                "jakarta.persistence.jdbc.driver", "org.nowhere.Driver"), Map.of()))
                .hasMessageContaining("org.nowhere.Driver").hasMessageContaining("ATH-1012");
    }

    @Test
    void theEnhancementAndLazyOptionsAreKeptAndChecked() throws IOException {
        UnitSetup setup = resolve(CLASSES + props("jakarta.persistence.jdbc.url", "jdbc:sqlite:a.db",
                "athanor.enhancement", "required", "athanor.lazy", "raise"), Map.of());
        assertThat(setup.properties()).containsEntry("athanor.enhancement", "required").containsEntry("athanor.lazy", "raise");
        assertThatThrownBy(() -> resolve(CLASSES + props("jakarta.persistence.jdbc.url", "jdbc:sqlite:a.db",
                "athanor.lazy", "rase"), Map.of()))
                .hasMessageContaining("athanor.lazy").hasMessageContaining("Did you mean 'raise'?");
    }

    @Test
    void anExecutionListenerIsMadeFromItsClassName() throws IOException {
        UnitSetup setup = resolve(CLASSES + props("jakarta.persistence.jdbc.url", "jdbc:sqlite:a.db",
                "athanor.execution_listener", CountingListener.class.getName()), Map.of());
        assertThat(setup.listener()).isInstanceOf(CountingListener.class);
    }

    @Test
    void aPersistenceConfigurationResolvesToItsListedClasses() {
        PersistenceConfiguration configuration = new PersistenceConfiguration("code")
                .managedClass(Customer.class).managedClass(Address.class)
                .property(PersistenceConfiguration.JDBC_URL, "jdbc:sqlite:code.db")
                .property("athanor.statement_cache_size", 10)
                .sharedCacheMode(SharedCacheMode.ALL);
        UnitSetup setup = UnitResolver.resolve(configuration, getClass().getClassLoader());
        assertThat(setup.name()).isEqualTo("code");
        assertThat(setup.managedClasses()).containsExactly(Customer.class, Address.class);
        assertThat(setup.url()).isEqualTo("jdbc:sqlite:code.db");
        assertThat(setup.engineOptions()).containsEntry("statement_cache_size", 10);
        assertThat(setup.sharedCacheMode()).isEqualTo(SharedCacheMode.ALL);
    }

    @Test
    void aPersistenceConfigurationWithAJndiNameIsRefused() {
        PersistenceConfiguration configuration = new PersistenceConfiguration("code").managedClass(Customer.class)
                .nonJtaDataSource("java:comp/env/jdbc/x");
        assertThatThrownBy(() -> UnitResolver.resolve(configuration, getClass().getClassLoader()))
                .hasMessageContaining("JNDI").hasMessageContaining("'code'");
    }

    @Test
    void aContainersUnitInfoUsesItsDataSourceClassesAndOverrides() {
        FakeDataSource dataSource = new FakeDataSource();
        TestUnitInfo info = new TestUnitInfo("spring", dataSource,
                List.of(Customer.class.getName(), Address.class.getName()), getClass().getClassLoader());
        info.getProperties().setProperty("athanor.echo", "false");
        UnitSetup setup = UnitResolver.resolve(info, Map.of("athanor.echo", "true"));
        assertThat(setup.dataSource()).isSameAs(dataSource);
        assertThat(setup.managedClasses()).containsExactly(Customer.class, Address.class);
        assertThat(setup.engineOptions()).containsEntry("echo", "true");
        assertThat(dataSource.connections).isZero();
    }
}
