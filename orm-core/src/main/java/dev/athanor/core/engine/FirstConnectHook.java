package dev.athanor.core.engine;

import java.sql.Connection;
import java.sql.SQLException;

/** Runs on the first connection an engine opens: reads the server's version and limits. */
@FunctionalInterface
public interface FirstConnectHook {

    ServerInfo onFirstConnect(Connection connection) throws SQLException;
}
