package example.model;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.math.BigDecimal;

/**
 * An entity below a mapped superclass; it writes the inherited fields itself. Slots: createdBy, revision,
 * id, amount.
 */
@Entity
public class Invoice extends Audited {

    static final String PREFIX = "INV-";

    @Id
    private Long id;
    private BigDecimal amount;

    public void touch(String who) {
        createdBy = who;
    }

    public void bump() {
        revision++;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }
}
