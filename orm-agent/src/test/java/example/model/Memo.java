package example.model;

import jakarta.persistence.Entity;

/** An entity with no field of its own: every slot is its mapped superclass's. */
@Entity
public class Memo extends Audited {
}
