package dev.athanor.it.persistence.version;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDateTime;

/** One entity per kind of @Version attribute. */
final class VersionEntities {

    private VersionEntities() {
    }

    @Entity
    @Table(name = "it_version_int")
    public static class IntVersioned {
        @Id
        public Long id;
        public String name;
        @Version
        public int version;
    }

    @Entity
    @Table(name = "it_version_long")
    public static class LongVersioned {
        @Id
        public Long id;
        public String name;
        @Version
        public Long version;
    }

    @Entity
    @Table(name = "it_version_instant")
    public static class InstantVersioned {
        @Id
        public Long id;
        public String name;
        @Version
        public Instant version;
    }

    @Entity
    @Table(name = "it_version_local")
    public static class LocalVersioned {
        @Id
        public Long id;
        public String name;
        @Version
        public LocalDateTime version;
    }
}
