package example.child;

import jakarta.persistence.Entity;

/** An entity that AgentJarIT keeps off the application class path, for a child class loader to load. */
@Entity
public class Gadget {

    private String name;

    public void setName(String name) {
        this.name = name;
    }

    public String getName() {
        return name;
    }
}
