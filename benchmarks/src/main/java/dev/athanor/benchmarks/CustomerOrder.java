package dev.athanor.benchmarks;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * An order of {@link EnhancedBenchmark} and {@link HeapPerEntity}: private fields, getters and
 * setters, and a LAZY many-to-one to its {@link Customer}, which the agent turns into a reference
 * loaded for a batch of siblings on first read.
 */
@Entity
@Table(name = PersistenceSchema.ORDER_TABLE)
public class CustomerOrder {

    @Id
    private long id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "customer_id")
    private Customer customer;
    private int total;
    private String status;

    protected CustomerOrder() {
    }

    CustomerOrder(long id, Customer customer, int total, String status) {
        this.id = id;
        this.customer = customer;
        this.total = total;
        this.status = status;
    }

    public long getId() {
        return id;
    }

    public Customer getCustomer() {
        return customer;
    }

    public void setCustomer(Customer customer) {
        this.customer = customer;
    }

    public int getTotal() {
        return total;
    }

    public void setTotal(int total) {
        this.total = total;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }
}
