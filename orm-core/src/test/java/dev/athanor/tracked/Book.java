package dev.athanor.tracked;

import dev.athanor.runtime.AttributeTracker;
import dev.athanor.runtime.ManagedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** Enhanced by hand like {@link Author}: slots 0 id, 1 title, 2 pages, 3 author (LAZY). */
@Entity
@Table(name = "tracked_book")
public class Book implements ManagedEntity {

    public static final String[] $athanor$FIELDS = {"id", "title", "pages", "author"};

    @Id
    private long id;
    private String title;
    private int pages;
    @ManyToOne(fetch = FetchType.LAZY)
    private Author author;

    public transient AttributeTracker $athanor$tracker;

    public Book() {
    }

    public Book(long id, String title, int pages, Author author) {
        this.id = id;
        this.title = title;
        this.pages = pages;
        this.author = author;
    }

    public String getTitle() {
        if ($athanor$tracker != null) {
            $athanor$tracker.read(this, 1);
        }
        return title;
    }

    public void setTitle(String title) {
        if ($athanor$tracker != null) {
            $athanor$tracker.read(this, 1);
            if (AttributeTracker.differ(this.title, title)) {
                $athanor$tracker.changed(this, 1);
            }
        }
        this.title = title;
    }

    public void setPages(int pages) {
        if ($athanor$tracker != null) {
            $athanor$tracker.read(this, 2);
            if (AttributeTracker.differ(this.pages, pages)) {
                $athanor$tracker.changed(this, 2);
            }
        }
        this.pages = pages;
    }

    public Author getAuthor() {
        if ($athanor$tracker != null) {
            $athanor$tracker.read(this, 3);
        }
        return author;
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
            case 2 -> pages;
            case 3 -> author;
            default -> throw new IllegalArgumentException("slot " + slot);
        };
    }

    @Override
    public void $athanor$set(int slot, Object value) {
        switch (slot) {
            case 0 -> id = value == null ? 0 : (Long) value;
            case 1 -> title = (String) value;
            case 2 -> pages = value == null ? 0 : (Integer) value;
            case 3 -> author = (Author) value;
            default -> throw new IllegalArgumentException("slot " + slot);
        }
    }
}
