package dev.athanor.jpa.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import dev.athanor.core.query.tree.Expr;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TreeContextTest {

    private final TreeContext context = new TreeContext();

    @Test
    void aParameterKeepsItsNameAndAnUnnamedOneGetsTheNextGeneratedName() {
        AthanorParameterExpression<String> named = new AthanorParameterExpression<>(String.class, "city");
        AthanorParameterExpression<Integer> unnamed = new AthanorParameterExpression<>(Integer.class, null);
        assertThat(context.parameter(named)).isEqualTo(new Expr.Param(Expr.NO_POSITION, "city", 0));
        assertThat(context.parameter(unnamed)).isEqualTo(new Expr.Param(Expr.NO_POSITION, "param0", 0));
        // the same parameter again: the same name, listed once
        assertThat(context.parameter(unnamed).name()).isEqualTo("param0");
        assertThat(context.finish()).containsExactly(named, unnamed);
        assertThat(unnamed.treeName()).isEqualTo("param0");
    }

    @Test
    void equalUnnamedParametersAreTwoParameters() {
        AthanorParameterExpression<Integer> first = new AthanorParameterExpression<>(Integer.class, null);
        AthanorParameterExpression<Integer> second = new AthanorParameterExpression<>(Integer.class, null);
        assertThat(context.parameter(first).name()).isEqualTo("param0");
        assertThat(context.parameter(second).name()).isEqualTo("param1");
        assertThat(context.finish()).containsExactly(first, second);
    }

    @Test
    void valuesAreBoundParametersNumberedWithTheUnnamedOnesInOrder() {
        assertThat(context.value("a%")).isEqualTo(new Expr.Param(Expr.NO_POSITION, "param0", 0));
        context.parameter(new AthanorParameterExpression<>(Long.class, null));
        assertThat(context.value(3)).isEqualTo(new Expr.Param(Expr.NO_POSITION, "param2", 0));
        Map<String, Object> values = context.values();
        assertThat(values).containsExactly(entry("param0", "a%"), entry("param2", 3));
        assertThatThrownBy(() -> values.put("param9", 1)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void noValuesGiveAnEmptyMap() {
        assertThat(context.values()).isEmpty();
        assertThat(context.finish()).isEmpty();
    }

    @Test
    void inlineModeKeepsValuesLiteralUntilTheCallerRestoresTheOuterMode() {
        boolean outer = context.inline(true);
        assertThat(outer).isFalse();
        assertThat(context.value(1)).isEqualTo(new Expr.Literal(Expr.NO_POSITION, 1));
        assertThat(context.inline(false)).isTrue();
        assertThat(context.value(2)).isEqualTo(new Expr.Param(Expr.NO_POSITION, "param0", 0));
        context.inline(outer);
        assertThat(context.values()).containsExactly(entry("param0", 2));
    }

    @Test
    void generatedNamesAreSharedStringsFromOneBuildToTheNext() {
        TreeContext other = new TreeContext();
        assertThat(context.value("x")).isInstanceOfSatisfying(Expr.Param.class,
                p -> assertThat(p.name()).isSameAs(((Expr.Param) other.value("y")).name()));
    }

    @Test
    void aUserNameThatIsAGeneratedOneIsRefused() {
        context.value("x");
        context.parameter(new AthanorParameterExpression<>(String.class, "param0"));
        assertThatThrownBy(context::finish).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'param0' is a name Athanor gives an unnamed parameter or a value");
    }
}
