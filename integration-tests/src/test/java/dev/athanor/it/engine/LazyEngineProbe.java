package dev.athanor.it.engine;

import dev.athanor.Athanor;
import dev.athanor.core.engine.Engine;
import java.util.Map;

/**
 * Run in a child JVM by {@link DriverLoadingIT}: builds engines without using them, prints a
 * marker, then runs one SQLite statement with echo on.
 */
public final class LazyEngineProbe {

    private LazyEngineProbe() {
    }

    public static void main(String[] args) {
        Engine sqlite = Athanor.createEngine("sqlite:///" + args[0], Map.of("echo", true));
        Engine mysql = Athanor.createEngine("mysql://scott:tiger@127.0.0.1:1/test", Map.of("pool_recycle", 3600));
        System.out.println("PROBE engines built: " + sqlite.poolStats() + " / " + mysql.poolStats());
        System.out.println("PROBE select 1 = " + sqlite.execute("select 1").scalar());
        System.out.println("PROBE after: " + sqlite.poolStats());
        sqlite.close();
        mysql.close();
    }
}
