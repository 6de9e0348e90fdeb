package dev.athanor.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.core.query.QueryPlan;
import dev.athanor.core.query.QueryPlan.ResultItem;
import dev.athanor.core.sql.ast.ColumnRef;
import dev.athanor.core.sql.ast.Select;
import dev.athanor.core.sql.ast.TableRef;
import jakarta.persistence.Tuple;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ResultShapeTest {

    /** A plan selecting values of the given types, with the given aliases (as the compiler would make it). */
    static QueryPlan plan(String text, List<String> aliases, Class<?>... types) {
        List<ResultItem> items = new java.util.ArrayList<>();
        for (int i = 0; i < types.length; i++) {
            items.add(new ResultItem.Value(i, types[i], null));
        }
        return new QueryPlan(QueryPlan.Kind.SELECT, text, Select.of(TableRef.of("Book", "b"), ColumnRef.of("b", "id")),
                List.of(), List.of(), items, aliases, List.of(), List.of(), Set.of("Book"),
                types.length == 1 ? types[0] : Object[].class, null);
    }

    @Test
    void aSingleItemIsAssignableToItsTypeOrASupertypeWithPrimitivesBoxed() {
        QueryPlan count = plan("select count(b) from Book b", Arrays.asList((String) null), Long.class);
        assertThat(ResultShape.of(count, Long.class, null).shape(3L)).isEqualTo(3L);
        assertThat(ResultShape.of(count, long.class, null).shape(3L)).isEqualTo(3L);
        assertThat(ResultShape.of(count, Number.class, null).shape(3L)).isEqualTo(3L);
        assertThat(ResultShape.of(count, Object.class, null).shape(3L)).isEqualTo(3L);
        QueryPlan pages = plan("select b.pages from Book b", Arrays.asList((String) null), int.class);
        assertThat(ResultShape.of(pages, Integer.class, null).shape(7)).isEqualTo(7);

        assertThatThrownBy(() -> ResultShape.of(count, Integer.class, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ATH-9006")
                .hasMessageContaining("selects java.lang.Long, which is not a java.lang.Integer")
                .hasMessageContaining("select count(b) from Book b");
    }

    @Test
    void severalItemsAreObjectArraysOrTuples() {
        QueryPlan two = plan("select b.title, b.pages from Book b", Arrays.asList("title", null), String.class,
                Integer.class);
        Object[] row = {"Dune", 412};
        assertThat(ResultShape.of(two, Object[].class, null).shape(row)).isSameAs(row);
        assertThatThrownBy(() -> ResultShape.of(two, String.class, null))
                .hasMessageContaining("ATH-9006").hasMessageContaining("2 items")
                .hasMessageContaining("Object[].class or Tuple.class");

        Tuple tuple = (Tuple) ResultShape.of(two, Tuple.class, null).shape(row);
        assertThat(tuple.get("title")).isEqualTo("Dune");
        assertThat(tuple.get(1, Integer.class)).isEqualTo(412);
        assertThat(tuple.toArray()).containsExactly("Dune", 412);
        assertThat(tuple.getElements()).extracting(e -> e.getJavaType(), e -> e.getAlias())
                .containsExactly(org.assertj.core.api.Assertions.tuple(String.class, "title"),
                        org.assertj.core.api.Assertions.tuple(Integer.class, null));
        assertThat(tuple.get(tuple.getElements().get(1))).isEqualTo(412);
    }

    @Test
    void aSingleItemAsObjectArrayOrTupleIsWrapped() {
        QueryPlan one = plan("select b.title as t from Book b", List.of("t"), String.class);
        assertThat((Object[]) ResultShape.of(one, Object[].class, null).shape("Dune")).containsExactly("Dune");
        Tuple tuple = (Tuple) ResultShape.of(one, Tuple.class, null).shape("Dune");
        assertThat(tuple.get("t", String.class)).isEqualTo("Dune");
        assertThat(tuple.get(0)).isEqualTo("Dune");
    }

    @Test
    void updatesAndDeletesHaveNoResultClass() {
        QueryPlan update = new QueryPlan(QueryPlan.Kind.UPDATE, "update Book b set b.pages = 1",
                Select.of(TableRef.of("Book", "b"), ColumnRef.of("b", "id")), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), Set.of("Book"), null, null);
        assertThat(ResultShape.of(update, null, null).shape(1)).isEqualTo(1);
        assertThat(ResultShape.of(update, Object.class, null).shape(1)).isEqualTo(1);
        assertThatThrownBy(() -> ResultShape.of(update, Integer.class, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ATH-9006")
                .hasMessageContaining("an UPDATE statement has no results").hasMessageContaining("executeUpdate()");
    }
}
