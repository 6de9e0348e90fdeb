package dev.athanor.it.persistence.enhance;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.HashSet;
import java.util.Set;

/**
 * Entities written the way applications write them (private fields, getters and setters), which
 * the agent enhances as the tests load them.
 */
final class Shop {

    private Shop() {
    }

    @Entity
    @Table(name = "it_enh_customer")
    public static class Customer {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        private Long id;
        private String name;
        @Lob
        @Basic(fetch = FetchType.LAZY)
        private byte[] photo;
        @Basic(fetch = FetchType.LAZY)
        @Column(length = 2000)
        private String notes;

        public Customer() {
        }

        public Customer(String name) {
            this.name = name;
        }

        public Long getId() {
            return id;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public byte[] getPhoto() {
            return photo;
        }

        public void setPhoto(byte[] photo) {
            this.photo = photo;
        }

        public String getNotes() {
            return notes;
        }

        public void setNotes(String notes) {
            this.notes = notes;
        }
    }

    @Embeddable
    public static class Address {
        private String street;
        private String city;

        public Address() {
        }

        public Address(String street, String city) {
            this.street = street;
            this.city = city;
        }

        public String getCity() {
            return city;
        }

        public void setCity(String city) {
            this.city = city;
        }

        public String getStreet() {
            return street;
        }
    }

    @Entity
    @Table(name = "it_enh_order")
    public static class PurchaseOrder {
        @Id
        private long id;
        private int total;
        private String status;
        @ManyToOne(fetch = FetchType.LAZY)
        @JoinColumn(name = "customer_id")
        private Customer customer;
        @Embedded
        private Address shipTo;

        public PurchaseOrder() {
        }

        public PurchaseOrder(long id, int total, Customer customer) {
            this.id = id;
            this.total = total;
            this.status = "new";
            this.customer = customer;
            this.shipTo = new Address("1 Main St", "Springfield");
        }

        public long getId() {
            return id;
        }

        public int getTotal() {
            return total;
        }

        public void setTotal(int total) {
            this.total = total;
        }

        public String getStatus() {
            return status;
        }

        public void setStatus(String status) {
            this.status = status;
        }

        public Customer getCustomer() {
            return customer;
        }

        public void setCustomer(Customer customer) {
            this.customer = customer;
        }

        public Address getShipTo() {
            return shipTo;
        }
    }

    /** A versioned entity with a LAZY to-many whose rows are a join table's. */
    @Entity
    @Table(name = "it_enh_delivery")
    public static class Delivery {
        @Id
        private long id;
        private String driver;
        @Version
        private int version;
        @ManyToMany
        @JoinTable(name = "it_enh_delivery_order", joinColumns = @JoinColumn(name = "delivery_id"),
                inverseJoinColumns = @JoinColumn(name = "order_id"))
        private Set<PurchaseOrder> orders = new HashSet<>();

        public long getId() {
            return id;
        }

        public String getDriver() {
            return driver;
        }

        public void setDriver(String driver) {
            this.driver = driver;
        }

        public int getVersion() {
            return version;
        }

        public Set<PurchaseOrder> getOrders() {
            return orders;
        }
    }
}
