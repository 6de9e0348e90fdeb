package dev.athanor.core.query.jpql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.query.QueryException;
import java.util.List;
import org.junit.jupiter.api.Test;

class JpqlLexerTest {

    private static List<String> texts(String jpql) {
        return JpqlLexer.tokenize(jpql).stream().map(t -> t.type() + ":" + t.value() + "@" + t.pos()).toList();
    }

    @Test
    void wordsSymbolsParametersAndEnd() {
        assertThat(texts("SELECT e.name FROM E e WHERE e.id = :id AND e.n <> ?12")).containsExactly(
                "WORD:SELECT@0", "WORD:e@7", "SYMBOL:.@8", "WORD:name@9", "WORD:FROM@14", "WORD:E@19", "WORD:e@21",
                "WORD:WHERE@23", "WORD:e@29", "SYMBOL:.@30", "WORD:id@31", "SYMBOL:=@34", "NAMED_PARAM:id@36",
                "WORD:AND@40", "WORD:e@44", "SYMBOL:.@45", "WORD:n@46", "SYMBOL:<>@48", "POSITIONAL_PARAM:12@51",
                "EOF:@54");
    }

    @Test
    void twoCharacterOperators() {
        assertThat(texts("a<=b>=c!=d||e<f>g")).extracting(s -> s.substring(0, s.indexOf('@'))).containsExactly(
                "WORD:a", "SYMBOL:<=", "WORD:b", "SYMBOL:>=", "WORD:c", "SYMBOL:!=", "WORD:d", "SYMBOL:||", "WORD:e",
                "SYMBOL:<", "WORD:f", "SYMBOL:>", "WORD:g", "EOF:");
    }

    @Test
    void stringsUndoDoubledQuotes() {
        List<Token> tokens = JpqlLexer.tokenize("'it''s' ''");
        assertThat(tokens.get(0)).isEqualTo(new Token(TokenType.STRING, "'it''s'", "it's", 0));
        assertThat(tokens.get(1)).isEqualTo(new Token(TokenType.STRING, "''", "", 8));
    }

    @Test
    void numbersKeepSuffixAndExponent() {
        assertThat(texts("12 1.5e-3 7L 2.5BD 3bi .5 1.e2")).extracting(s -> s.substring(0, s.indexOf('@')))
                .containsExactly("NUMBER:12", "NUMBER:1.5e-3", "NUMBER:7L", "NUMBER:2.5BD", "NUMBER:3bi",
                        "NUMBER:.5", "NUMBER:1.e2", "EOF:");
    }

    @Test
    void dotAfterAWordIsNavigationNotAFraction() {
        assertThat(texts("e.5")).extracting(s -> s.substring(0, s.indexOf('@')))
                .containsExactly("WORD:e", "SYMBOL:.", "NUMBER:5", "EOF:");
        assertThat(texts("SELECT .5")).extracting(s -> s.substring(0, s.indexOf('@')))
                .containsExactly("WORD:SELECT", "NUMBER:.5", "EOF:");
    }

    @Test
    void unicodeIdentifiersAndWhitespace() {
        assertThat(texts("SELECT\tç.naïve\n\u00A0FROM Ünit ç")).extracting(s -> s.substring(0, s.indexOf('@')))
                .containsExactly("WORD:SELECT", "WORD:ç", "SYMBOL:.", "WORD:naïve", "WORD:FROM", "WORD:Ünit",
                        "WORD:ç", "EOF:");
        assertThat(texts("$x _y")).extracting(s -> s.substring(0, s.indexOf('@')))
                .containsExactly("WORD:$x", "WORD:_y", "EOF:");
    }

    @Test
    void nonAsciiDigitsAreNotNumbers() {
        assertThatThrownBy(() -> JpqlLexer.tokenize("a = \uD805\uDE50"))
                .isInstanceOfSatisfying(QueryException.class, e -> {
                    assertThat(e.position()).isEqualTo(4);
                    assertThat(e.getMessage()).contains("unexpected character");
                });
        assertThatThrownBy(() -> JpqlLexer.tokenize("a = \u0663"))
                .isInstanceOfSatisfying(QueryException.class, e -> assertThat(e.position()).isEqualTo(4));
        assertThatThrownBy(() -> JpqlLexer.tokenize("a\u200B = 1"))
                .isInstanceOfSatisfying(QueryException.class,
                        e -> assertThat(e.getMessage()).contains("unexpected character '\u200B' (U+200B)"));
    }

    @Test
    void errorsPointAtTheOffendingCharacter() {
        assertThatThrownBy(() -> JpqlLexer.tokenize("a = 'x"))
                .isInstanceOfSatisfying(QueryException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.QUERY_SYNTAX);
                    assertThat(e.position()).isEqualTo(4);
                    assertThat(e.getMessage()).contains("unterminated string literal starting here");
                });
        assertThatThrownBy(() -> JpqlLexer.tokenize("a ? 1"))
                .isInstanceOfSatisfying(QueryException.class, e -> assertThat(e.position()).isEqualTo(2));
        assertThatThrownBy(() -> JpqlLexer.tokenize("a = \"x\""))
                .isInstanceOfSatisfying(QueryException.class, e -> {
                    assertThat(e.position()).isEqualTo(4);
                    assertThat(e.getMessage()).contains("unexpected character '\"'");
                });
        assertThatThrownBy(() -> JpqlLexer.tokenize("x\n  ; y"))
                .isInstanceOfSatisfying(QueryException.class,
                        e -> assertThat(e.getMessage()).contains("line 2, column 3"));
    }
}
