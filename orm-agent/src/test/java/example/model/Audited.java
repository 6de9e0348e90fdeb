package example.model;

import jakarta.persistence.MappedSuperclass;

/** A mapped superclass whose two slots come before those of its entities. */
@MappedSuperclass
public abstract class Audited {

    protected String createdBy;
    protected long revision;

    public String getCreatedBy() {
        return createdBy;
    }

    public long getRevision() {
        return revision;
    }
}
