package example.model;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Transient;
import java.util.ArrayList;
import java.util.List;

/** A field-access entity with the usual kinds of fields. Slots: id, name, quantity, price, parent, children, tags. */
@Entity
public class Item {

    public static int instances;

    @Id
    private Long id;
    private String name;
    private int quantity;
    private double price;
    @ManyToOne
    private Item parent;
    @OneToMany
    private List<Item> children = new ArrayList<>();
    private final List<String> tags = new ArrayList<>();
    @Transient
    private String label;
    private transient int hits;

    public Item() {
        instances++;
    }

    public Item(String name, int quantity) {
        this.name = name;
        this.quantity = quantity;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public int getQuantity() {
        return quantity;
    }

    public void setQuantity(int quantity) {
        this.quantity = quantity;
    }

    public void addQuantity(int more) {
        quantity += more;
    }

    public double getPrice() {
        return price;
    }

    public void setPrice(double price) {
        this.price = price;
    }

    public Item getParent() {
        return parent;
    }

    public void setParent(Item parent) {
        this.parent = parent;
    }

    public List<Item> getChildren() {
        return children;
    }

    public void setChildren(List<Item> children) {
        this.children = children;
    }

    public List<String> getTags() {
        return tags;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }

    public void hit() {
        hits++;
    }

    public int getHits() {
        return hits;
    }

    /** Writes through a lambda, which javac compiles into a synthetic method of this class. */
    public void renameLater(String newName) {
        Runnable rename = () -> name = newName;
        rename.run();
    }
}
