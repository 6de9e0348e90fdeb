package dev.athanor.it.persistence.maps;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A product, held in its warehouse's map under its SKU. */
@Entity
@Table(name = "it_map_product")
public class Product {
    @Id
    private long id;
    private String sku;
    private String name;
    private int stock;
    @ManyToOne(fetch = FetchType.LAZY)
    private Warehouse warehouse;

    public Product() {
    }

    public Product(long id, String sku, String name, int stock) {
        this.id = id;
        this.sku = sku;
        this.name = name;
        this.stock = stock;
    }

    public long getId() {
        return id;
    }

    public String getSku() {
        return sku;
    }

    public String getName() {
        return name;
    }

    public int getStock() {
        return stock;
    }

    public Warehouse getWarehouse() {
        return warehouse;
    }

    public void setWarehouse(Warehouse warehouse) {
        this.warehouse = warehouse;
    }

    @Override
    public String toString() {
        return "Product " + sku;
    }
}
