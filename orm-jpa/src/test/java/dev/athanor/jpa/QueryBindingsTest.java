package dev.athanor.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.core.query.QueryPlan.QueryParameter;
import jakarta.persistence.Parameter;
import jakarta.persistence.TemporalType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QueryBindingsTest {

    private static final String QUERY = "select b from Book b where b.title = :title and b.pages > :minPages";

    private final QueryBindings named = new QueryBindings(QUERY, List.of(new QueryParameter("title", 0,
            String.class, false), new QueryParameter("minPages", 0, int.class, false)), List.of(), Map.of());

    @Test
    void parametersAreFoundByNameAndTyped() {
        assertThat(named.parameters()).containsExactly(new AthanorParameter<>("title", null, String.class),
                new AthanorParameter<>("minPages", null, Integer.class));
        Parameter<Number> pages = named.parameter(named.indexOf("minPages"), Number.class);
        assertThat(pages.getParameterType()).isEqualTo(Integer.class);
        assertThat(named.indexOf(new AthanorParameter<>("title", null, String.class))).isZero();
    }

    @Test
    void anUnknownNameIsRefusedWithADidYouMeanAndTheQuerysParameters() {
        assertThatThrownBy(() -> named.indexOf("minPage"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ATH-9005").hasMessageContaining("no parameter :minPage.")
                .hasMessageContaining("Did you mean 'minPages'?")
                .hasMessageContaining("[:title, :minPages]").hasMessageContaining(QUERY);
        assertThatThrownBy(() -> named.indexOf(1)).hasMessageContaining("no parameter ?1");
        assertThatThrownBy(() -> named.indexOf(new AthanorParameter<>("title", null, Integer.class)))
                .hasMessageContaining("no parameter :title");
    }

    @Test
    void askingForAParameterAsAnotherTypeIsRefused() {
        assertThatThrownBy(() -> named.parameter(named.indexOf("minPages"), String.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(":minPages takes java.lang.Integer values, not java.lang.String");
    }

    @Test
    void valuesAreCheckedWhenSetAndAllMustBeBoundToRun() {
        assertThatThrownBy(named::arguments)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("parameters :title, :minPages have no value");
        assertThatThrownBy(() -> named.value(0)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(":title has no value yet");

        named.bind(1, 300L);
        assertThat(named.isBound(1)).isTrue();
        assertThat(named.value(1)).isEqualTo(300L);
        assertThatThrownBy(named::arguments).hasMessageContaining("parameter :title has no value");
        assertThatThrownBy(() -> named.bind(0, 12)).isInstanceOf(IllegalArgumentException.class);
        assertThat(named.isBound(0)).isFalse();

        named.bind(0, null);
        assertThat(named.arguments()).containsExactly(null, 300);
    }

    @Test
    void positionalParameters() {
        QueryBindings positional = new QueryBindings("select b from Book b where b.id = ?1", List.of(
                new QueryParameter(null, 1, Long.class, false)), List.of(), Map.of());
        assertThat(positional.parameter(positional.indexOf(1)).getPosition()).isEqualTo(1);
        positional.bind(0, 5);
        assertThat(positional.arguments()).containsExactly(5L);
        assertThatThrownBy(() -> positional.indexOf("id")).hasMessageContaining("[?1]");
    }

    @Test
    void criteriaValuesAreBoundFromTheStartAndHiddenFromTheUser() {
        QueryBindings criteria = new QueryBindings("select b from Book b where b.title = :param0 and b.pages > :min",
                List.of(new QueryParameter("param0", 0, String.class, false), new QueryParameter("min", 0,
                        Integer.class, false)), List.of(), Map.of("param0", "Dune"));
        assertThat(criteria.parameters()).containsExactly(new AthanorParameter<>("min", null, Integer.class));
        assertThatThrownBy(() -> criteria.indexOf("param0")).hasMessageContaining("no parameter :param0")
                .hasMessageContaining("[:min]");
        assertThatThrownBy(criteria::arguments).hasMessageContaining("parameter :min has no value");
        criteria.bind(criteria.indexOf("min"), 100);
        assertThat(criteria.arguments()).containsExactly("Dune", 100);
    }

    @Test
    void aCriteriaValueForAnEnumMayNameTheConstantAndIsNamedAsTheValueInErrors() {
        QueryBindings byName = new QueryBindings("select d from Doc d where d.unit = :param0", List.of(
                new QueryParameter("param0", 0, TemporalType.class, false)), List.of(), Map.of("param0", "DATE"));
        assertThat(byName.arguments()).containsExactly(TemporalType.DATE);
        assertThatThrownBy(() -> new QueryBindings("select d from Doc d where d.unit = :param0", List.of(
                new QueryParameter("param0", 0, TemporalType.class, false)), List.of(), Map.of("param0", "DAY")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ATH-9005")
                .hasMessageContaining(":param0 (the value DAY given to the Criteria query) expects a "
                        + TemporalType.class.getName());
    }

    @Test
    void aCriteriaValueGoesToTheDatabaseAsTheLiteralItReplacesWouldHave() {
        QueryBindings values = new QueryBindings("select b from Book b where b.pages > :param0 and b.grade = :param1"
                + " and b.copies = :param2", List.of(new QueryParameter("param0", 0, int.class, false),
                new QueryParameter("param1", 0, char.class, false), new QueryParameter("param2", 0, Long.class, false)),
                List.of(), Map.of("param0", 2.5, "param1", "A", "param2", 3));
        assertThat(values.arguments()).containsExactly(2.5, "A", 3L);
        assertThat(values.parameters()).isEmpty();
    }
}
