package dev.athanor.core.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athanor.core.dialect.Dialect;
import dev.athanor.core.dialect.mysql.MySqlDialect;
import dev.athanor.core.dialect.sqlite.SqliteDialect;
import dev.athanor.core.engine.ServerInfo;
import dev.athanor.core.meta.Metadata;
import dev.athanor.core.meta.build.MetadataBuilder;
import dev.athanor.core.meta.build.fixtures.Extras;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableConstraintsTest {

    private static Dialect mariaDb() {
        return new MySqlDialect().forServer(ServerInfo.of("MariaDB", "10.11.6", null, "MariaDB Connector/J",
                "10.11.6"));
    }

    private static List<String> script(Dialect dialect, Class<?>... classes) {
        Metadata metadata = new MetadataBuilder().add(classes).build();
        return SchemaScripts.create(new SchemaGenerator(metadata, dialect));
    }

    @Test
    void sqliteDeclaresUniquesAndChecksInlineAndIndexesAfter() {
        assertThat(script(new SqliteDialect(), Extras.Item.class)).containsExactly(
                "CREATE TABLE \"items\" (\"code\" VARCHAR(255), \"id\" INTEGER NOT NULL, \"label\" VARCHAR(255),"
                        + " \"price\" NUMERIC, \"sku\" VARCHAR(255), PRIMARY KEY (\"id\"),"
                        + " CONSTRAINT \"uk_items_code\" UNIQUE (\"code\"),"
                        + " CONSTRAINT \"uk_items_label_sku\" UNIQUE (\"label\", \"sku\"),"
                        + " CONSTRAINT \"ck_items\" CHECK (price >= 0));",
                "CREATE INDEX \"ix_items_sku_price\" ON \"items\" (\"sku\", \"price\" DESC);",
                "CREATE UNIQUE INDEX \"ix_items_label\" ON \"items\" (\"label\");");
    }

    @Test
    void mariaDbWritesCommentsOptionsAndFractionalSeconds() {
        List<String> script = script(mariaDb(), Extras.Item.class, Extras.Event.class);
        assertThat(script.get(0)).endsWith(" ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='what''s sold';");
        assertThat(script).contains("CREATE TABLE `Event` (`doorsOpen` TIME(0), `endsAt` DATETIME(6),"
                + " `id` BIGINT NOT NULL, `seats` INT NOT NULL COLLATE utf8mb4_bin COMMENT 'who''s there',"
                + " `startsAt` DATETIME(3), PRIMARY KEY (`id`), CONSTRAINT `ck_event_seats` CHECK (seats > 0),"
                + " CONSTRAINT `ck_Event_seats_2` CHECK (seats < 1000)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;");
    }

    /** The second check's default name meets the first's declared one (names compare without case) and is numbered. */
    @Test
    void sqliteLeavesCommentsOutAndKeepsItsTemporalTypes() {
        assertThat(script(new SqliteDialect(), Extras.Event.class)).containsExactly("CREATE TABLE \"Event\""
                + " (\"doorsOpen\" TIME, \"endsAt\" TIMESTAMP, \"id\" INTEGER NOT NULL, \"seats\" INTEGER NOT NULL"
                + " COLLATE utf8mb4_bin, \"startsAt\" TIMESTAMP, PRIMARY KEY (\"id\"),"
                + " CONSTRAINT \"ck_event_seats\" CHECK (seats > 0), CONSTRAINT \"ck_Event_seats_2\" CHECK"
                + " (seats < 1000));");
    }

    @Test
    void defaultNamesStayWithin64CharactersAndDistinct() {
        String a = TableConstraints.name("ix", "t".repeat(60), List.of("a", "b"));
        String b = TableConstraints.name("ix", "t".repeat(60), List.of("a", "c"));
        assertThat(a).hasSize(64).isNotEqualTo(b);
        assertThat(TableConstraints.name("uk", "items", List.of("label", "sku"))).isEqualTo("uk_items_label_sku");
    }

    @Test
    void everyBasicTypeHasAColumnTypeOnBothDatabases() {
        String sqlite = script(new SqliteDialect(), Extras.AllTypes.class).get(0);
        String maria = script(mariaDb(), Extras.AllTypes.class).get(0);
        assertThat(sqlite).contains("\"chars\" VARCHAR(255)", "\"bytes\" BLOB NOT NULL", "\"uuid\" CHAR(36)",
                "\"longText\" VARCHAR(2147483647)", "\"named\" VARCHAR(255)", "\"ordinal\" INTEGER",
                "\"utilDate\" DATE", "\"offsetDateTime\" TIMESTAMP", "\"aChar\" CHAR(1) NOT NULL");
        assertThat(maria).contains("`chars` VARCHAR(255)", "`boxedChars` VARCHAR(255)", "`bytes` LONGBLOB NOT NULL",
                "`longText` LONGTEXT", "`uuid` CHAR(36)", "`decimal` DECIMAL(38,2)", "`bigInteger` DECIMAL(65,0)",
                "`instant` DATETIME(6)", "`localTime` TIME(6)", "`sqlDate` DATE", "`calendar` DATETIME(6)",
                "`aBoolean` BOOLEAN NOT NULL", "`aByte` TINYINT NOT NULL", "`ordinal` INT", "`named` VARCHAR(255)",
                "`id` BIGINT NOT NULL AUTO_INCREMENT");
    }
}
