package dev.athanor.it.persistence.enhance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athanor.runtime.ManagedEntity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import jakarta.persistence.PersistenceConfiguration;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An entity defined by a child {@code URLClassLoader} (as in an application server or a plugin) is enhanced too. */
class ChildClassLoaderIT {

    private static final String PACKAGE = "dev.athanor.it.persistence.enhance.loaded.";

    @TempDir
    Path dir;

    /** Defines the classes of one package itself, asking its parent for everything else. */
    private static final class ChildFirst extends URLClassLoader {
        ChildFirst(URL location, ClassLoader parent) {
            super("child-first", new URL[] {location}, parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.startsWith(PACKAGE)) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> known = findLoadedClass(name);
                return known != null ? known : findClass(name);
            }
        }
    }

    @Test
    void anEntityOfAChildClassLoaderIsEnhancedAndItsChangesAreWritten() throws Exception {
        URL classes = ChildClassLoaderIT.class.getProtectionDomain().getCodeSource().getLocation();
        try (URLClassLoader loader = new ChildFirst(classes, ChildClassLoaderIT.class.getClassLoader())) {
            Class<?> gadget = loader.loadClass(PACKAGE + "Gadget");
            assertThat(gadget.getClassLoader()).isSameAs(loader);
            assertThat(ManagedEntity.class.isAssignableFrom(gadget)).as("enhanced in the child loader").isTrue();
            String url = "jdbc:sqlite:" + dir.resolve("child.db");
            EntityManagerFactory emf = Persistence.createEntityManagerFactory(new PersistenceConfiguration("child")
                    .managedClass(gadget).property("jakarta.persistence.jdbc.url", url)
                    .property("jakarta.persistence.schema-generation.database.action", "drop-and-create"));
            try {
                Object created = gadget.getConstructor(long.class, String.class).newInstance(1L, "lamp");
                emf.runInTransaction(em -> em.persist(created));
                try (EntityManager em = emf.createEntityManager()) {
                    em.getTransaction().begin();
                    Object found = em.find(gadget, 1L);
                    assertThat(((ManagedEntity) found).$athanor$tracker()).isNotNull();
                    gadget.getMethod("setLabel", String.class).invoke(found, "desk lamp");
                    assertThat(((ManagedEntity) found).$athanor$tracker().isDirty()).isTrue();
                    em.getTransaction().commit();
                }
            } finally {
                emf.close();
            }
            try (Connection connection = DriverManager.getConnection(url);
                    ResultSet rs = connection.createStatement().executeQuery("SELECT label FROM it_enh_gadget")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("desk lamp");
            }
        }
    }
}
