package dev.athanor.core.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

    private static final List<String> OPTIONS = List.of("echo", "pool_size", "pool_timeout", "pool_recycle",
            "pool_pre_ping", "connect_timeout", "isolation_level", "connect_args", "statement_cache_size");

    @Test
    void suggestsTheCandidateOneTypoAway() {
        assertThat(Suggestions.closest("pool_sise", OPTIONS)).contains("pool_size");
        assertThat(Suggestions.closest("echoo", OPTIONS)).contains("echo");
        assertThat(Suggestions.closest("isolaton_level", OPTIONS)).contains("isolation_level");
    }

    @Test
    void countsATranspositionAsOneEdit() {
        assertThat(Suggestions.distance("ehco", "echo")).isEqualTo(1);
        assertThat(Suggestions.closest("ehco", OPTIONS)).contains("echo");
    }

    @Test
    void ignoresCaseButReturnsTheCandidateAsSpelt() {
        assertThat(Suggestions.closest("POOL_SIZE", OPTIONS)).contains("pool_size");
        assertThat(Suggestions.closest("name", List.of("Name", "Email"))).contains("Name");
    }

    @Test
    void suggestsNothingWhenNoCandidateIsClose() {
        assertThat(Suggestions.closest("colour", OPTIONS)).isEmpty();
        assertThat(Suggestions.closest("abc", List.of("xyz"))).isEmpty();
        assertThat(Suggestions.closest("anything", List.of())).isEmpty();
    }

    @Test
    void allowsMoreEditsForLongerNames() {
        // a third of the name's length, at least 2: 17 characters allow 5 edits, 7 characters 2
        assertThat(Suggestions.closest("timeout", OPTIONS)).isEmpty();
        assertThat(Suggestions.closest("statement_cash_sz", OPTIONS)).contains("statement_cache_size");
        assertThat(Suggestions.closest("ab", List.of("abcd"))).contains("abcd");
        assertThat(Suggestions.closest("ab", List.of("abcde"))).isEmpty();
    }

    @Test
    void picksTheClosestOfSeveralCandidates() {
        assertThat(Suggestions.closest("pool_tmeout", OPTIONS)).contains("pool_timeout");
        assertThat(Suggestions.closest("connect_arg", OPTIONS)).contains("connect_args");
    }

    @Test
    void distanceCountsInsertionsDeletionsAndSubstitutions() {
        assertThat(Suggestions.distance("", "")).isZero();
        assertThat(Suggestions.distance("abc", "abc")).isZero();
        assertThat(Suggestions.distance("", "abc")).isEqualTo(3);
        assertThat(Suggestions.distance("abc", "ab")).isEqualTo(1);
        assertThat(Suggestions.distance("abc", "abxc")).isEqualTo(1);
        assertThat(Suggestions.distance("abc", "axc")).isEqualTo(1);
        assertThat(Suggestions.distance("kitten", "sitting")).isEqualTo(3);
    }

    @Test
    void didYouMeanIsASentenceOrNothing() {
        assertThat(Suggestions.didYouMean("pool_sise", OPTIONS)).isEqualTo(" Did you mean 'pool_size'?");
        assertThat(Suggestions.didYouMean("colour", OPTIONS)).isEmpty();
    }
}
