package dev.athanor.benchmarks;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * The parent of {@link QueryBenchmark}: a customer in an indexed city, with its orders as a
 * one-to-many (mapped by {@link QueryOrder#getCustomer()}) for the JOIN FETCH.
 */
@Entity
@Table(name = QuerySchema.CUSTOMER_TABLE)
public class QueryCustomer {

    @Id
    private long id;
    private String name;
    private String city;
    @OneToMany(mappedBy = "customer")
    private List<QueryOrder> orders = new ArrayList<>();

    protected QueryCustomer() {
    }

    QueryCustomer(long id, String name, String city) {
        this.id = id;
        this.name = name;
        this.city = city;
    }

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getCity() {
        return city;
    }

    public List<QueryOrder> getOrders() {
        return orders;
    }
}
