package dev.athanor.core.engine;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.UUID;

/**
 * Binds values through the JDBC setters meant for them; enums by name, UUIDs as text. Dialects
 * wrap it to change how particular types travel.
 */
public class StandardParameterBinder implements ParameterBinder {

    public static final StandardParameterBinder INSTANCE = new StandardParameterBinder();

    @Override
    public void bind(PreparedStatement statement, int index, Object value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.NULL);
        } else if (value instanceof String s) {
            statement.setString(index, s);
        } else if (value instanceof Integer i) {
            statement.setInt(index, i);
        } else if (value instanceof Long l) {
            statement.setLong(index, l);
        } else if (value instanceof Boolean b) {
            statement.setBoolean(index, b);
        } else if (value instanceof Double d) {
            statement.setDouble(index, d);
        } else if (value instanceof BigDecimal d) {
            statement.setBigDecimal(index, d);
        } else if (value instanceof byte[] bytes) {
            statement.setBytes(index, bytes);
        } else if (value instanceof Enum<?> e) {
            statement.setString(index, e.name());
        } else if (value instanceof UUID || value instanceof Character) {
            statement.setString(index, value.toString());
        } else if (value instanceof Instant instant) {
            statement.setTimestamp(index, Timestamp.from(instant));
        } else if (value instanceof java.util.Date date && !(value instanceof java.sql.Date)
                && !(value instanceof java.sql.Time) && !(value instanceof Timestamp)) {
            statement.setTimestamp(index, new Timestamp(date.getTime()));
        } else {
            statement.setObject(index, value);
        }
    }
}
