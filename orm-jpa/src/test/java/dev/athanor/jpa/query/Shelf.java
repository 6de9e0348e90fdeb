package dev.athanor.jpa.query;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;

/** An entity whose named queries are wrong in three ways, and one that is right. */
@Entity
@NamedQuery(name = "Shelf.byLabel", query = "select s from Shelf s where s.lable = :label")
@NamedQuery(name = "Shelf.broken", query = "select s from Shelf s where")
@NamedQuery(name = "Shelf.labels", query = "select s.label from Shelf s", resultClass = Long.class)
@NamedQuery(name = "Shelf.all", query = "select s from Shelf s")
public class Shelf {
    @Id
    public Long id;
    public String label;
}
