package dev.athanor.it.query.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A customer's postal address, embedded in the customer's row. */
@Embeddable
public class Address {

    @Column(name = "street")
    private String street;
    @Column(name = "city")
    private String city;
    @Column(name = "zip")
    private String zip;

    public Address() {
    }

    public Address(String street, String city, String zip) {
        this.street = street;
        this.city = city;
        this.zip = zip;
    }

    public String getStreet() {
        return street;
    }

    public String getCity() {
        return city;
    }

    public String getZip() {
        return zip;
    }
}
