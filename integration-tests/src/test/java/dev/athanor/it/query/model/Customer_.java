package dev.athanor.it.query.model;

import jakarta.persistence.metamodel.ListAttribute;
import jakarta.persistence.metamodel.SingularAttribute;
import jakarta.persistence.metamodel.StaticMetamodel;

/** The static metamodel of {@link Customer}, written by hand; the provider fills it in at boot. */
@StaticMetamodel(Customer.class)
public abstract class Customer_ {

    public static final String NAME = "name";
    public static final String RATING = "rating";

    public static volatile SingularAttribute<Customer, Long> id;
    public static volatile SingularAttribute<Customer, String> name;
    public static volatile SingularAttribute<Customer, String> email;
    public static volatile SingularAttribute<Customer, Integer> rating;
    public static volatile SingularAttribute<Customer, Address> address;
    public static volatile SingularAttribute<Customer, String> notes;
    public static volatile ListAttribute<Customer, PurchaseOrder> orders;
}
