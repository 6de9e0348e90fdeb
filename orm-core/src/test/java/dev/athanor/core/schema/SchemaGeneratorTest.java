package dev.athanor.core.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.athanor.core.dialect.Dialect;
import dev.athanor.core.dialect.mysql.MySqlDialect;
import dev.athanor.core.dialect.sqlite.SqliteDialect;
import dev.athanor.core.engine.ServerInfo;
import dev.athanor.core.error.AthanorException;
import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.meta.Metadata;
import dev.athanor.core.meta.build.MetadataBuilder;
import dev.athanor.core.meta.build.fixtures.Hierarchies;
import dev.athanor.core.schema.fixtures.Cycle;
import dev.athanor.core.schema.fixtures.Library;
import dev.athanor.core.sql.ast.AddForeignKey;
import dev.athanor.core.sql.ast.CreateSequence;
import dev.athanor.core.sql.ast.CreateTable;
import dev.athanor.core.sql.ast.Delete;
import dev.athanor.core.sql.ast.DropTable;
import dev.athanor.core.sql.ast.Insert;
import dev.athanor.core.sql.ast.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaGeneratorTest {

    /** Listed children first, so that the order below comes from the foreign keys, not from the list. */
    static Metadata library() {
        return new MetadataBuilder().add(Library.Loan.class, Library.Review.class, Library.Book.class,
                Library.Author.class, Library.Category.class, Library.Shelf.class).build();
    }

    static Metadata cycle() {
        return new MetadataBuilder().add(Cycle.Department.class, Cycle.Employee.class).build();
    }

    private static Dialect mariaDb() {
        return new MySqlDialect().forServer(ServerInfo.of("MariaDB", "10.11.6", null, "MariaDB Connector/J", "10.11.6"));
    }

    private static List<String> created(List<Statement> statements) {
        return statements.stream().filter(CreateTable.class::isInstance).map(s -> ((CreateTable) s).table()).toList();
    }

    @Test
    void createsGeneratorsFirstThenEveryTableAfterTheTablesItReferences() {
        List<Statement> statements = new SchemaGenerator(library(), new SqliteDialect()).createStatements();
        assertThat(created(statements)).containsExactly("athanor_sequences", "book_seq", "Author", "Book", "Loan",
                "reviews", "Category", "Shelf");
        assertThat(statements).hasSize(10).filteredOn(Insert.class::isInstance).hasSize(2);
    }

    @Test
    void dropsInReverseOrderWithIfExistsAndTruncatesChildrenFirst() {
        SchemaGenerator generator = new SchemaGenerator(library(), new SqliteDialect());
        assertThat(generator.dropStatements()).allMatch(s -> s instanceof DropTable d && d.ifExists())
                .map(s -> ((DropTable) s).table())
                .containsExactly("Shelf", "Category", "reviews", "Loan", "Book", "Author", "athanor_sequences",
                        "book_seq");
        assertThat(generator.truncateStatements()).map(s -> ((Delete) s).table())
                .containsExactly("Shelf", "Category", "reviews", "Loan", "Book", "Author");
    }

    @Test
    void aSingleTableHierarchyIsOneTableWithNullableSubclassColumnsAndANotNullDiscriminator() {
        Metadata shapes = new MetadataBuilder().add(Hierarchies.Shape.class, Hierarchies.Rounded.class,
                Hierarchies.Circle.class, Hierarchies.Ring.class, Hierarchies.Square.class).build();
        List<String> script = SchemaScripts.create(new SchemaGenerator(shapes, new SqliteDialect()));
        assertThat(script).filteredOn(sql -> sql.startsWith("CREATE TABLE")).containsExactly(
                "CREATE TABLE \"shape\" (\"id\" INTEGER PRIMARY KEY AUTOINCREMENT, \"label\" VARCHAR(255),"
                        + " \"version\" INTEGER NOT NULL, \"radius\" REAL, \"filled\" INTEGER, \"inner\" REAL,"
                        + " \"side\" REAL, \"DTYPE\" VARCHAR(31) NOT NULL);");
    }

    @Test
    void rendersSqliteTablesWithConstraintsInline() {
        List<String> script = SchemaScripts.create(new SchemaGenerator(library(), new SqliteDialect()));
        assertThat(script).contains(
                "CREATE TABLE \"athanor_sequences\" (\"sequence_name\" VARCHAR(255) NOT NULL, \"next_val\" INTEGER"
                        + " NOT NULL, PRIMARY KEY (\"sequence_name\"));",
                "INSERT INTO \"athanor_sequences\" (\"sequence_name\", \"next_val\") VALUES ('loan', 100),"
                        + " ('reviews', 1);",
                "CREATE TABLE \"book_seq\" (\"next_val\" INTEGER NOT NULL);",
                "INSERT INTO \"book_seq\" (\"next_val\") VALUES (1);",
                "CREATE TABLE \"Author\" (\"email\" VARCHAR(255), \"id\" INTEGER PRIMARY KEY AUTOINCREMENT, \"name\""
                        + " VARCHAR(100) NOT NULL, CONSTRAINT \"uk_Author_email\" UNIQUE (\"email\"));",
                "CREATE TABLE \"Book\" (\"author_id\" INTEGER NOT NULL, \"id\" INTEGER NOT NULL, \"price\""
                        + " NUMERIC(8,2), \"summary\" VARCHAR(2147483647), \"title\" VARCHAR(255) NOT NULL, PRIMARY KEY"
                        + " (\"id\"), CONSTRAINT \"fk_Book_author_id\" FOREIGN KEY (\"author_id\") REFERENCES \"Author\""
                        + " (\"id\"));",
                "CREATE TABLE \"Category\" (\"code\" VARCHAR(255) NOT NULL, \"label\" VARCHAR(255), \"parent_code\""
                        + " VARCHAR(255), PRIMARY KEY (\"code\"), CONSTRAINT \"fk_Category_parent_code\" FOREIGN KEY"
                        + " (\"parent_code\") REFERENCES \"Category\" (\"code\"));",
                "CREATE TABLE \"Shelf\" (\"id\" INTEGER PRIMARY KEY AUTOINCREMENT, \"position\" INTEGER NOT NULL);");
    }

    @Test
    void rendersMySqlTablesWithEmulatedSequenceAndLargeObjects() {
        List<String> script = SchemaScripts.create(new SchemaGenerator(library(), new MySqlDialect()));
        assertThat(script).contains(
                "CREATE TABLE `book_seq` (`next_val` BIGINT NOT NULL) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;",
                "CREATE TABLE `Author` (`email` VARCHAR(255), `id` BIGINT NOT NULL AUTO_INCREMENT, `name` VARCHAR(100)"
                        + " NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `uk_Author_email` UNIQUE (`email`)) ENGINE=InnoDB"
                        + " DEFAULT CHARSET=utf8mb4;",
                "CREATE TABLE `Book` (`author_id` BIGINT NOT NULL, `id` BIGINT NOT NULL, `price` DECIMAL(8,2),"
                        + " `summary` LONGTEXT, `title` VARCHAR(255) NOT NULL, PRIMARY KEY (`id`), CONSTRAINT"
                        + " `fk_Book_author_id` FOREIGN KEY (`author_id`) REFERENCES `Author` (`id`)) ENGINE=InnoDB"
                        + " DEFAULT CHARSET=utf8mb4;",
                "CREATE TABLE `Shelf` (`id` INT NOT NULL AUTO_INCREMENT, `position` INT NOT NULL, PRIMARY KEY"
                        + " (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;");
        assertThat(script).allMatch(line -> line.endsWith(";"));
    }

    @Test
    void usesRealSequencesWhereTheServerHasThem() {
        SchemaGenerator generator = new SchemaGenerator(library(), mariaDb());
        assertThat(generator.createStatements()).contains(new CreateSequence("book_seq", 1, 10));
        assertThat(SchemaScripts.drop(generator)).endsWith("DROP SEQUENCE IF EXISTS `book_seq`;");
        assertThat(created(generator.createStatements())).doesNotContain("book_seq");
    }

    @Test
    void autoOnANumericIdIsAnIdentityEverywhere() {
        for (Dialect dialect : List.of(new SqliteDialect(), new MySqlDialect(), mariaDb())) {
            CreateTable shelf = new SchemaGenerator(library(), dialect).tables().stream()
                    .filter(t -> t.name().equals("Shelf")).findFirst().orElseThrow().table();
            assertThat(shelf.columns().get(0).identity()).as("%s", dialect).isTrue();
        }
    }

    @Test
    void cycleIsAddedWithAlterTableOnMySql() {
        SchemaGenerator generator = new SchemaGenerator(cycle(), new MySqlDialect());
        assertThat(generator.foreignKeyCycle()).containsExactly("Department", "Employee", "Department");
        List<Statement> statements = generator.createStatements();
        assertThat(created(statements)).containsExactly("Employee", "Department");
        assertThat(statements.get(2)).isInstanceOfSatisfying(AddForeignKey.class, add -> {
            assertThat(add.table()).isEqualTo("Employee");
            assertThat(add.foreignKey().referencedTable()).isEqualTo("Department");
        });
        assertThat(SchemaScripts.create(generator)).last().isEqualTo("ALTER TABLE `Employee` ADD CONSTRAINT"
                + " `fk_Employee_department_id` FOREIGN KEY (`department_id`) REFERENCES `Department` (`id`);");
    }

    @Test
    void cycleOnSqliteIsAnErrorNamingIt() {
        SchemaGenerator generator = new SchemaGenerator(cycle(), new SqliteDialect());
        AthanorException error = catchThrowableOfType(generator::createStatements, AthanorException.class);
        assertThat(error.code()).isEqualTo(ErrorCode.FOREIGN_KEY_CYCLE);
        assertThat(error).hasMessageContaining("Department -> Employee -> Department")
                .hasMessageContaining("Employee.[department_id] -> Department");
        assertThat(generator.dropStatements()).hasSize(2);
    }

    @Test
    void longConstraintNamesAreShortenedButStayDistinct() {
        String a = EntityTableBuilder.constraintName("fk", "t".repeat(60), "column_a");
        String b = EntityTableBuilder.constraintName("fk", "t".repeat(60), "column_b");
        assertThat(a).hasSize(64).isNotEqualTo(b);
        assertThat(EntityTableBuilder.constraintName("uk", "Author", "email")).isEqualTo("uk_Author_email");
    }
}
