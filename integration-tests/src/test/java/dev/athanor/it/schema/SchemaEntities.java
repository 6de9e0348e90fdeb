package dev.athanor.it.schema;

import dev.athanor.core.meta.Metadata;
import dev.athanor.core.meta.build.MetadataBuilder;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** Entities for the schema tests: tables prefixed {@code sch_} so that they never meet other tests' tables. */
final class SchemaEntities {

    private SchemaEntities() {
    }

    static Metadata model() {
        return new MetadataBuilder().add(Member.class, Team.class, Post.class).build();
    }

    static Metadata cycle() {
        return new MetadataBuilder().add(Team.class, Member.class, Leader.class, Club.class).build();
    }

    @Entity
    @Table(name = "sch_team")
    public static class Team {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        public Long id;
        @Column(nullable = false, unique = true, length = 80)
        public String name;
        @ManyToOne
        public Team parent;
    }

    @Entity
    @Table(name = "sch_member")
    public static class Member {
        @Id
        @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "members")
        @SequenceGenerator(name = "members", sequenceName = "sch_member_seq", allocationSize = 5)
        public Long id;
        @Column(nullable = false)
        public String nick;
        public String motto;
        @ManyToOne(optional = false)
        public Team team;
    }

    @Entity
    @Table(name = "sch_post")
    public static class Post {
        @Id
        @GeneratedValue(strategy = GenerationType.TABLE)
        public Long id;
        @ManyToOne
        public Member author;
    }

    @Entity
    @Table(name = "sch_club")
    public static class Club {
        @Id
        public Long id;
        @ManyToOne
        public Leader leader;
    }

    @Entity
    @Table(name = "sch_leader")
    public static class Leader {
        @Id
        public Long id;
        @ManyToOne
        public Club club;
    }
}
