package example.model;

import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** A record embeddable: immutable, so left exactly as it is. */
@Embeddable
public record Money(BigDecimal amount, String currency) {
}
