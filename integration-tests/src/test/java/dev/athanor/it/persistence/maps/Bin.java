package dev.athanor.it.persistence.maps;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A storage bin, held by its warehouse's map under its id (no map-key annotation). */
@Entity
@Table(name = "it_map_bin")
public class Bin {
    @Id
    private long id;
    private String label;

    public Bin() {
    }

    public Bin(long id, String label) {
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
        return "Bin " + label;
    }
}
