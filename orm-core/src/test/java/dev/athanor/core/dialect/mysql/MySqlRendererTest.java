package dev.athanor.core.dialect.mysql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.core.engine.ServerInfo;
import dev.athanor.core.error.AthanorException;
import dev.athanor.core.sql.ast.AddForeignKey;
import dev.athanor.core.sql.ast.Arithmetic;
import dev.athanor.core.sql.ast.BindParam;
import dev.athanor.core.sql.ast.ColumnDef;
import dev.athanor.core.sql.ast.ColumnRef;
import dev.athanor.core.sql.ast.Comparison;
import dev.athanor.core.sql.ast.Concat;
import dev.athanor.core.sql.ast.CreateSequence;
import dev.athanor.core.sql.ast.CreateTable;
import dev.athanor.core.sql.ast.DropIndex;
import dev.athanor.core.sql.ast.DropSequence;
import dev.athanor.core.sql.ast.ForeignKey;
import dev.athanor.core.sql.ast.Insert;
import dev.athanor.core.sql.ast.Literal;
import dev.athanor.core.sql.ast.Lock;
import dev.athanor.core.sql.ast.NextValue;
import dev.athanor.core.sql.ast.OrderItem;
import dev.athanor.core.sql.ast.Select;
import dev.athanor.core.sql.ast.TableRef;
import dev.athanor.core.sql.render.RenderedSql;
import java.util.List;
import org.junit.jupiter.api.Test;

class MySqlRendererTest {

    private static final MySqlRenderer MARIADB = server("MariaDB", "10.11.6-MariaDB");
    private static final MySqlRenderer MARIADB_104 = server("MariaDB", "10.4.32-MariaDB");
    private static final MySqlRenderer MYSQL8 = server("MySQL", "8.0.36");

    private static MySqlRenderer server(String product, String version) {
        return new MySqlDialect().forServer(ServerInfo.of(product, version, null, "MySQL Connector/J", version))
                .renderer();
    }

    private final Select people = Select.of(TableRef.of("person", "p"), ColumnRef.of("p", "name"));

    @Test
    void backquotesAndLimitWithTheLargestBigintForAnOffsetAlone() {
        assertThat(MARIADB.render(people).sql()).isEqualTo("SELECT `p`.`name` FROM `person` `p`");
        assertThat(MARIADB.render(ColumnRef.of("we`ird")).sql()).isEqualTo("`we``ird`");

        RenderedSql both = MARIADB.render(people.withPage(BindParam.of(10), BindParam.of(20)));
        assertThat(both.sql()).endsWith(" LIMIT ? OFFSET ?");
        assertThat(both.binds()).containsExactly(10, 20);
        assertThat(MARIADB.render(people.withPage(null, BindParam.of(5))).sql())
                .endsWith(" LIMIT 18446744073709551615 OFFSET ?");
    }

    @Test
    void nullsFirstAndLastAreEmulatedWithIsNull() {
        Select ordered = people.withOrderBy(
                OrderItem.asc(ColumnRef.of("p", "a")).withNulls(OrderItem.Nulls.FIRST),
                OrderItem.asc(ColumnRef.of("p", "b")).withNulls(OrderItem.Nulls.LAST),
                OrderItem.desc(ColumnRef.of("p", "c")).withNulls(OrderItem.Nulls.FIRST),
                OrderItem.desc(ColumnRef.of("p", "d")).withNulls(OrderItem.Nulls.LAST),
                OrderItem.desc(new Arithmetic(ColumnRef.of("e"), Arithmetic.Operator.ADD, BindParam.of(1)))
                        .withNulls(OrderItem.Nulls.LAST));

        RenderedSql rendered = MARIADB.render(ordered);

        assertThat(rendered.sql()).endsWith(" ORDER BY `p`.`a` IS NULL DESC, `p`.`a`,"
                + " `p`.`b` IS NULL, `p`.`b`,"
                + " `p`.`c` IS NULL DESC, `p`.`c` DESC,"
                + " `p`.`d` IS NULL, `p`.`d` DESC,"
                + " `e` + ? IS NULL, `e` + ? DESC");
        assertThat(rendered.binds()).containsExactly(1, 1);
    }

    @Test
    void returningOnMariaDb105AndLaterOnly() {
        Insert insert = new Insert("person", List.of("name"), List.of(List.of(BindParam.of("a")),
                List.of(BindParam.of("b"))), List.of("id"));

        assertThat(MARIADB.render(insert).sql()).isEqualTo("INSERT INTO `person` (`name`) VALUES (?), (?) RETURNING `id`");
        assertThatThrownBy(() -> MARIADB_104.render(insert)).isInstanceOf(AthanorException.class)
                .hasMessageContaining("INSERT ... RETURNING is not supported by MariaDB 10.4.32");
        assertThatThrownBy(() -> MYSQL8.render(insert)).hasMessageContaining("not supported by MySQL 8.0.36");
        assertThatThrownBy(() -> new MySqlDialect().renderer().render(insert))
                .hasMessageContaining("not supported by MySQL/MariaDB (version not yet known)");
    }

