package example.orphan;

import jakarta.persistence.Entity;

/** An entity whose superclass's class file AgentJarIT makes unavailable. */
@Entity
public class Child extends Parent {

    private int size;
}
