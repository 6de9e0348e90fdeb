package dev.athanor.it.persistence.container;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.athanor.core.engine.UrlParts;
import dev.athanor.it.Target;
import dev.athanor.it.TestDatabase;
import dev.athanor.jpa.AthanorPersistenceProvider;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SharedCacheMode;
import jakarta.persistence.Table;
import jakarta.persistence.ValidationMode;
import jakarta.persistence.Version;
import jakarta.persistence.spi.ClassTransformer;
import jakarta.persistence.spi.PersistenceUnitInfo;
import jakarta.persistence.spi.PersistenceUnitTransactionType;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import javax.sql.DataSource;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Spring's way in: {@code createContainerEntityManagerFactory} with a non-JTA DataSource the
 * application pools itself and no JDBC URL; a @MappedSuperclass among the managed classes; the
 * Metamodel and PersistenceUnitUtil read at start-up; then real work through the factory.
 */
class ContainerBootstrapIT {

    @MappedSuperclass
    public abstract static class Audited {
        @Version
        long version;
    }

    @jakarta.persistence.Entity
    @Table(name = "it_container_customer")
    public static class Customer extends Audited {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        Long id;
        String name;
    }

    @TempDir
    Path dir;

    private static HikariDataSource pool(Target target, Path dir) {
        HikariConfig config = new HikariConfig();
        if (target == Target.MARIADB) {
            UrlParts parts = UrlParts.parse(TestDatabase.mysqlUrl(), "mariadb");
            config.setJdbcUrl("jdbc:mysql://" + parts.host() + ":" + parts.port() + "/" + parts.database());
            config.setUsername(parts.user());
            config.setPassword(parts.password());
        } else {
            config.setJdbcUrl("jdbc:sqlite:" + dir.resolve("container.db"));
        }
        config.setMaximumPoolSize(2);
        return new HikariDataSource(config);
    }

    @ParameterizedTest
    @EnumSource(value = Target.class, names = {"SQLITE_FILE", "MARIADB"})
    void aContainerFactoryOverTheApplicationsDataSourceWorks(Target target) throws Exception {
        try (HikariDataSource dataSource = pool(target, dir)) {
            Map<String, Object> properties = Map.of(
                    "jakarta.persistence.schema-generation.database.action", "drop-and-create",
                    "hibernate.show_sql", "true", "spring.jpa.open-in-view", "false");
            EntityManagerFactory emf = new AthanorPersistenceProvider()
                    .createContainerEntityManagerFactory(new Info(dataSource), properties);
            try {
                assertThat(emf.getMetamodel().getManagedTypes()).extracting(t -> (Object) t.getJavaType())
                        .contains(Customer.class, Audited.class);
                assertThat(emf.getMetamodel().entity(Customer.class).getVersion(long.class).getName())
                        .isEqualTo("version");

                Customer saved = emf.callInTransaction(em -> {
                    Customer customer = new Customer();
                    customer.name = "Ada";
                    em.persist(customer);
                    assertThat(customer.id).as("IDENTITY id readable right after persist()").isNotNull();
                    return customer;
                });
                assertThat(emf.getPersistenceUnitUtil().getIdentifier(saved)).isEqualTo(saved.id);
                assertThat(emf.getPersistenceUnitUtil().getVersion(saved)).isEqualTo(0L);

                try (EntityManager em = emf.createEntityManager()) {
                    em.getTransaction().begin();
                    em.find(Customer.class, saved.id).name = "Ada Lovelace";
                    em.getTransaction().commit();
                }
                try (var connection = dataSource.getConnection();
                        var statement = connection.prepareStatement(
                                "SELECT name, version FROM it_container_customer WHERE id = ?")) {
                    statement.setLong(1, saved.id);
                    try (var rs = statement.executeQuery()) {
                        assertThat(rs.next()).isTrue();
                        assertThat(rs.getString(1)).isEqualTo("Ada Lovelace");
                        assertThat(rs.getLong(2)).isEqualTo(1L);
                    }
                }
            } finally {
                emf.getSchemaManager().drop(false);
                emf.close();
            }
            assertThat(dataSource.isClosed()).as("the application's pool is not the provider's to close").isFalse();
        }
    }

    /** What a container hands the provider: classes by name, a DataSource, no URL. */
    private record Info(DataSource dataSource) implements PersistenceUnitInfo {
        @Override
        public String getPersistenceUnitName() {
            return "container";
        }

        @Override
        public String getPersistenceProviderClassName() {
            return AthanorPersistenceProvider.class.getName();
        }

        @Override
        public String getScopeAnnotationName() {
            return null;
        }

        @Override
        public List<String> getQualifierAnnotationNames() {
            return List.of();
        }

        @Override
        @SuppressWarnings("deprecation")
        public PersistenceUnitTransactionType getTransactionType() {
            return PersistenceUnitTransactionType.RESOURCE_LOCAL;
        }

        @Override
        public DataSource getJtaDataSource() {
            return null;
        }

        @Override
        public DataSource getNonJtaDataSource() {
            return dataSource;
        }

        @Override
        public List<String> getMappingFileNames() {
            return List.of();
        }

        @Override
        public List<URL> getJarFileUrls() {
            return List.of();
        }

        @Override
        public URL getPersistenceUnitRootUrl() {
            return null;
        }

        @Override
        public List<String> getManagedClassNames() {
            return List.of(Audited.class.getName(), Customer.class.getName());
        }

        @Override
        public boolean excludeUnlistedClasses() {
            return true;
        }

        @Override
        public SharedCacheMode getSharedCacheMode() {
            return SharedCacheMode.UNSPECIFIED;
        }

        @Override
        public ValidationMode getValidationMode() {
            return ValidationMode.AUTO;
        }

        @Override
        public Properties getProperties() {
            return new Properties();
        }

        @Override
        public String getPersistenceXMLSchemaVersion() {
            return "3.2";
        }

        @Override
        public ClassLoader getClassLoader() {
            return ContainerBootstrapIT.class.getClassLoader();
        }

        @Override
        public void addTransformer(ClassTransformer transformer) {
        }

        @Override
        public ClassLoader getNewTempClassLoader() {
            return getClassLoader();
        }
    }
}
