package dev.athanor.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the tutorial exactly as the README says, from the built jars, and reads what it printed. */
class TutorialIT {

    private static final String SQL = "[athanor.SQL] ";

    @TempDir
    Path workDir;

    @Test
    void tutorialRunsUnderTheAgentAndShowsEachStepInOrder() throws Exception {
        String out = runTutorial();

        assertThat(out).containsSubsequence(
                "== 1. Version", "0.1.0-SNAPSHOT",
                "== 2. An engine on sqlite:///:memory:, with echo",
                "== 3. Nothing is connected yet", "started: false; pool: total=0, active=0, idle=0, waiting=0",
                "== 4. select 1", "[athanor.SQL] select 1", "1 row", "one = 1",
                "== 5. The connection went back to the pool", "pool: total=1, active=0, idle=1, waiting=0",
                "[athanor.TXN] BEGIN", "[athanor.TXN] COMMIT",
                "x: 2  y: 4", "x: 6  y: 8",
                "A MySQL engine with pool_recycle",
                // then the ORM part, in this order
                ". The ORM: the persistence unit 'tutorial'",
                ". Adding users:", ". Changing one user:", ". Rolling back:", ". Finding by id:",
                ". Closing the factory");
        if (System.getenv("ATHANOR_MYSQL_URL") != null) {
            assertThat(out).contains("server: MariaDB").contains("connections live 3600s");
        } else {
            assertThat(out).contains("never connects");
        }
        assertThat(out).doesNotContain("Exception");
        assertThat(Files.exists(workDir.resolve("app.db"))).isFalse();
    }

    @Test
    void ormPartShowsTheUnitOfWorkInTheEcho() throws Exception {
        String out = runTutorial("orm");
        assertThat(out).doesNotContain("Exception").doesNotContain("Version");
        Map<String, String> steps = steps(out);
        assertThat(steps.keySet()).containsExactly(
                "1. The ORM: the persistence unit 'tutorial' creates its schema at startup",
                "2. Adding users: persist() defers the INSERT; reading an id inserts what is pending, flush batches the rest",
                "3. Changing one user: at commit, one UPDATE of the changed column only",
                "4. Rolling back: the flushed UPDATE is undone, the instances are detached",
                "5. Finding by id: one SELECT, then the persistence context answers",
                "6. Querying: JPQL and the Criteria API, one SELECT each, the results managed",
                "7. Closing the factory");
        List<String> bodies = new ArrayList<>(steps.values());

        // 1. schema generation: one CREATE TABLE of user_account, committed
        String schema = bodies.get(0);
        List<Echoed> created = echoed(schema);
        assertThat(created).hasSize(1);
        assertThat(created.get(0).sql()).startsWith("CREATE TABLE \"user_account\" (")
                .contains("\"id\" INTEGER PRIMARY KEY AUTOINCREMENT", "\"name\" VARCHAR(30) NOT NULL",
                        "\"fullname\" VARCHAR(255)", "\"nickname\" VARCHAR(255)", "\"password\" VARCHAR(255)");
        assertThat(schema).containsSubsequence("[athanor.TXN] BEGIN", "CREATE TABLE", "[athanor.TXN] COMMIT",
                "1 entity mapped: User");

        // 2. reading spongebob's id inserts it; sandy and patrick go in one multi-row INSERT at flush
        String adding = bodies.get(1);
        List<Echoed> inserts = echoed(adding);
        assertThat(inserts).hasSize(2);
        assertThat(inserts).allSatisfy(i -> assertThat(i.sql()).startsWith("INSERT INTO \"user_account\" ("));
        assertThat(inserts.get(0).byColumn()).isEqualTo(Map.of("\"name\"", "'spongebob'",
                "\"fullname\"", "'Spongebob Squarepants'", "\"nickname\"", "'sb'", "\"password\"", "'s3cret'"));
        assertThat(inserts.get(1).sql()).endsWith("VALUES (?, ?, ?, ?), (?, ?, ?, ?) RETURNING \"id\"");
        assertThat(inserts.get(1).params()).contains("'sandy'", "'acorn'", "'patrick'", "'rock'")
                .doesNotContain("s3cret");
        assertThat(adding).containsSubsequence("[athanor.TXN] BEGIN",
                "before persist: spongebob.getId() = null", "INSERT INTO", "after persist:  spongebob.getId() = 1",
                "flush: sandy and patrick go in one INSERT", "INSERT INTO", "[athanor.TXN] COMMIT",
                "committed: User(id=1, name='spongebob', fullname='Spongebob Squarepants', nickname='sb'),"
                        + " User(id=2, name='sandy', fullname='Sandy Cheeks', nickname=null),"
                        + " User(id=3, name='patrick', fullname='Patrick Star', nickname='pat')");

        // 3. exactly one UPDATE, of the changed column only, written at commit
        String changing = bodies.get(2);
        assertThat(echoed(changing)).containsExactly(
                new Echoed("UPDATE \"user_account\" SET \"fullname\" = ? WHERE \"id\" = ?", "('Sandy Squirrel', 2)"));
        assertThat(changing).containsSubsequence("[athanor.TXN] BEGIN", "nothing is written yet",
                "UPDATE", "[athanor.TXN] COMMIT");

        // 4. the flushed UPDATE is rolled back; the instance is detached; find reads the database value
        String rollingBack = bodies.get(3);
        List<Echoed> rollbackSql = echoed(rollingBack);
        assertThat(rollbackSql).hasSize(2);
        assertThat(rollbackSql.get(0)).isEqualTo(
                new Echoed("UPDATE \"user_account\" SET \"nickname\" = ? WHERE \"id\" = ?", "('patty', 3)"));
        assertThat(rollbackSql.get(1).sql()).startsWith("SELECT ").contains(" FROM \"user_account\" WHERE \"id\" = ?");
        assertThat(rollbackSql.get(1).params()).isEqualTo("(3)");
        assertThat(rollingBack).containsSubsequence("[athanor.TXN] BEGIN", "UPDATE", "[athanor.TXN] ROLLBACK",
                "after rollback: em.contains(patrick) = false; the detached instance still says nickname='patty'",
                "SELECT",
                "found again from the database: User(id=3, name='patrick', fullname='Patrick Star', nickname='pat');"
                        + " same instance: false");
        assertThat(rollingBack).doesNotContain("[athanor.TXN] COMMIT");

        // 5. find by id: one SELECT, the committed values, and the second find answered from the context
        String finding = bodies.get(4);
        List<Echoed> selects = echoed(finding);
        assertThat(selects).hasSize(1);
        assertThat(selects.get(0).sql()).startsWith("SELECT ").contains(" FROM \"user_account\" WHERE \"id\" = ?");
        assertThat(selects.get(0).params()).isEqualTo("(2)");
        assertThat(finding).contains("found: User(id=2, name='sandy', fullname='Sandy Squirrel', nickname=null)")
                .contains("a second find is the same instance, with no SELECT: true");

        // 6. a JPQL query with a collection parameter and a Criteria count: one SELECT each, find() adds none
        String querying = bodies.get(5);
        List<Echoed> queries = echoed(querying);
        assertThat(queries).hasSize(2);
        assertThat(queries.get(0).sql()).startsWith("SELECT ").contains(" FROM \"user_account\" ")
                .contains(" IN (?, ?)").contains("ORDER BY ");
        assertThat(queries.get(0).params()).isEqualTo("('sandy', 'patrick')");
        assertThat(queries.get(1).sql()).startsWith("SELECT COUNT(").contains(" LIKE ?");
        assertThat(queries.get(1).params()).isEqualTo("('S%')");
        assertThat(querying).contains("JPQL: [User(id=3, name='patrick', fullname='Patrick Star', nickname='pat'),"
                + " User(id=2, name='sandy', fullname='Sandy Squirrel', nickname=null)]")
                .contains("the same instance as find(): true")
                .contains("Criteria: users whose full name starts with S: 2");

        assertThat(bodies.get(6)).contains("factory open: false");

        // the password goes to the database (echo shows parameters) but never into a printed User
        for (String line : out.split("\\R")) {
            if (!line.startsWith(SQL + "(")) {
                assertThat(line).doesNotContain("s3cret").doesNotContain("acorn").doesNotContain("password=");
            }
        }
    }

