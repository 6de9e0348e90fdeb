package dev.athanor.it.persistence.maps;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A crate, held by its warehouse's map under its label, linked through a join table. */
@Entity
@Table(name = "it_map_crate")
public class Crate {
    @Id
    private long id;
    private String label;

    public Crate() {
    }

    public Crate(long id, String label) {
        this.id = id;
        this.label = label;
    }

    public long getId() {
        return id;
    }

    public String getLabel() {
        return label;
    }

    @Override
    public String toString() {
        return "Crate " + label;
    }
}
