package dev.athanor.benchmarks;

import dev.athanor.core.engine.Engine;
import java.util.ArrayList;
import java.util.List;

/**
 * The tables of {@link PersistenceBenchmark}, written by hand so that both contenders work on the
 * same DDL: {@value #ITEM_TABLE} ({@link AssignedIdItem}) seeded with ids 1 to {@value #SEEDED_ROWS}
 * for the finds and updates, with the inserted and removed rows above them, and
 * {@value #IDENTITY_TABLE} ({@link IdentityItem}).
 */
final class PersistenceSchema {

    static final String ITEM_TABLE = "jpa_item";
    static final String IDENTITY_TABLE = "jpa_identity_item";
    static final int SEEDED_ROWS = 10_000;

    private final BenchmarkDatabase db;

    PersistenceSchema(BenchmarkDatabase db) {
        this.db = db;
    }

    /** Drops and creates both tables and seeds {@value #ITEM_TABLE}. */
    void create() {
        List<Object[]> seed = new ArrayList<>(SEEDED_ROWS);
        for (int id = 1; id <= SEEDED_ROWS; id++) {
            seed.add(new Object[] {id, "item-" + id, id % 100, id * 0.25});
        }
        try (Engine engine = db.newEngine()) {
            drop(engine);
            engine.execute("CREATE TABLE " + ITEM_TABLE + " (id BIGINT PRIMARY KEY, name VARCHAR(64) NOT NULL,"
                    + " qty INTEGER NOT NULL, price DOUBLE NOT NULL)");
            // on SQLite only INTEGER PRIMARY KEY is the rowid, which the database assigns
            engine.execute("CREATE TABLE " + IDENTITY_TABLE + " (id " + (db.sqlite() ? "INTEGER PRIMARY KEY"
                    : "BIGINT AUTO_INCREMENT PRIMARY KEY") + ", name VARCHAR(64) NOT NULL, qty INTEGER NOT NULL,"
                    + " price DOUBLE NOT NULL)");
            engine.inTransaction(connection -> connection.executeBatch(
                    "INSERT INTO " + ITEM_TABLE + " (id, name, qty, price) VALUES (?, ?, ?, ?)", seed));
        }
    }

    /** Deletes every row an iteration inserted, so that each iteration starts from the seeded tables. */
    void removeInsertedRows() {
        try (Engine engine = db.newEngine()) {
            engine.execute("DELETE FROM " + ITEM_TABLE + " WHERE id > ?", SEEDED_ROWS);
            engine.execute(db.sqlite() ? "DELETE FROM " + IDENTITY_TABLE : "TRUNCATE TABLE " + IDENTITY_TABLE);
        }
    }

    /** Drops the tables (the SQLite file goes with {@link BenchmarkDatabase#remove()}). */
    void drop() {
        try (Engine engine = db.newEngine()) {
            drop(engine);
        }
    }

    private static void drop(Engine engine) {
        engine.execute("DROP TABLE IF EXISTS " + ITEM_TABLE);
        engine.execute("DROP TABLE IF EXISTS " + IDENTITY_TABLE);
    }
}
