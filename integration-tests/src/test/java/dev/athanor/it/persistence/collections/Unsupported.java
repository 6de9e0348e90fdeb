package dev.athanor.it.persistence.collections;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.MapKey;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Collection mappings this version refuses when the persistence unit boots, and @OrderColumn where it cannot be. */
final class Unsupported {

    private Unsupported() {
    }

    @Entity
    @Table(name = "it_coll_item")
    public static class Item {
        @Id
        private long id;
        private String code;
    }

    @Entity
    @Table(name = "it_coll_catalogue")
    public static class Catalogue {
        @Id
        private long id;
        @OneToMany
        @MapKeyColumn(name = "code")
        private Map<String, Item> itemsByCode = new HashMap<>();

        public Map<String, Item> getItemsByCode() {
            return itemsByCode;
        }
    }

    @Entity
    @Table(name = "it_coll_index")
    public static class Index {
        @Id
        private long id;
        @OneToMany
        @MapKey(name = "cod")
        private Map<String, Item> itemsByCode = new HashMap<>();

        public Map<String, Item> getItemsByCode() {
            return itemsByCode;
        }
    }

    @Entity
    @Table(name = "it_coll_article")
    public static class Article {
        @Id
        private long id;
        @ElementCollection
        private List<String> tags = new ArrayList<>();

        public List<String> getTags() {
            return tags;
        }
    }

    /** An order column keeps a list's positions: a set has none. */
    @Entity
    @Table(name = "it_coll_ranking")
    public static class Ranking {
        @Id
        private long id;
        @OneToMany
        @OrderColumn(name = "place")
        private Set<Item> items = new HashSet<>();

        public Set<Item> getItems() {
            return items;
        }
    }

    /** A list is ordered by its order column or by its elements' attributes, not both. */
    @Entity
    @Table(name = "it_coll_podium")
    public static class Podium {
        @Id
        private long id;
        @OneToMany
        @OrderColumn
        @OrderBy("code")
        private List<Item> items = new ArrayList<>();

        public List<Item> getItems() {
            return items;
        }
    }
}
