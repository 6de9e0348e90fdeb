package dev.athanor.it.query.api;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Temporal;
import jakarta.persistence.TemporalType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Date;

/** One booking: the temporal and numeric types that query parameters are converted to. */
@Entity
@Table(name = "itqapi_ledger")
public class Ledger {
    @Id
    public Long id;
    public String label;
    public LocalDate day;
    @Temporal(TemporalType.TIMESTAMP)
    public Date booked;
    public BigDecimal amount;
    public long units;

    public Ledger() {
    }

    public Ledger(Long id, String label, LocalDate day, Date booked, BigDecimal amount, long units) {
        this.id = id;
        this.label = label;
        this.day = day;
        this.booked = booked;
        this.amount = amount;
        this.units = units;
    }
}
