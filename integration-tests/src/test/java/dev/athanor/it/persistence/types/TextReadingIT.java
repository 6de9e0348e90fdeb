package dev.athanor.it.persistence.types;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athanor.core.engine.Engine;
import dev.athanor.it.Target;
import dev.athanor.it.persistence.JpaUnit;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Text columns read back exactly, on each way a query reads them: SQLite's UTF-8 databases are read
 * as bytes decoded here (faster than the driver's getString), a UTF-16 one and MariaDB through
 * getString. Each value is written with plain JDBC and read through find, a JPQL entity query, a
 * JPQL projection and a native entity query, from the open result (unwatched) and from a result
 * read whole (watched).
 */
class TextReadingIT {

    @Entity
    @Table(name = "text_note")
    public static class Note {
        @Id
        Long id;
        String body;
    }

    /** Every kind of text the decoding must keep: accents, a character outside the BMP, CJK, empty and null. */
    private static final Map<Long, String> BODIES = Map.of(
            1L, "héllo wörld ✓",
            2L, "emoji \uD83D\uDE00 and \uD83C\uDDEB\uD83C\uDDF7",
            3L, "日本語のテキスト",
            4L, "",
            5L, "plain ascii");

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Target.class)
    void textFromTheOpenResultIsReadBackExactly(Target target) {
        try (JpaUnit unit = JpaUnit.openUnwatched(target, dir, Note.class)) {
            seed(unit);
            assertEveryRead(unit);
            assertThat(unit.emf().unwrap(Engine.class).backend().readsTextAsUtf8Bytes())
                    .as("SQLite's UTF-8 databases read text as bytes; MariaDB through getString")
                    .isEqualTo(target != Target.MARIADB);
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void textFromAResultReadWholeIsReadBackExactly(Target target) {
        try (JpaUnit unit = JpaUnit.open(target, dir, Note.class)) {
            seed(unit);
            assertEveryRead(unit);
            assertThat(unit.sql()).anyMatch(sql -> sql.contains("text_note"));
        }
    }

    /** A blob in a text column (SQLite keeps what it is given): both ways of reading take its bytes as the text. */
    @Test
    void aBlobInATextColumnReadsAsItsUtf8Text() {
        try (JpaUnit unit = JpaUnit.openUnwatched(Target.SQLITE_FILE, dir, Note.class)) {
            unit.jdbc(connection -> {
                try (Statement statement = connection.createStatement()) {
                    return statement.executeUpdate("INSERT INTO text_note (id, body) VALUES (1, X'68C3A9')");
                }
            });
            assertThat(unit.rows("SELECT typeof(body) FROM text_note")).containsExactly(List.of("blob"));
            try (EntityManager em = unit.em()) {
                assertThat(em.find(Note.class, 1L).body).isEqualTo("hé");
            }
            try (EntityManager em = unit.em()) {
                assertThat(em.createQuery("SELECT n.body FROM Note n", String.class).getSingleResult())
                        .isEqualTo("hé");
            }
        }
    }

    /** A database made for UTF-16 text: its text is read through getString, and comes back the same. */
    @Test
    void aUtf16DatabaseIsReadThroughTheDriversStrings() throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("unit.db"));
                Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA encoding = 'UTF-16le'");
            statement.execute("CREATE TABLE fixes_the_encoding (x INTEGER)");
        }
        try (JpaUnit unit = JpaUnit.openUnwatched(Target.SQLITE_FILE, dir, Note.class)) {
            assertThat(unit.rows("PRAGMA encoding")).containsExactly(List.of("UTF-16le"));
            assertThat(unit.emf().unwrap(Engine.class).backend().readsTextAsUtf8Bytes()).isFalse();
            seed(unit);
            assertEveryRead(unit);
        }
    }

    private static void seed(JpaUnit unit) {
        unit.jdbc(connection -> {
            try (var insert = connection.prepareStatement("INSERT INTO text_note (id, body) VALUES (?, ?)")) {
                for (Map.Entry<Long, String> body : BODIES.entrySet()) {
                    insert.setLong(1, body.getKey());
                    insert.setString(2, body.getValue());
                    insert.addBatch();
                }
                insert.setLong(1, 6L);
                insert.setNull(2, java.sql.Types.VARCHAR);
                insert.addBatch();
                return insert.executeBatch();
            }
        });
        // what reached the database, by plain JDBC: the six rows, the empty text apart from the null
        assertThat(unit.count("SELECT COUNT(*) FROM text_note")).isEqualTo(6);
        assertThat(unit.count("SELECT COUNT(*) FROM text_note WHERE body = ''")).isEqualTo(1);
        assertThat(unit.count("SELECT COUNT(*) FROM text_note WHERE body IS NULL")).isEqualTo(1);
    }

    private static void assertEveryRead(JpaUnit unit) {
        assertBodies(unit, em -> BODIES.keySet().stream().map(id -> em.find(Note.class, id)).toList());
        assertBodies(unit, em -> em.createQuery("SELECT n FROM Note n WHERE n.id <= 5 ORDER BY n.id",
                Note.class).getResultList());
        assertBodies(unit, em -> em.createNativeQuery("SELECT id, body FROM text_note WHERE id <= 5 ORDER BY id",
                Note.class).getResultList());
        try (EntityManager em = unit.em()) {
            List<String> projected = em.createQuery("SELECT n.body FROM Note n ORDER BY n.id",
                    String.class).getResultList();
            assertThat(projected).containsExactly(BODIES.get(1L), BODIES.get(2L), BODIES.get(3L), "", BODIES.get(5L),
                    null);
            assertThat(em.find(Note.class, 6L).body).isNull();
        }
    }

    private static void assertBodies(JpaUnit unit, Function<EntityManager, List<?>> read) {
        try (EntityManager em = unit.em()) {
            List<?> notes = read.apply(em);
            assertThat(notes).hasSize(BODIES.size());
            for (Object found : notes) {
                Note note = (Note) found;
                assertThat(note.body).as("body of note %d", note.id).isEqualTo(BODIES.get(note.id));
            }
        }
    }
}
