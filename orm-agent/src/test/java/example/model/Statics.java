package example.model;

import jakarta.persistence.Entity;
import java.util.ArrayList;
import java.util.List;

/** An entity with a static initializer of its own, which the slot names are prepended to. */
@Entity
public class Statics {

    static final List<String> REGISTRY = new ArrayList<>();

    static {
        for (int i = 0; i < 3; i++) {
            REGISTRY.add("entry " + i);
        }
    }

    private String code;

    public void setCode(String code) {
        this.code = code;
    }

    public static List<String> registry() {
        return REGISTRY;
    }
}