    private String runTutorial(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-javaagent:" + System.getProperty("athanor.agent.jar"),
                "-jar", System.getProperty("athanor.tutorial.jar")));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(out).isZero();
        return out;
    }

    /** Each step's heading (without "== ") and the text printed under it, in order. */
    private static Map<String, String> steps(String out) {
        Map<String, String> steps = new LinkedHashMap<>();
        String title = null;
        StringBuilder body = new StringBuilder();
        for (String line : out.split("\\R")) {
            if (line.startsWith("== ")) {
                if (title != null) {
                    steps.put(title, body.toString());
                }
                title = line.substring(3);
                body.setLength(0);
            } else if (title != null) {
                body.append(line).append('\n');
            }
        }
        if (title != null) {
            steps.put(title, body.toString());
        }
        return steps;
    }

    /** The echoed statements of a step: each SQL line with the parameter line that follows it. */
    private static List<Echoed> echoed(String text) {
        List<Echoed> statements = new ArrayList<>();
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith(SQL) && !lines[i].startsWith(SQL + "(")) {
                assertThat(i + 1).as("parameter line after " + lines[i]).isLessThan(lines.length);
                String next = lines[i + 1];
                assertThat(next).as("parameter line after " + lines[i]).startsWith(SQL + "(");
                String params = next.substring(SQL.length());
                statements.add(new Echoed(lines[i].substring(SQL.length()), params.substring(0, params.indexOf(" -- "))));
            }
        }
        return statements;
    }

    /** One echoed statement and its parameters as printed, e.g. {@code ('Sandy Squirrel', 2)}. */
    record Echoed(String sql, String params) {

        private static final Pattern INSERT = Pattern.compile("INSERT INTO \\S+ \\((.*)\\) VALUES \\(.*\\)");
        private static final Pattern VALUE = Pattern.compile("'(?:[^']|'')*'|[^,\\s()][^,()]*");

        /** An INSERT's parameters by column name, so the check does not depend on column order. */
        Map<String, String> byColumn() {
            Matcher insert = INSERT.matcher(sql);
            assertThat(insert.matches()).as(sql).isTrue();
            String[] columns = insert.group(1).split(",\\s*");
            List<String> values = new ArrayList<>();
            Matcher value = VALUE.matcher(params.substring(1, params.length() - 1));
            while (value.find()) {
                values.add(value.group().trim());
            }
            assertThat(values).as(params).hasSize(columns.length);
            Map<String, String> byColumn = new LinkedHashMap<>();
            for (int i = 0; i < columns.length; i++) {
                byColumn.put(columns[i], values.get(i));
            }
            return byColumn;
        }
    }
}
