package dev.athanor.core.engine;

import dev.athanor.core.error.AthanorException;
import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.error.ErrorMessage;
import dev.athanor.core.error.Suggestions;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The column labels of a result, shared by all its rows; labels are matched ignoring case. */
public final class Columns {

    private final List<String> labels;
    /** Lower-case label to position, built when a row is first read by label. */
    private volatile Map<String, Integer> index;

    Columns(List<String> labels) {
        this.labels = List.copyOf(labels);
    }

    private Map<String, Integer> index() {
        Map<String, Integer> built = index;
        if (built == null) {
            built = new HashMap<>();
            for (int i = labels.size() - 1; i >= 0; i--) {
                built.put(labels.get(i).toLowerCase(Locale.ROOT), i);
            }
            index = built;
        }
        return built;
    }

    static Columns of(ResultSetMetaData meta) throws SQLException {
        int count = meta.getColumnCount();
        String[] labels = new String[count];
        for (int i = 0; i < count; i++) {
            labels[i] = meta.getColumnLabel(i + 1);
        }
        return new Columns(List.of(labels));
    }

    public List<String> labels() {
        return labels;
    }

    public int size() {
        return labels.size();
    }

    /** The 0-based position of the label; fails naming the labels there are. */
    public int indexOf(String label) {
        Integer i = index().get(label.toLowerCase(Locale.ROOT));
        if (i == null) {
            throw new AthanorException(ErrorMessage.of(ErrorCode.NO_SUCH_COLUMN,
                    "'" + label + "'." + Suggestions.didYouMean(label, labels)).detail("columns", labels));
        }
        return i;
    }

    @Override
    public String toString() {
        return labels.toString();
    }
}
