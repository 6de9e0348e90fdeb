package dev.athanor.it.query.model;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedAttributeNode;
import jakarta.persistence.NamedEntityGraph;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** A customer with an embedded address, a LAZY basic column and the orders it placed. */
@Entity
@Table(name = "itq_customer")
@NamedQueries({
    @NamedQuery(name = "Customer.byCity", query = "SELECT c FROM Customer c WHERE c.address.city = :city ORDER BY c.id"),
    @NamedQuery(name = "Customer.names", query = "SELECT c.name FROM Customer c ORDER BY c.name"),
    @NamedQuery(name = "Customer.rename", query = "UPDATE Customer c SET c.name = :name WHERE c.id = :id")
})
@NamedQuery(name = "Customer.withOrdersAbove", query = "SELECT DISTINCT c FROM Customer c JOIN c.orders o"
        + " WHERE SIZE(o.lines) > ?1 ORDER BY c.id")
@NamedEntityGraph(name = "Customer.orders", attributeNodes = @NamedAttributeNode("orders"))
public class Customer {

    @Id
    private Long id;
    @Column(name = "name")
    private String name;
    @Column(name = "email")
    private String email;
    @Column(name = "rating")
    private Integer rating;
    @Embedded
    private Address address;
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "notes")
    private String notes;
    @OneToMany(mappedBy = "customer")
    @OrderBy("id")
    private List<PurchaseOrder> orders = new ArrayList<>();

    public Customer() {
    }

    public Customer(Long id, String name) {
        this.id = id;
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public Integer getRating() {
        return rating;
    }

    public void setRating(Integer rating) {
        this.rating = rating;
    }

    public Address getAddress() {
        return address;
    }

    public void setAddress(Address address) {
        this.address = address;
    }

    public String getNotes() {
        return notes;
    }

    public List<PurchaseOrder> getOrders() {
        return orders;
    }
}
