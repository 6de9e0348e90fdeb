package dev.athanor.core.engine;

import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Puts one Java value into a statement parameter. */
@FunctionalInterface
public interface ParameterBinder {

    void bind(PreparedStatement statement, int index, Object value) throws SQLException;
}
