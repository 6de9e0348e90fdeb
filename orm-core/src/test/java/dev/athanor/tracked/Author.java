package dev.athanor.tracked;

import dev.athanor.runtime.AttributeTracker;
import dev.athanor.runtime.ManagedEntity;
import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An entity written as the agent enhances one (see dev.athanor.runtime), so that the session's
 * side of the contract is tested without the agent: slots 0 id, 1 name, 2 bio.
 */
@Entity
@Table(name = "tracked_author")
public class Author implements ManagedEntity {

    public static final String[] $athanor$FIELDS = {"id", "name", "bio"};

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    @Basic(fetch = FetchType.LAZY)
    private String bio;

    public transient AttributeTracker $athanor$tracker;

    public Author() {
    }

    public Author(String name, String bio) {
        this.name = name;
        this.bio = bio;
    }

    public Long getId() {
        if ($athanor$tracker != null) {
            $athanor$tracker.read(this, 0);
        }
        return id;
    }

    public String getName() {
        if ($athanor$tracker != null) {
            $athanor$tracker.read(this, 1);
        }
        return name;
    }

    public void setName(String name) {
        if ($athanor$tracker != null) {
            $athanor$tracker.read(this, 1);
            if (AttributeTracker.differ(this.name, name)) {
                $athanor$tracker.changed(this, 1);
            }
        }
        this.name = name;
    }

    public String getBio() {
        if ($athanor$tracker != null) {
            $athanor$tracker.read(this, 2);
        }
        return bio;
    }

    public void setBio(String bio) {
        if ($athanor$tracker != null) {
            $athanor$tracker.read(this, 2);
            if (AttributeTracker.differ(this.bio, bio)) {
                $athanor$tracker.changed(this, 2);
            }
        }
        this.bio = bio;
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
            case 2 -> bio;
            default -> throw new IllegalArgumentException("slot " + slot);
        };
    }

    @Override
    public void $athanor$set(int slot, Object value) {
        switch (slot) {
            case 0 -> id = (Long) value;
            case 1 -> name = (String) value;
            case 2 -> bio = (String) value;
            default -> throw new IllegalArgumentException("slot " + slot);
        }
    }
}
