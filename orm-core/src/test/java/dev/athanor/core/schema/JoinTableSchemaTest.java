package dev.athanor.core.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athanor.core.dialect.mysql.MySqlDialect;
import dev.athanor.core.dialect.sqlite.SqliteDialect;
import dev.athanor.core.meta.Metadata;
import dev.athanor.core.meta.build.MetadataBuilder;
import dev.athanor.core.session.fixtures.Clubs;
import dev.athanor.core.sql.ast.Delete;
import dev.athanor.core.sql.ast.DropTable;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tables to-many associations add: join tables after both their tables, foreign key columns in element tables. */
class JoinTableSchemaTest {

    private static Metadata clubs() {
        return new MetadataBuilder().add(Clubs.all()).build();
    }

    @Test
    void aManyToManySetGetsAJoinTableKeyedByBothColumnsWithDefaultColumnNames() {
        List<String> sqlite = SchemaScripts.create(new SchemaGenerator(clubs(), new SqliteDialect()));
        assertThat(sqlite).contains("CREATE TABLE \"enrolment\" (\"students_id\" INTEGER NOT NULL, \"courses_id\""
                + " INTEGER NOT NULL, PRIMARY KEY (\"students_id\", \"courses_id\"), CONSTRAINT"
                + " \"fk_enrolment_students_id\" FOREIGN KEY (\"students_id\") REFERENCES \"Student\" (\"id\"),"
                + " CONSTRAINT \"fk_enrolment_courses_id\" FOREIGN KEY (\"courses_id\") REFERENCES \"Course\""
                + " (\"id\"));");
        List<String> mysql = SchemaScripts.create(new SchemaGenerator(clubs(), new MySqlDialect()));
        assertThat(mysql).contains("CREATE TABLE `enrolment` (`students_id` BIGINT NOT NULL, `courses_id` BIGINT"
                + " NOT NULL, PRIMARY KEY (`students_id`, `courses_id`), CONSTRAINT `fk_enrolment_students_id` FOREIGN"
                + " KEY (`students_id`) REFERENCES `Student` (`id`), CONSTRAINT `fk_enrolment_courses_id` FOREIGN KEY"
                + " (`courses_id`) REFERENCES `Course` (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;");
    }

    @Test
    void aUnidirectionalOneToManyGetsAJoinTableNamedOwnerUnderscoreElementWithAUniqueElement() {
        assertThat(SchemaScripts.create(new SchemaGenerator(clubs(), new SqliteDialect()))).contains(
                "CREATE TABLE \"Playlist_Song\" (\"Playlist_id\" INTEGER NOT NULL, \"songs_id\" INTEGER NOT NULL,"
                        + " CONSTRAINT \"uk_Playlist_Song_songs_id\" UNIQUE (\"songs_id\"), CONSTRAINT"
                        + " \"fk_Playlist_Song_Playlist_id\" FOREIGN KEY (\"Playlist_id\") REFERENCES \"Playlist\""
                        + " (\"id\"), CONSTRAINT \"fk_Playlist_Song_songs_id\" FOREIGN KEY (\"songs_id\") REFERENCES"
                        + " \"Song\" (\"id\"));");
    }

    @Test
    void aUnidirectionalOneToManyJoinColumnIsANullableForeignKeyOfTheElementTable() {
        assertThat(SchemaScripts.create(new SchemaGenerator(clubs(), new MySqlDialect()))).contains(
                "CREATE TABLE `Car` (`id` BIGINT NOT NULL, `plate` VARCHAR(255), `garage_id` BIGINT, PRIMARY KEY"
                        + " (`id`), CONSTRAINT `fk_Car_garage_id` FOREIGN KEY (`garage_id`) REFERENCES `Garage`"
                        + " (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;");
        assertThat(SchemaScripts.create(new SchemaGenerator(clubs(), new SqliteDialect()))).contains(
                "CREATE TABLE \"Team\" (\"id\" INTEGER NOT NULL, \"name\" VARCHAR(255), PRIMARY KEY (\"id\"));");
    }

    @Test
    void joinTablesAreCreatedAfterBothTablesAndDroppedAndEmptiedBeforeThem() {
        SchemaGenerator generator = new SchemaGenerator(clubs(), new SqliteDialect());
        List<String> created = generator.tables().stream().map(EntityTable::name).toList();
        assertThat(created.indexOf("enrolment")).isGreaterThan(created.indexOf("Student"))
                .isGreaterThan(created.indexOf("Course"));
        assertThat(created.indexOf("Playlist_Song")).isGreaterThan(created.indexOf("Song"));
        List<String> dropped = generator.dropStatements().stream().map(s -> ((DropTable) s).table()).toList();
        assertThat(dropped.indexOf("enrolment")).isLessThan(dropped.indexOf("Student"))
                .isLessThan(dropped.indexOf("Course"));
        List<String> emptied = generator.truncateStatements().stream().map(s -> ((Delete) s).table()).toList();
        assertThat(emptied.indexOf("Playlist_Song")).isLessThan(emptied.indexOf("Playlist"))
                .isLessThan(emptied.indexOf("Song"));
    }
}
