package example.orphan;

import jakarta.persistence.MappedSuperclass;

/** A mapped superclass that AgentJarIT leaves out, so that its subclass cannot be enhanced. */
@MappedSuperclass
public class Parent {

    protected String code;
}
