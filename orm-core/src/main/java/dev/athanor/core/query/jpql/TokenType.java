package dev.athanor.core.query.jpql;

/** The kinds of token the JPQL lexer produces. */
enum TokenType {
    /** An identifier or keyword; keywords are recognised by the parser, case-insensitively. */
    WORD,
    /** {@code 'text'}; the token's value has the doubled quotes undone. */
    STRING,
    /** A numeric literal as written, suffix included ({@code 12}, {@code 1.5e3}, {@code 10BD}). */
    NUMBER,
    /** {@code :name}; the value is the name. */
    NAMED_PARAM,
    /** {@code ?3}; the value is the digits. */
    POSITIONAL_PARAM,
    /** Punctuation or an operator: {@code ( ) , . = <> != < <= > >= + - * / || { }}. */
    SYMBOL,
    /** The end of the text. */
    EOF
}
