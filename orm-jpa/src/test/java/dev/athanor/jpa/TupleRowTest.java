package dev.athanor.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.TupleElement;
import java.util.List;
import org.junit.jupiter.api.Test;

class TupleRowTest {

    private final List<TupleElement<?>> elements = List.of(new TupleItem<>(String.class, "title"),
            new TupleItem<>(Integer.class, "pages"), new TupleItem<>(Long.class, null));
    private final TupleRow row = new TupleRow(elements, new Object[] {"Dune", 412, null});

    @Test
    void readsByAliasPositionAndElement() {
        assertThat(row.get("title")).isEqualTo("Dune");
        assertThat(row.get("pages", Integer.class)).isEqualTo(412);
        assertThat(row.get("pages", Number.class)).isEqualTo(412);
        assertThat(row.get(2, Long.class)).isNull();
        assertThat(row.get(elements.get(1))).isEqualTo(412);
        assertThat(row.get(new TupleItem<>(String.class, "title"))).isEqualTo("Dune");
        assertThat(row.getElements()).isEqualTo(elements);
        Object[] copy = row.toArray();
        copy[0] = "changed";
        assertThat(row.get(0)).isEqualTo("Dune");
    }

    @Test
    void unknownAliasesPositionsAndWrongTypesAreRefused() {
        assertThatThrownBy(() -> row.get("titel"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no element with alias 'titel'").hasMessageContaining("Did you mean 'title'?")
                .hasMessageContaining("[title, pages]");
        assertThatThrownBy(() -> row.get(3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no element 3; it has 3 (0 to 2)");
        assertThatThrownBy(() -> row.get("title", Integer.class)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("('title') of the tuple is a java.lang.String, not a java.lang.Integer");
        assertThatThrownBy(() -> row.get(new TupleItem<>(String.class, null)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
