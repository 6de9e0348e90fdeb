package dev.athanor.it.persistence.maps;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.MapKey;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.util.HashMap;
import java.util.Map;

/**
 * An entity with one {@code Map} association of each storage: products by SKU ({@code mappedBy} their
 * {@code @ManyToOne}, cascading, orphans removed), bins by id (unidirectional, a foreign key in the
 * bin's table, no map-key annotation), crates by label (unidirectional through a join table) and
 * suppliers by id (owning side of a many-to-many, {@code @MapKey} without a name).
 */
@Entity
@Table(name = "it_map_warehouse")
public class Warehouse {
    @Id
    private long id;
    private String code;
    private String city;
    @OneToMany(mappedBy = "warehouse", cascade = CascadeType.ALL, orphanRemoval = true)
    @MapKey(name = "sku")
    private Map<String, Product> products = new HashMap<>();
    @OneToMany
    @JoinColumn(name = "warehouse_id")
    private Map<Long, Bin> bins = new HashMap<>();
    @OneToMany(cascade = CascadeType.PERSIST)
    @JoinTable(name = "it_map_warehouse_crate")
    @MapKey(name = "label")
    private Map<String, Crate> crates = new HashMap<>();
    @ManyToMany
    @JoinTable(name = "it_map_supply", joinColumns = @JoinColumn(name = "warehouse_id"),
            inverseJoinColumns = @JoinColumn(name = "supplier_id"))
    @MapKey
    private Map<Long, Supplier> suppliers = new HashMap<>();

    public Warehouse() {
    }

    public Warehouse(long id, String code, String city) {
        this.id = id;
        this.code = code;
        this.city = city;
    }

    public long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getCity() {
        return city;
    }

    public Map<String, Product> getProducts() {
        return products;
    }

    public void setProducts(Map<String, Product> products) {
        this.products = products;
    }

    /** Puts {@code product} under its SKU and makes it point back here. */
    public void stock(Product product) {
        product.setWarehouse(this);
        products.put(product.getSku(), product);
    }

    public Map<Long, Bin> getBins() {
        return bins;
    }

    public Map<String, Crate> getCrates() {
        return crates;
    }

    public Map<Long, Supplier> getSuppliers() {
        return suppliers;
    }

    @Override
    public String toString() {
        return "Warehouse " + code;
    }
}
