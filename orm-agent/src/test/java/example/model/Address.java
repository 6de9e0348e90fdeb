package example.model;

import jakarta.persistence.Embeddable;

/** A mutable embeddable: enhanced, with its own slots street and city. */
@Embeddable
public class Address {

    private String street;
    private String city;

    public void setStreet(String street) {
        this.street = street;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getCity() {
        return city;
    }
}
