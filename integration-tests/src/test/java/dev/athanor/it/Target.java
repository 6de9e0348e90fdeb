package dev.athanor.it;

/** The databases every engine integration test runs on. */
public enum Target {
    SQLITE_FILE, SQLITE_MEMORY, MARIADB;

    public boolean isSqlite() {
        return this != MARIADB;
    }
}
