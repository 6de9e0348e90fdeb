package example.model;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A property-access entity: the mapping annotations are on the getters. Slots: id, owner. */
@Entity
@Access(AccessType.PROPERTY)
public class Account {

    private Long id;
    private String owner;

    @Id
    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }
}
