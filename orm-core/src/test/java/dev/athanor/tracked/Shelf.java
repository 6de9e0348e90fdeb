package dev.athanor.tracked;

import dev.athanor.runtime.AttributeTracker;
import dev.athanor.runtime.ManagedEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * Enhanced by hand like {@link Author}, with a to-many: slots 0 id, 1 name, 2 volumes (the slot
 * holds the tracked collection while a session manages the shelf).
 */
@Entity
@Table(name = "tracked_shelf")
public class Shelf implements ManagedEntity {

    public static final String[] $athanor$FIELDS = {"id", "name", "volumes"};

    @Id
    private long id;
    private String name;
    @OneToMany(mappedBy = "shelf", cascade = CascadeType.PERSIST, orphanRemoval = true)
    @OrderBy("title")
    private List<Volume> volumes = new ArrayList<>();

    public transient AttributeTracker $athanor$tracker;

    public Shelf() {
    }

    public Shelf(long id, String name) {
        this.id = id;
        this.name = name;
    }

    public List<Volume> getVolumes() {
        if ($athanor$tracker != null) {
            $athanor$tracker.read(this, 2);
        }
        return volumes;
    }

    public void setVolumes(List<Volume> volumes) {
        if ($athanor$tracker != null) {
            $athanor$tracker.read(this, 2);
            if (AttributeTracker.differIdentity(this.volumes, volumes)) {
                $athanor$tracker.changed(this, 2);
            }
        }
        this.volumes = volumes;
    }

    @Override
    public AttributeTracker $athanor$tracker() {
        return $athanor$tracker;
    }

    @Override
    public void $athanor$tracker(AttributeTracker tracker) {
        $athanor$tracker = tracker;
    }

    @Override
    public String[] $athanor$fields() {
        return $athanor$FIELDS;
    }

    @Override
    public Object $athanor$get(int slot) {
        return switch (slot) {
            case 0 -> id;
            case 1 -> name;
            case 2 -> volumes;
            default -> throw new IllegalArgumentException("slot " + slot);
        };
    }

    @Override
    @SuppressWarnings("unchecked")
    public void $athanor$set(int slot, Object value) {
        switch (slot) {
            case 0 -> id = value == null ? 0 : (Long) value;
            case 1 -> name = (String) value;
            case 2 -> volumes = (List<Volume>) value;
            default -> throw new IllegalArgumentException("slot " + slot);
        }
    }
}
