package dev.athanor.core.meta.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.error.MappingException;
import dev.athanor.core.meta.AttributeModel;
import dev.athanor.core.meta.ConverterModel;
import dev.athanor.core.meta.EntityModel;
import dev.athanor.core.meta.build.fixtures.Extras;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.lang.reflect.Field;
import org.junit.jupiter.api.Test;

class EmbeddingOverridesTest {

    @Test
    void convertWithAttributeNameConvertsThatAttributeForThisEmbeddingOnly() {
        MappingException e = catchThrowableOfType(() -> new MetadataBuilder().add(Extras.Shelf.class,
                Extras.Label.class, Extras.UpperCase.class).build(), MappingException.class);
        // "txt" on 'side' names nothing: reported, with a did-you-mean (the three embeddings' columns clash too)
        assertThat(e.problems()).filteredOn(p -> p.code() != ErrorCode.DUPLICATE_COLUMN).singleElement()
                .satisfies(p -> {
            assertThat(p.code()).isEqualTo(ErrorCode.MISPLACED_ANNOTATION);
            assertThat(p.attribute()).isEqualTo("side.txt");
            assertThat(p.what()).contains("Did you mean 'text'?");
        });
    }

    @Test
    void theOuterConvertWinsAndOtherEmbeddingsStayPlain() {
        EmbeddingOverrides outer = EmbeddingOverrides.of(field("front"));
        assertThat(outer.converts()).containsOnlyKeys("text");
        EmbeddingOverrides inner = EmbeddingOverrides.NONE.inner("front", field("front"));
        assertThat(inner.convert("text").converter()).isEqualTo(Extras.UpperCase.class);
        assertThat(inner.convert("language")).isNull();
    }

    @Test
    void convertedEmbeddedAttributesCarryTheConverter() {
        EntityModel shelf = new MetadataBuilder().add(ShelfOk.class, Extras.Label.class, Extras.UpperCase.class)
                .build().entity(ShelfOk.class);
        AttributeModel front = shelf.attribute("front").embeddedAttribute("text").orElseThrow();
        assertThat(front.converter()).map(ConverterModel::converterClass).contains(Extras.UpperCase.class);
        assertThat(front.converter().orElseThrow().toDatabase("abc")).isEqualTo("ABC");
        assertThat(shelf.attribute("back").embeddedAttribute("text").orElseThrow().converter()).isEmpty();
        assertThat(shelf.attribute("front").embeddedAttribute("language").orElseThrow().converter()).isEmpty();
    }

    @Test
    void disableConversionSwitchesAnAutoAppliedConverterOff() {
        EntityModel note = new MetadataBuilder().add(Extras.Note.class, Extras.Trimmed.class).build()
                .entity(Extras.Note.class);
        assertThat(note.attribute("text").converter()).map(ConverterModel::converterClass)
                .contains(Extras.Trimmed.class);
        assertThat(note.attribute("raw").converter()).isEmpty();
    }

    private static Field field(String name) {
        try {
            return Extras.Shelf.class.getField(name);
        } catch (NoSuchFieldException e) {
            throw new AssertionError(e);
        }
    }

    /** Extras.Shelf without its misnamed @Convert. */
    @Entity
    public static class ShelfOk {
        @Id
        public Long id;
        @Embedded
        @Convert(attributeName = "text", converter = Extras.UpperCase.class)
        public Extras.Label front;
        @Embedded
        @AttributeOverride(name = "text", column = @Column(name = "back_text"))
        @AttributeOverride(name = "language",
                column = @Column(name = "back_language"))
        public Extras.Label back;
    }
}
