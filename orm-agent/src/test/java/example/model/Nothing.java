package example.model;

import jakarta.persistence.Entity;

/** An entity with no tracked field at all. */
@Entity
public class Nothing {

    static int created;
}
