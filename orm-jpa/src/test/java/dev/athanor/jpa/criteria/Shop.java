package dev.athanor.jpa.criteria;

import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKey;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A small shop for the Criteria tests. */
public final class Shop {

    private Shop() {
    }

    public enum Status { NEW, PAID }

    @Embeddable
    public static class Address {
        public String street;
        public String city;
    }

    @Entity
    public static class Customer {
        @Id
        public Long id;
        public String name;
        public String email;
        public boolean active;
        @Embedded
        public Address address;
        @OneToMany(mappedBy = "customer")
        public List<Purchase> purchases;
        @OneToMany(mappedBy = "customer")
        @MapKey(name = "note")
        public Map<String, Purchase> purchasesByNote;
    }

    @Entity
    public static class Purchase {
        @Id
        public Long id;
        @Version
        public long version;
        @ManyToOne
        public Customer customer;
        public BigDecimal total;
        public int quantity;
        @Enumerated(EnumType.STRING)
        public Status status;
        public LocalDate placedOn;
        public LocalDateTime paidAt;
        public String note;
        @OneToMany(mappedBy = "purchase")
        public Set<PurchaseLine> lines;
    }

    @Entity
    public static class PurchaseLine {
        @Id
        public Long id;
        @ManyToOne
        public Purchase purchase;
        @ManyToOne
        public Product product;
        public int amount;
    }

    @Entity
    public static class Product {
        @Id
        public Long id;
        public String name;
        public BigDecimal price;
    }

    /** A result class for construct(...). */
    public static class Summary {
        public final String name;
        public final BigDecimal total;

        public Summary(String name, BigDecimal total) {
            this.name = name;
            this.total = total;
        }
    }
}
