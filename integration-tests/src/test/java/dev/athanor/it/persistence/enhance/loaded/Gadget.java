package dev.athanor.it.persistence.enhance.loaded;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Loaded only through a class loader of its own by {@code ChildClassLoaderIT}. */
@Entity
@Table(name = "it_enh_gadget")
public class Gadget {
    @Id
    private long id;
    private String label;

    public Gadget() {
    }

    public Gadget(long id, String label) {
        this.id = id;
        this.label = label;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }
}
