package dev.athanor.it.query.model;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** An order: versioned, an enum stored by name, a converted boolean, dates, its customer and its lines. */
@Entity
@Table(name = "itq_order")
@NamedQuery(name = "PurchaseOrder.byStatus", query = "SELECT o FROM PurchaseOrder o WHERE o.status = :status ORDER BY o.id")
public class PurchaseOrder {

    @Id
    private Long id;
    @Version
    @Column(name = "version")
    private int version;
    @Column(name = "reference")
    private String reference;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "customer_id")
    private Customer customer;
    @Enumerated(EnumType.STRING)
    @Column(name = "status")
    private OrderStatus status;
    @Convert(converter = YesNoConverter.class)
    @Column(name = "gift")
    private Boolean gift;
    @Column(name = "placed_at")
    private OffsetDateTime placedAt;
    @Column(name = "ship_date")
    private LocalDate shipDate;
    @Column(name = "discount")
    private Integer discount;
    @OneToMany(mappedBy = "order")
    @OrderBy("id")
    private List<OrderLine> lines = new ArrayList<>();

    public PurchaseOrder() {
    }

    public Long getId() {
        return id;
    }

    public int getVersion() {
        return version;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public Customer getCustomer() {
        return customer;
    }

    public OrderStatus getStatus() {
        return status;
    }

    public void setStatus(OrderStatus status) {
        this.status = status;
    }

    public Boolean getGift() {
        return gift;
    }

    public OffsetDateTime getPlacedAt() {
        return placedAt;
    }

    public LocalDate getShipDate() {
        return shipDate;
    }

    public Integer getDiscount() {
        return discount;
    }

    public List<OrderLine> getLines() {
        return lines;
    }
}