    @Test
    void rowLocksPerServerVersion() {
        assertThat(MARIADB.render(people.withLock(Lock.FOR_UPDATE)).sql()).endsWith(" FROM `person` `p` FOR UPDATE");
        assertThat(MARIADB.render(people.withLock(Lock.forUpdate(Lock.Wait.NOWAIT))).sql()).endsWith(" FOR UPDATE NOWAIT");
        assertThat(MARIADB.render(people.withLock(Lock.forUpdate(Lock.Wait.SKIP_LOCKED))).sql())
                .endsWith(" FOR UPDATE SKIP LOCKED");
        assertThat(MARIADB.render(people.withLock(new Lock(Lock.Strength.SHARE, Lock.Wait.WAIT))).sql())
                .endsWith(" LOCK IN SHARE MODE");
        assertThat(MYSQL8.render(people.withLock(new Lock(Lock.Strength.SHARE, Lock.Wait.NOWAIT))).sql())
                .endsWith(" FOR SHARE NOWAIT");
        assertThat(MARIADB.render(people.withPage(BindParam.of(1), null).withLock(Lock.FOR_UPDATE)).sql())
                .endsWith(" LIMIT ? FOR UPDATE");
        assertThatThrownBy(() -> MARIADB_104.render(people.withLock(Lock.forUpdate(Lock.Wait.SKIP_LOCKED))))
                .hasMessageContaining("FOR UPDATE SKIP LOCKED is not supported by MariaDB 10.4.32")
                .hasMessageContaining("MariaDB 10.6");
    }

    @Test
    void concatenationIsAFunctionBecauseDoubleBarMeansOr() {
        RenderedSql rendered = MARIADB.render(Comparison.eq(Concat.of(ColumnRef.of("a"), BindParam.of("-"),
                ColumnRef.of("b")), BindParam.of("x-y")));
        assertThat(rendered.sql()).isEqualTo("CONCAT(`a`, ?, `b`) = ?");
        assertThat(rendered.binds()).containsExactly("-", "x-y");
    }

    @Test
    void stringLiteralsEscapeBackslashesAndQuotes() {
        assertThat(MARIADB.render(Literal.of("a\\' OR 1=1 -- ")).sql()).isEqualTo("'a\\\\'' OR 1=1 -- '");
    }

    @Test
    void createTableWithAutoIncrementInnoDbAndUtf8mb4() {
        CreateTable table = CreateTable.of("child", List.of(ColumnDef.identity("id", "BIGINT"),
                        ColumnDef.notNull("parent_id", "BIGINT"), ColumnDef.of("n", "INT").withDefault(Literal.of(0))),
                        List.of("id"))
                .withForeignKeys(new ForeignKey("fk_child_parent", List.of("parent_id"), "parent", List.of("id"),
                        ForeignKey.Action.SET_NULL));

        assertThat(MARIADB.render(table).sql()).isEqualTo("CREATE TABLE `child` (`id` BIGINT NOT NULL AUTO_INCREMENT,"
                + " `parent_id` BIGINT NOT NULL, `n` INT DEFAULT 0, PRIMARY KEY (`id`),"
                + " CONSTRAINT `fk_child_parent` FOREIGN KEY (`parent_id`) REFERENCES `parent` (`id`) ON DELETE SET NULL)"
                + " ENGINE=InnoDB DEFAULT CHARSET=utf8mb4");
        assertThat(MARIADB.render(new AddForeignKey("child", ForeignKey.of("fk", List.of("parent_id"), "parent",
                List.of("id")))).sql()).isEqualTo("ALTER TABLE `child` ADD CONSTRAINT `fk` FOREIGN KEY (`parent_id`)"
                + " REFERENCES `parent` (`id`)");
    }

    @Test
    void anInsertOfDefaultsOnlyTakesSeveralRows() {
        assertThat(MARIADB.render(new Insert("t", List.of(), List.of(List.of(), List.of()), List.of())).sql())
                .isEqualTo("INSERT INTO `t` () VALUES (), ()");
    }

    @Test
    void dropIndexNamesItsTableAndOnlyMariaDbKnowsIfExists() {
        assertThat(MYSQL8.render(new DropIndex("ix", "t", false)).sql()).isEqualTo("DROP INDEX `ix` ON `t`");
        assertThat(MARIADB.render(new DropIndex("ix", "t", true)).sql()).isEqualTo("DROP INDEX IF EXISTS `ix` ON `t`");
        assertThatThrownBy(() -> MYSQL8.render(new DropIndex("ix", "t", true)))
                .hasMessageContaining("DROP INDEX IF EXISTS is not supported by MySQL 8.0.36");
    }

    @Test
    void sequencesOnMariaDbOnly() {
        assertThat(MARIADB.render(new CreateSequence("seq", 1, 50)).sql())
                .isEqualTo("CREATE SEQUENCE `seq` START WITH 1 INCREMENT BY 50");
        assertThat(MARIADB.render(new DropSequence("seq", true)).sql()).isEqualTo("DROP SEQUENCE IF EXISTS `seq`");
        assertThat(MARIADB.render(Select.of(null, new NextValue("seq"))).sql()).isEqualTo("SELECT NEXT VALUE FOR `seq`");
        assertThatThrownBy(() -> MYSQL8.render(new CreateSequence("seq", 1, 50)))
                .hasMessageContaining("CREATE SEQUENCE seq is not supported by MySQL 8.0.36")
                .hasMessageContaining("Use IDENTITY ids, or a table that holds the next id");
    }
}
