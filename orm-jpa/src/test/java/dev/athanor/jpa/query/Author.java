package dev.athanor.jpa.query;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import java.util.ArrayList;
import java.util.List;

@Entity
public class Author {
    @Id
    public Long id;
    public String name;
    @OneToMany(mappedBy = "author")
    public List<Novel> novels = new ArrayList<>();
}
