package example.model;

import dev.athanor.runtime.Enhanced;
import jakarta.persistence.Entity;

/** A class a build-time enhancer already handled, as far as its annotation says. */
@Entity
@Enhanced(version = 1)
public class Stamped {

    private String name;

    public String getName() {
        return name;
    }
}
