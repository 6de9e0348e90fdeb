package dev.athanor.core.query.compile;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Basic;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKey;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A small shop to compile queries against: customers with an embedded address, a lazy basic, their
 * orders (newest first) and a join-table one-to-many of favourite products; orders with a STRING enum, a @Version, lines (mapped
 * by their order) and many-to-many tags, each tag with an enum stored by its ordinal; products with a
 * converted SKU.
 */
public final class Shop {

    private Shop() {
    }

    public static List<Class<?>> all() {
        return List.of(Customer.class, Order.class, OrderLine.class, Product.class, Tag.class);
    }

    public enum Status {
        OPEN, PAID, SHIPPED
    }

    public enum Colour {
        RED, GREEN, BLUE
    }

    /** A SKU stored as its text. */
    public record Sku(String code) {
    }

    @Converter
    public static class SkuConverter implements AttributeConverter<Sku, String> {
        @Override
        public String convertToDatabaseColumn(Sku sku) {
            return sku == null ? null : "SKU-" + sku.code();
        }

        @Override
        public Sku convertToEntityAttribute(String column) {
            return column == null ? null : new Sku(column.substring(4));
        }
    }

    @Embeddable
    public static class Address {
        public String street;
        public String city;
    }

    @Entity
    public static class Customer {
        @Id
        public long id;
        public String fullname;
        @Embedded
        public Address address;
        public boolean active;
        @Basic(fetch = FetchType.LAZY)
        public String notes;
        @OneToMany(mappedBy = "customer")
        @OrderBy("placed DESC")
        public List<Order> orders = new ArrayList<>();
        @OneToMany
        @JoinTable(name = "favourites")
        public List<Product> favourites = new ArrayList<>();
    }

    @Entity
    @Table(name = "orders")
    public static class Order {
        @Id
        public long id;
        @ManyToOne
        public Customer customer;
        @Enumerated(EnumType.STRING)
        public Status status;
        public LocalDate placed;
        public BigDecimal total;
        public int items;
        @Version
        public int version;
        @OneToMany(mappedBy = "order")
        @OrderBy("quantity DESC")
        public List<OrderLine> lines = new ArrayList<>();
        @ManyToMany
        @JoinTable(name = "order_tags")
        public Set<Tag> tags = new HashSet<>();
        @ManyToMany
        @JoinTable(name = "order_labels")
        @MapKey(name = "label")
        public Map<String, Tag> tagsByLabel = new HashMap<>();
        @OneToMany(mappedBy = "order")
        @MapKey(name = "product")
        public Map<Product, OrderLine> lineByProduct = new HashMap<>();
    }

    @Entity
    public static class OrderLine {
        @Id
        public long id;
        @ManyToOne
        public Order order;
        @ManyToOne
        public Product product;
        public int quantity;
        public BigDecimal price;
    }

    @Entity
    public static class Product {
        @Id
        public long id;
        public String name;
        @Convert(converter = SkuConverter.class)
        public Sku sku;
        public double weight;
        public short rank;
    }

    @Entity
    public static class Tag {
        @Id
        public long id;
        public String label;
        public Colour colour;
        @ManyToMany(mappedBy = "tags")
        public Set<Order> orders = new HashSet<>();
    }

    /** A result class for NEW. */
    public record CustomerTotal(String name, long orders) {
    }

    /** A result class with overloaded constructors. */
    public static class Summary {
        public final Object first;

        public Summary(String name, BigDecimal total) {
            first = name + ":" + total;
        }

        public Summary(String name, int items) {
            first = name + "#" + items;
        }
    }
}
