package dev.athanor.it.schema;

import dev.athanor.core.meta.Metadata;
import dev.athanor.core.meta.build.MetadataBuilder;
import jakarta.persistence.CheckConstraint;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.LocalDateTime;

/** An entity with indexes, constraints, comments and a record embeddable, for the schema tests ({@code sch_}). */
final class SchemaExtrasEntities {

    private SchemaExtrasEntities() {
    }

    static Metadata model() {
        return new MetadataBuilder().add(Gadget.class, Size.class).build();
    }

    @Embeddable
    public record Size(int width, int height) {
    }

    @Entity
    @Table(name = "sch_gadget", indexes = {@Index(columnList = "sku, made DESC"),
            @Index(name = "ix_sch_gadget_code", columnList = "code", unique = true)},
            uniqueConstraints = @UniqueConstraint(columnNames = {"brand", "sku"}),
            check = @CheckConstraint(constraint = "weight >= 0"), comment = "gadgets, 'quoted'")
    public static class Gadget {
        @Id
        public Long id;
        public String sku;
        public String brand;
        public String code;
        public int weight;
        @Column(secondPrecision = 3)
        public LocalDateTime made;
        @Column(comment = "it's a note", check = @CheckConstraint(name = "ck_sch_gadget_note",
                constraint = "note <> 'forbidden'"))
        public String note;
        @Embedded
        public Size size;
        public char[] tag;
    }
}
