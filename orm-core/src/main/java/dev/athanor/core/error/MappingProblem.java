package dev.athanor.core.error;

import java.util.Objects;

/**
 * One thing wrong in the mapping of one class: its code, where (the class, and the attribute when
 * there is one), what is wrong and what to do. Many of them make one {@link MappingException}.
 *
 * @param code what kind of problem
 * @param type the fully qualified name of the class whose mapping is wrong
 * @param attribute the attribute, or null when the problem is the class itself
 * @param what what is wrong, in a sentence
 * @param hint what to do; the code's hint when null is given
 */
public record MappingProblem(ErrorCode code, String type, String attribute, String what, String hint) {

    public MappingProblem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(what, "what");
        hint = hint == null ? code.hint() : hint;
    }

    /** {@code com.example.Order.customer}, or just the class when no attribute is concerned. */
    public String where() {
        return attribute == null ? type : type + "." + attribute;
    }

    /** The problem as one line of the exception's message, with what to do on the next. */
    public String render() {
        return code.code() + " " + where() + ": " + what + "\n      what to do: " + hint;
    }

    @Override
    public String toString() {
        return render();
    }
}
