package dev.athanor.benchmarks;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** An order of {@link QueryBenchmark}, a LAZY many-to-one to its {@link QueryCustomer}. */
@Entity
@Table(name = QuerySchema.ORDER_TABLE)
public class QueryOrder {

    @Id
    private long id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "customer_id")
    private QueryCustomer customer;
    private int total;
    private String status;

    protected QueryOrder() {
    }

    QueryOrder(long id, QueryCustomer customer, int total, String status) {
        this.id = id;
        this.customer = customer;
        this.total = total;
        this.status = status;
    }

    public long getId() {
        return id;
    }

    public QueryCustomer getCustomer() {
        return customer;
    }

    public int getTotal() {
        return total;
    }

    public String getStatus() {
        return status;
    }
}
