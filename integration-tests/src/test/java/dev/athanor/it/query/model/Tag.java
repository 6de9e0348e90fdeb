package dev.athanor.it.query.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.Set;

/** A label on products, the inverse side of the many-to-many. */
@Entity
@Table(name = "itq_tag")
public class Tag {

    @Id
    private Long id;
    @Column(name = "label")
    private String label;
    @ManyToMany(mappedBy = "tags")
    private Set<Product> products = new HashSet<>();

    public Tag() {
    }

    public Long getId() {
        return id;
    }

    public String getLabel() {
        return label;
    }

    public Set<Product> getProducts() {
        return products;
    }
}
