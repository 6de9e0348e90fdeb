package dev.athanor.core.error;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds the text of an Athanor exception: the code and what happened on the first line, then
 * one indented line for each thing that says where (SQL, entity, option...) and what to do.
 */
public final class ErrorMessage {

    private final ErrorCode code;
    private final String what;
    private final Map<String, String> details = new LinkedHashMap<>();
    private String hint;

    private ErrorMessage(ErrorCode code, String what) {
        this.code = code;
        this.what = what;
        this.hint = code.hint();
    }

    /** A message whose first line is the code's title followed by {@code what}, if any. */
    public static ErrorMessage of(ErrorCode code, String what) {
        return new ErrorMessage(code, what);
    }

    public ErrorMessage detail(String label, Object value) {
        if (value != null) {
            details.put(label, String.valueOf(value));
        }
        return this;
    }

    public ErrorMessage hint(String hint) {
        if (hint != null) {
            this.hint = hint;
        }
        return this;
    }

    public ErrorCode code() {
        return code;
    }

    public String hint() {
        return hint;
    }

    public String render() {
        StringBuilder text = new StringBuilder(code.code()).append(' ').append(code.title());
        if (what != null && !what.isEmpty()) {
            text.append(": ").append(what);
        }
        details.forEach((label, value) -> text.append("\n  ").append(label).append(": ").append(value));
        text.append("\n  what to do: ").append(hint);
        return text.toString();
    }

    @Override
    public String toString() {
        return render();
    }
}
