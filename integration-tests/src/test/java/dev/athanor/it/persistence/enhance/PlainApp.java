package dev.athanor.it.persistence.enhance;

import dev.athanor.it.persistence.enhance.Shop.Customer;
import dev.athanor.it.persistence.enhance.Shop.PurchaseOrder;
import dev.athanor.runtime.ManagedEntity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import jakarta.persistence.PersistenceConfiguration;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;

/**
 * An application run in a JVM of its own WITHOUT the agent, by {@link UnenhancedIT}: arguments are
 * the SQLite file and the value of {@code athanor.enhancement}. Prints what it sees, one
 * {@code key=value} per line.
 */
public final class PlainApp {

    private PlainApp() {
    }

    public static void main(String[] args) throws Exception {
        String url = "jdbc:sqlite:" + args[0];
        EntityManagerFactory emf;
        try {
            emf = Persistence.createEntityManagerFactory(new PersistenceConfiguration("plain")
                    .managedClass(Customer.class).managedClass(PurchaseOrder.class)
                    .property("jakarta.persistence.jdbc.url", url)
                    .property("jakarta.persistence.schema-generation.database.action", "drop-and-create")
                    .property("athanor.enhancement", args[1]));
        } catch (RuntimeException e) {
            System.out.println("refused=" + e.getMessage().replace('\n', ' '));
            System.exit(3);
            return;
        }
        System.out.println("enhanced=" + ManagedEntity.class.isAssignableFrom(Customer.class));
        emf.runInTransaction(em -> {
            Customer customer = new Customer("Ann");
            em.persist(customer);
            em.persist(new PurchaseOrder(1, 10, customer));
        });
        try (EntityManager em = emf.createEntityManager()) {
            em.getTransaction().begin();
            PurchaseOrder order = em.find(PurchaseOrder.class, 1L);
            System.out.println("customerLoaded=" + emf.getPersistenceUnitUtil().isLoaded(order, "customer"));
            System.out.println("customerClass=" + order.getCustomer().getClass().getName());
            order.setTotal(12);
            em.getTransaction().commit();
        }
        try (Connection connection = DriverManager.getConnection(url);
                ResultSet rs = connection.createStatement().executeQuery("SELECT total FROM it_enh_order")) {
            rs.next();
            System.out.println("total=" + rs.getInt(1));
        }
        emf.close();
    }
}
