package example.model;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * An entity whose fields other classes read and write directly: a public one, a package-private one, and a
 * private one that its inner and anonymous classes reach as nestmates. Slots: id, title, count, note.
 */
@Entity
public class Post {

    @Id
    Long id;
    public String title;
    int count;
    private String note;

    public Post() {
    }

    /** Writes a field of another entity while this one is constructed. */
    public Post(Invoice source, String title) {
        this.title = title;
        source.createdBy = "post " + title;
    }

    /** Writes a field another entity inherits from its mapped superclass. */
    public void stamp(Invoice invoice) {
        invoice.createdBy = title;
    }

    public String getTitle() {
        return title;
    }

    public String getNote() {
        return note;
    }

    public Editor editor() {
        return new Editor();
    }

    /** An anonymous class, writing the private field of its outer instance. */
    public Runnable noteSetter(String text) {
        return new Runnable() {
            @Override
            public void run() {
                note = text;
            }
        };
    }

    /** An inner class, reading and writing the private field of its outer instance. */
    public class Editor {

        public void renote(String text) {
            note = text;
        }

        public String note() {
            return note;
        }
    }
}
