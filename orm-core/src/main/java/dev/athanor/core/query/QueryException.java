package dev.athanor.core.query;

import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.error.ErrorMessage;
import dev.athanor.core.query.tree.Expr;

/**
 * A query that cannot run as written: malformed, naming what does not exist, ill-typed, or asking for
 * what the mapping or database cannot do. It is the {@link IllegalArgumentException} the specification
 * has {@code createQuery} throw, and its message gives the code, line:column, the offending line with
 * a caret under the position, what was expected, and a did-you-mean where one is close.
 */
public final class QueryException extends IllegalArgumentException {

    private final ErrorCode code;
    private final int position;

    private QueryException(ErrorCode code, String message, int position) {
        super(message);
        this.code = code;
        this.position = position;
    }

    /**
     * An error at {@code position} (an offset into {@code query}, or {@link Expr#NO_POSITION} for Criteria
     * nodes, which have none).
     *
     * @param what what is wrong, naming the offending text
     * @param hint what to do, or null for the code's own hint
     */
    public static QueryException at(ErrorCode code, String query, int position, String what, String hint) {
        ErrorMessage message = ErrorMessage.of(code, what).hint(hint);
        if (query != null && position >= 0) {
            int[] lineColumn = lineColumn(query, position);
            message.detail("at", "line " + lineColumn[0] + ", column " + lineColumn[1])
                    .detail("query", excerpt(query, position));
        } else if (query != null) {
            message.detail("query", query);
        }
        return new QueryException(code, message.render(), position);
    }

    /** The error's code. */
    public ErrorCode code() {
        return code;
    }

    /** The offset in the query text where the error is, or {@link Expr#NO_POSITION}. */
    public int position() {
        return position;
    }

    /** 1-based line and column of {@code position} in {@code text}. */
    static int[] lineColumn(String text, int position) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < Math.min(position, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new int[] {line, column};
    }

    /** The line holding {@code position}, and under it a caret at the position (long lines cut around it). */
    static String excerpt(String text, int position) {
        int at = Math.min(position, text.length());
        int start = text.lastIndexOf('\n', at - 1) + 1;
        int end = text.indexOf('\n', at);
        end = end < 0 ? text.length() : end;
        int from = Math.max(start, at - 60);
        int to = Math.min(end, at + 60);
        String line = (from > start ? "..." : "") + text.substring(from, to) + (to < end ? "..." : "");
        int caret = at - from + (from > start ? 3 : 0);
        return line + "\n         " + " ".repeat(caret) + "^";
    }
}
