package dev.athanor.examples;

import dev.athanor.Athanor;
import dev.athanor.core.engine.Engine;
import dev.athanor.core.engine.EngineConnection;
import dev.athanor.core.engine.Result;
import dev.athanor.core.engine.Row;
import dev.athanor.core.engine.Transaction;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The Athanor tutorial, in the order of SQLAlchemy's pages: the engine, working with connections
 * and transactions, then the ORM ({@link OrmTutorial}). Run it with
 * {@code java -javaagent:orm-agent/target/orm-agent.jar -jar examples/target/athanor-tutorial.jar};
 * add the argument {@code engine} or {@code orm} to run one part only. Set
 * {@code ATHANOR_MYSQL_URL=mysql://user:password@host/db} to connect the MySQL part too.
 */
public final class Tutorial {

    private static int section;

    private Tutorial() {
    }

    public static void main(String[] args) {
        String part = args.length == 0 ? "all" : args[0];
        switch (part) {
            case "all" -> {
                engine();
                OrmTutorial.run();
            }
            case "engine" -> engine();
            case "orm" -> OrmTutorial.run();
            default -> {
                System.err.println("usage: java -javaagent:orm-agent.jar -jar athanor-tutorial.jar [engine|orm]");
                System.exit(2);
            }
        }
    }

    /** Part 1: the engine, connections and transactions. */
    static void engine() {
        heading("Version");
        System.out.println(Athanor.version());

        heading("An engine on sqlite:///:memory:, with echo");
        Engine engine = Athanor.createEngine("sqlite:///:memory:", Map.of("echo", true));
        System.out.println(engine);

        heading("Nothing is connected yet");
        System.out.println("started: " + engine.isStarted() + "; pool: " + engine.poolStats());

        heading("select 1");
        Object one = engine.execute("select 1").scalar();
        System.out.println("one = " + one);

        heading("The connection went back to the pool");
        System.out.println("pool: " + engine.poolStats());
        engine.execute("select 2");
        System.out.println("after another statement, still one connection: " + engine.poolStats());

        heading("Statements on one connection, committed as a transaction");
        try (EngineConnection connection = engine.connect()) {
            connection.execute("CREATE TABLE some_table (x int, y int)");
            try (Transaction tx = connection.begin()) {
                tx.executeBatch("INSERT INTO some_table (x, y) VALUES (?, ?)",
                        List.of(new Object[] {1, 1}, new Object[] {2, 4}));
                tx.commit();
            }
        }

        heading("Begin once: engine.inTransaction commits, or rolls back if the work throws");
        engine.inTransaction(conn -> conn.execute("INSERT INTO some_table (x, y) VALUES (:x, :y)",
                Map.of("x", 6, "y", 8)));

        heading("Fetching rows");
        Result result = engine.execute("SELECT x, y FROM some_table WHERE y > ? ORDER BY x", 2);
        for (Row row : result) {
            System.out.println("x: " + row.get("x") + "  y: " + row.get("y"));
        }

        heading("A MySQL engine with pool_recycle (connects on first use only)");
        String mysqlUrl = System.getenv("ATHANOR_MYSQL_URL");
        try (Engine mysql = Athanor.createEngine(mysqlUrl == null ? "mysql://scott:tiger@localhost/test" : mysqlUrl,
                Map.of("pool_recycle", 3600))) {
            System.out.println(mysql + " started: " + mysql.isStarted() + "; pool: " + mysql.poolStats());
            if (mysqlUrl == null) {
                System.out.println("ATHANOR_MYSQL_URL is not set, so this engine never connects.");
            } else {
                System.out.println("server version: " + mysql.execute("SELECT VERSION()").scalar());
                System.out.println("server: " + mysql.serverInfo() + "; connections live "
                        + mysql.connectionLifetime().toSeconds() + "s; pool: " + mysql.poolStats());
            }
        }

        heading("The same engine, built in Java style");
        try (Engine same = Engine.builder("jdbc:sqlite:app.db").echo(true).poolRecycle(Duration.ofHours(1)).build()) {
            System.out.println(same + " started: " + same.isStarted() + " (app.db is not even created until used)");
        }

        engine.close();
    }

    /** Prints a numbered step heading; the numbers run on across both parts. */
    static void heading(String title) {
        section++;
        System.out.println();
        System.out.println("== " + section + ". " + title);
    }
}
