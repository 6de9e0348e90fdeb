package dev.athanor.core.dialect.sqlite;

import dev.athanor.core.dialect.TemporalText;
import dev.athanor.core.engine.ParameterBinder;
import dev.athanor.core.engine.StandardParameterBinder;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.ZoneOffset;

/**
 * Binds dates and times as ISO text (instants in UTC), which SQLite's date functions read and
 * which sorts correctly; sqlite-jdbc would otherwise store milliseconds since the epoch.
 * Decimals go as text so that no digit is lost on the way in.
 */
final class SqliteParameterBinder implements ParameterBinder {

    static final SqliteParameterBinder INSTANCE = new SqliteParameterBinder();

    @Override
    public void bind(PreparedStatement statement, int index, Object value) throws SQLException {
        if (value == null || value instanceof String || value instanceof Long || value instanceof Integer
                || value instanceof Double) {
            StandardParameterBinder.INSTANCE.bind(statement, index, value); // the common values, without the temporal checks
            return;
        }
        String text = TemporalText.format(value, ZoneOffset.UTC);
        if (text != null) {
            statement.setString(index, text);
        } else if (value instanceof BigDecimal decimal) {
            statement.setString(index, decimal.toPlainString());
        } else {
            StandardParameterBinder.INSTANCE.bind(statement, index, value);
        }
    }
}
