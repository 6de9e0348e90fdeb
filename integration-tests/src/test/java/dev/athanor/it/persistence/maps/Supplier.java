package dev.athanor.it.persistence.maps;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.MapKey;
import jakarta.persistence.Table;
import java.util.HashMap;
import java.util.Map;

/** A supplier: the inverse side of the warehouses' many-to-many, its warehouses by their code. */
@Entity
@Table(name = "it_map_supplier")
public class Supplier {
    @Id
    private long id;
    private String name;
    @ManyToMany(mappedBy = "suppliers")
    @MapKey(name = "code")
    private Map<String, Warehouse> warehouses = new HashMap<>();

    public Supplier() {
    }

    public Supplier(long id, String name) {
        this.id = id;
        this.name = name;
    }

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Map<String, Warehouse> getWarehouses() {
        return warehouses;
    }

    @Override
    public String toString() {
        return "Supplier " + name;
    }
}
