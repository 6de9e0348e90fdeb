package dev.athanor.it.persistence.maps;

import jakarta.persistence.metamodel.MapAttribute;
import jakarta.persistence.metamodel.SingularAttribute;
import jakarta.persistence.metamodel.StaticMetamodel;

/** The static metamodel of {@link Warehouse}, as a generator would write it. */
@StaticMetamodel(Warehouse.class)
public abstract class Warehouse_ {
    public static volatile SingularAttribute<Warehouse, Long> id;
    public static volatile SingularAttribute<Warehouse, String> code;
    public static volatile SingularAttribute<Warehouse, String> city;
    public static volatile MapAttribute<Warehouse, String, Product> products;
    public static volatile MapAttribute<Warehouse, Long, Bin> bins;
    public static volatile MapAttribute<Warehouse, String, Crate> crates;
    public static volatile MapAttribute<Warehouse, Long, Supplier> suppliers;
}
