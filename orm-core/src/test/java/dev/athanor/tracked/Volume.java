package dev.athanor.tracked;

import dev.athanor.runtime.AttributeTracker;
import dev.athanor.runtime.ManagedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** Enhanced by hand, the element of {@link Shelf#getVolumes()}: slots 0 id, 1 title, 2 shelf (LAZY). */
@Entity
@Table(name = "tracked_volume")
public class Volume implements ManagedEntity {

    public static final String[] $athanor$FIELDS = {"id", "title", "shelf"};

    @Id
    private long id;
    private String title;
    @ManyToOne(fetch = FetchType.LAZY)
    private Shelf shelf;

    public transient AttributeTracker $athanor$tracker;

    public Volume() {
    }

    public Volume(long id, String title, Shelf shelf) {
        this.id = id;
        this.title = title;
        this.shelf = shelf;
    }

    public String getTitle() {
        if ($athanor$tracker != null) {
            $athanor$tracker.read(this, 1);
        }
        return title;
    }

    public Shelf getShelf() {
        if ($athanor$tracker != null) {
            $athanor$tracker.read(this, 2);
        }
        return shelf;
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
            case 1 -> title;
            case 2 -> shelf;
            default -> throw new IllegalArgumentException("slot " + slot);
        };
    }

    @Override
    public void $athanor$set(int slot, Object value) {
        switch (slot) {
            case 0 -> id = value == null ? 0 : (Long) value;
            case 1 -> title = (String) value;
            case 2 -> shelf = (Shelf) value;
            default -> throw new IllegalArgumentException("slot " + slot);
        }
    }
}
