package dev.athanor.jpa.query;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

@Entity
public class Novel {
    @Id
    public Long id;
    public String title;
    @ManyToOne(fetch = FetchType.LAZY)
    public Author author;
}
