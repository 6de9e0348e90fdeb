package dev.athanor.jpa.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GeneratedNamesTest {

    private final GeneratedNames names = new GeneratedNames("generatedAlias");

    @Test
    void theFirstNamesAreTheSameStringsEveryTime() {
        assertThat(names.get(0)).isEqualTo("generatedAlias0").isSameAs(names.get(0));
        assertThat(names.get(63)).isEqualTo("generatedAlias63").isSameAs(names.get(63));
    }

    @Test
    void laterNamesAreMadeOnDemand() {
        assertThat(names.get(64)).isEqualTo("generatedAlias64");
        assertThat(names.get(1000)).isEqualTo("generatedAlias1000");
    }
}
