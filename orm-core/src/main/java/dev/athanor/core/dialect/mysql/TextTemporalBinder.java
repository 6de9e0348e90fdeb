package dev.athanor.core.dialect.mysql;

import dev.athanor.core.dialect.TemporalText;
import dev.athanor.core.engine.ParameterBinder;
import dev.athanor.core.engine.StandardParameterBinder;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.ZoneId;

/**
 * Binds dates and times as text with all their digits, for MariaDB through Connector/J, which
 * would truncate fractional seconds (see {@link MySqlDialect#dropsFractionalSeconds}). Instants
 * are written in the JVM's zone, as Connector/J itself does.
 */
final class TextTemporalBinder implements ParameterBinder {

    @Override
    public void bind(PreparedStatement statement, int index, Object value) throws SQLException {
        String text = TemporalText.format(value, ZoneId.systemDefault());
        if (text != null) {
            statement.setString(index, text);
        } else {
            StandardParameterBinder.INSTANCE.bind(statement, index, value);
        }
    }
}
