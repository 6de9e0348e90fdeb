package dev.athanor.it.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.athanor.core.dialect.Dialect;
import dev.athanor.core.engine.BatchResult;
import dev.athanor.core.engine.Engine;
import dev.athanor.core.engine.EngineConnection;
import dev.athanor.core.engine.Result;
import dev.athanor.core.engine.Transaction;
import dev.athanor.core.error.AthanorError;
import dev.athanor.core.error.AthanorException;
import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.sql.ast.Assignment;
import dev.athanor.core.sql.ast.Between;
import dev.athanor.core.sql.ast.BindParam;
import dev.athanor.core.sql.ast.Case;
import dev.athanor.core.sql.ast.CheckConstraint;
import dev.athanor.core.sql.ast.ColumnDef;
import dev.athanor.core.sql.ast.ColumnRef;
import dev.athanor.core.sql.ast.Comparison;
import dev.athanor.core.sql.ast.Concat;
import dev.athanor.core.sql.ast.CreateIndex;
import dev.athanor.core.sql.ast.CreateSequence;
import dev.athanor.core.sql.ast.CreateTable;
import dev.athanor.core.sql.ast.Delete;
import dev.athanor.core.sql.ast.DropSequence;
import dev.athanor.core.sql.ast.DropTable;
import dev.athanor.core.sql.ast.Exists;
import dev.athanor.core.sql.ast.Expression;
import dev.athanor.core.sql.ast.ForeignKey;
import dev.athanor.core.sql.ast.FunctionCall;
import dev.athanor.core.sql.ast.InList;
import dev.athanor.core.sql.ast.InSubquery;
import dev.athanor.core.sql.ast.Insert;
import dev.athanor.core.sql.ast.IsNull;
import dev.athanor.core.sql.ast.Join;
import dev.athanor.core.sql.ast.Like;
import dev.athanor.core.sql.ast.Literal;
import dev.athanor.core.sql.ast.Lock;
import dev.athanor.core.sql.ast.Logical;
import dev.athanor.core.sql.ast.NextValue;
import dev.athanor.core.sql.ast.Not;
import dev.athanor.core.sql.ast.OrderItem;
import dev.athanor.core.sql.ast.Select;
import dev.athanor.core.sql.ast.SelectItem;
import dev.athanor.core.sql.ast.Statement;
import dev.athanor.core.sql.ast.TableRef;
import dev.athanor.core.sql.ast.UniqueConstraint;
import dev.athanor.core.sql.ast.Update;
import dev.athanor.core.sql.render.RenderedSql;
import dev.athanor.it.Target;
import dev.athanor.it.TestDatabase;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Statement trees rendered by each dialect and run through the engine on real SQLite and MariaDB;
 * what reached the database is read back with plain JDBC.
 */
class RenderedStatementsIT {

    private static final String PARENT = "sql_parent";
    private static final String CHILD = "sql_child";

    @TempDir
    Path tempDir;

    /** A database with the parent and child tables, created from trees; and the dialect the engine connected with. */
    private record Fixture(TestDatabase db, Engine engine, Dialect dialect) implements AutoCloseable {

        RenderedSql render(Statement statement) {
            return dialect.renderer().render(statement);
        }

        Result run(Statement statement) {
            RenderedSql rendered = render(statement);
            return engine.execute(rendered.sql(), rendered.binds().toArray());
        }

        @Override
        public void close() {
            db.close();
        }
    }

    private Fixture setUp(Target target) {
        TestDatabase db = TestDatabase.open(target, tempDir);
        Engine engine = db.engine();
        engine.execute("select 1");
        Fixture f = new Fixture(db, engine, Dialect.of(engine));
        f.run(new DropTable(CHILD, true));
        f.run(new DropTable(PARENT, true));
        f.run(CreateTable.of(PARENT, List.of(ColumnDef.identity("id", type(f, Long.class, 0)),
                        ColumnDef.notNull("name", type(f, String.class, 50))), List.of("id"))
                .withUnique(UniqueConstraint.of("uk_sql_parent_name", "name")));
        f.run(CreateTable.of(CHILD, List.of(ColumnDef.identity("id", type(f, Long.class, 0)),
                        ColumnDef.notNull("parent_id", type(f, Long.class, 0)),
                        ColumnDef.notNull("label", type(f, String.class, 50)),
                        ColumnDef.of("rank", type(f, Integer.class, 0)),
                        ColumnDef.notNull("kind", type(f, String.class, 10)).withDefault(Literal.of("plain"))),
                        List.of("id"))
                .withForeignKeys(new ForeignKey("fk_sql_child_parent", List.of("parent_id"), PARENT, List.of("id"),
                        ForeignKey.Action.CASCADE))
                .withChecks(new CheckConstraint("ck_sql_child_rank", f.dialect().quote("rank") + " >= 0")));
        f.run(CreateIndex.on("ix_sql_child_label", CHILD, false, "label"));
        return f;
    }

    private static String type(Fixture f, Class<?> javaType, int length) {
        return f.dialect().typeName(javaType, length, 0, 0);
    }

    private static BindParam bind(Object value) {
        return BindParam.of(value);
    }

    private static ColumnRef col(String alias, String column) {
        return ColumnRef.of(alias, column);
    }

    /** Parents 1 "ann" and 2 "bob"; ann's children a(rank 2), b(null), c(1), d(null); bob's child e(0). */
    private static void insertFamily(Fixture f) {
        f.run(new Insert(PARENT, List.of("name"), List.of(List.of(bind("ann")), List.of(bind("bob"))), List.of()));
        List<List<Expression>> rows = new ArrayList<>();
        rows.add(List.of(bind(1), bind("a"), bind(2)));
        rows.add(List.of(bind(1), bind("b"), Literal.NULL));
        rows.add(List.of(bind(1), bind("c"), bind(1)));
        rows.add(List.of(bind(1), bind("d"), bind(null)));
        rows.add(List.of(bind(2), bind("e"), Literal.of(0)));
        f.run(new Insert(CHILD, List.of("parent_id", "label", "rank"), rows, List.of()));
    }

    /** Rows read with plain JDBC, whole numbers as longs (SQLite gives Integer or Long by size). */
    private static List<List<Object>> rows(Fixture f, String sql) {
        return f.db().query(sql).stream().map(row -> row.stream()
                .map(v -> v instanceof Integer || v instanceof Long ? (Object) ((Number) v).longValue() : v).toList())
                .toList();
    }

    private static List<Object> labels(Result result) {
        return result.all().stream().map(row -> row.get(0)).toList();
    }

    private static ErrorCode code(Throwable e) {
        assertThat(e).isInstanceOf(AthanorError.class);
        return ((AthanorError) e).code();
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void createdTablesEnforceTheirUniqueForeignKeyAndCheckConstraintsAndHaveTheirIndex(Target target) {
        try (Fixture f = setUp(target)) {
            insertFamily(f);

            assertThat(code(catchThrowable(() -> f.run(Insert.of(PARENT, List.of("name"), List.of(bind("ann")))))))
                    .isEqualTo(ErrorCode.UNIQUE_VIOLATION);
            assertThat(code(catchThrowable(() -> f.run(Insert.of(CHILD, List.of("parent_id", "label"),
                    List.of(bind(99), bind("orphan"))))))).isEqualTo(ErrorCode.FOREIGN_KEY_VIOLATION);
            assertThat(catchThrowable(() -> f.run(Insert.of(CHILD, List.of("parent_id", "label", "rank"),
                    List.of(bind(1), bind("negative"), bind(-1)))))).isInstanceOf(AthanorException.class);

            String indexQuery = target.isSqlite()
                    ? "select count(*) from sqlite_master where type = 'index' and name = 'ix_sql_child_label'"
                    : "select count(*) from information_schema.statistics where table_schema = database()"
                    + " and index_name = 'ix_sql_child_label'";
            assertThat(f.db().count(indexQuery)).isEqualTo(1);
            assertThat(rows(f, "select kind from " + CHILD + " where label = 'a'")).containsExactly(List.of("plain"));

            f.run(new Delete(PARENT, Comparison.eq(ColumnRef.of("id"), bind(1))));
            assertThat(rows(f, "select label from " + CHILD + " order by label")).containsExactly(List.of("e"));
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void multiRowInsertWritesEveryRowAndReturningGivesTheGeneratedIds(Target target) {
        try (Fixture f = setUp(target)) {
            insertFamily(f);
            assertThat(rows(f, "select id, parent_id, label, rank from " + CHILD + " order by id")).containsExactly(
                    List.of(1L, 1L, "a", 2L), Arrays.asList(2L, 1L, "b", null), List.of(3L, 1L, "c", 1L),
                    Arrays.asList(4L, 1L, "d", null), List.of(5L, 2L, "e", 0L));

            Result returned = f.run(new Insert(PARENT, List.of("name"), List.of(List.of(bind("cy")),
                    List.of(bind("dee"))), List.of("id", "name")));

            assertThat(returned.all()).extracting(row -> ((Number) row.get(0)).longValue(), row -> row.get(1))
                    .containsExactly(Tuple.tuple(3L, "cy"),
                            Tuple.tuple(4L, "dee"));
            assertThat(rows(f, "select id, name from " + PARENT + " where id > 2 order by id"))
                    .containsExactly(List.of(3L, "cy"), List.of(4L, "dee"));
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void aStatementWithSlotsIsRenderedOnceAndBoundForEveryRowOfABatch(Target target) {
        try (Fixture f = setUp(target)) {
            insertFamily(f);
            RenderedSql update = f.render(new Update(CHILD, List.of(Assignment.of("label", BindParam.slot(1)),
                    Assignment.of("kind", bind("renamed"))), Comparison.eq(ColumnRef.of("id"), BindParam.slot(0))));

            try (EngineConnection connection = f.engine().connect()) {
                BatchResult batch = connection.executeBatch(update.sql(), List.of(update.bind(1, "A"),
                        update.bind(3, "C"), update.bind(42, "none")));
                assertThat(batch.counts()).containsExactly(1, 1, 0);
            }
            assertThat(rows(f, "select id, label, kind from " + CHILD + " where kind = 'renamed' order by id"))
                    .containsExactly(List.of(1L, "A", "renamed"), List.of(3L, "C", "renamed"));
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void updateAndDeleteChangeExactlyTheRowsTheirConditionsName(Target target) {
        try (Fixture f = setUp(target)) {
            insertFamily(f);

            Result updated = f.run(new Update(CHILD, List.of(Assignment.of("rank", FunctionCall.of("COALESCE",
                    ColumnRef.of("rank"), Literal.of(10)))), Logical.and(Comparison.eq(ColumnRef.of("parent_id"), bind(1)),
                    new IsNull(ColumnRef.of("rank"), false))));
            Result deleted = f.run(new Delete(CHILD, new InList(ColumnRef.of("label"), List.of(bind("a"), bind("e")),
                    false)));
            Result none = f.run(new Delete(CHILD, new InList(ColumnRef.of("label"), List.of(), false)));

            assertThat(updated.rowCount()).isEqualTo(2);
            assertThat(deleted.rowCount()).isEqualTo(2);
            assertThat(none.rowCount()).isZero();
            assertThat(rows(f, "select label, rank from " + CHILD + " order by label"))
                    .containsExactly(List.of("b", 10L), List.of("c", 1L), List.of("d", 10L));
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void nullsFirstAndNullsLastPutTheNullsWhereAskedInBothDirections(Target target) {
        try (Fixture f = setUp(target)) {
            insertFamily(f);
            Select base = Select.of(List.of(SelectItem.of(col("c", "label"))), TableRef.of(CHILD, "c"))
                    .withJoin(Join.inner(TableRef.of(PARENT, "p"), Comparison.eq(col("p", "id"), col("c", "parent_id"))))
                    .withWhere(Comparison.eq(col("p", "name"), bind("ann")));

            assertThat(labels(f.run(base.withOrderBy(order(false, OrderItem.Nulls.FIRST), tieBreak()))))
                    .containsExactly("b", "d", "c", "a");
            assertThat(labels(f.run(base.withOrderBy(order(false, OrderItem.Nulls.LAST), tieBreak()))))
                    .containsExactly("c", "a", "b", "d");
            assertThat(labels(f.run(base.withOrderBy(order(true, OrderItem.Nulls.FIRST), tieBreak()))))
                    .containsExactly("b", "d", "a", "c");
            assertThat(labels(f.run(base.withOrderBy(order(true, OrderItem.Nulls.LAST), tieBreak()))))
                    .containsExactly("a", "c", "b", "d");
        }
    }

    private static OrderItem order(boolean descending, OrderItem.Nulls nulls) {
        return new OrderItem(col("c", "rank"), descending, nulls);
    }

    private static OrderItem tieBreak() {
        return OrderItem.asc(col("c", "label"));
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void limitAndOffsetPageThroughTheRows(Target target) {
        try (Fixture f = setUp(target)) {
            insertFamily(f);
            Select all = Select.of(TableRef.of(CHILD, "c"), col("c", "label")).withOrderBy(OrderItem.asc(col("c", "id")));

            assertThat(labels(f.run(all.withPage(bind(2), bind(1))))).containsExactly("b", "c");
            assertThat(labels(f.run(all.withPage(bind(2), null)))).containsExactly("a", "b");
            assertThat(labels(f.run(all.withPage(null, bind(3))))).containsExactly("d", "e");

            RenderedSql page = f.render(all.withPage(BindParam.slot(0), BindParam.slot(1)));
            assertThat(labels(f.engine().execute(page.sql(), page.bind(1, 4)))).containsExactly("e");
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void predicatesFunctionsAndSubqueriesSelectTheRightRows(Target target) {
        try (Fixture f = setUp(target)) {
            insertFamily(f);
            f.run(Insert.of(CHILD, List.of("parent_id", "label", "rank"), List.of(bind(2), bind("50%_off"), bind(7))));
            Select labels = Select.of(TableRef.of(CHILD, "c"), col("c", "label")).withOrderBy(OrderItem.asc(col("c", "id")));

            Select annsIds = Select.of(TableRef.of(PARENT, "p"), col("p", "id")).withWhere(Comparison.eq(col("p", "name"),
                    bind("ann")));
            assertThat(labels(f.run(labels.withWhere(Logical.and(new InSubquery(col("c", "parent_id"), annsIds, false),
                    new Between(col("c", "rank"), bind(1), bind(5), false)))))).containsExactly("a", "c");

            Select childOfBob = Select.of(TableRef.of(PARENT, "p"), Literal.of(1)).withWhere(Logical.and(
                    Comparison.eq(col("p", "id"), col("c", "parent_id")), Comparison.eq(col("p", "name"), bind("bob"))));
            assertThat(labels(f.run(labels.withWhere(new Exists(childOfBob))))).containsExactly("e", "50%_off");
            assertThat(labels(f.run(labels.withWhere(new Not(new Exists(childOfBob))))))
                    .containsExactly("a", "b", "c", "d");

            assertThat(labels(f.run(labels.withWhere(new Like(col("c", "label"), bind("50!%%"), Literal.of("!"),
                    false))))).containsExactly("50%_off");

            Select described = Select.of(List.of(SelectItem.of(Concat.of(col("c", "label"), Literal.of(":"),
                    new Case(null, List.of(new Case.When(new IsNull(col("c", "rank"), false), Literal.of("none"))),
                            Literal.of("ranked"))), "d")),
                    TableRef.of(CHILD, "c")).withWhere(Comparison.eq(col("c", "parent_id"), bind(1)))
                    .withOrderBy(OrderItem.asc(col("c", "id")));
            assertThat(labels(f.run(described))).containsExactly("a:ranked", "b:none", "c:ranked", "d:none");

            Select counts = Select.of(List.of(SelectItem.of(col("p", "name")), SelectItem.of(FunctionCall.countAll(),
                    "n")), TableRef.of(PARENT, "p"))
                    .withJoin(Join.left(TableRef.of(CHILD, "c"), Comparison.eq(col("c", "parent_id"), col("p", "id"))))
                    .withGroupBy(col("p", "name"))
                    .withHaving(new Comparison(FunctionCall.countAll(), Comparison.Operator.GT, bind(2)));
            assertThat(f.run(counts).all()).singleElement().satisfies(row -> {
                assertThat(row.get(0)).isEqualTo("ann");
                assertThat(((Number) row.get(1)).longValue()).isEqualTo(4L);
            });
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void stringLiteralsWithQuotesAndBackslashesArriveUnchanged(Target target) {
        try (Fixture f = setUp(target)) {
            String tricky = "O'Brien \\ \"q\" \\' -- ; ?";
            f.run(Insert.of(PARENT, List.of("name"), List.of(Literal.of(tricky))));

            assertThat(rows(f, "select name from " + PARENT)).containsExactly(List.of(tricky));
            Result found = f.run(Select.of(TableRef.of(PARENT, "p"), col("p", "id"))
                    .withWhere(Comparison.eq(col("p", "name"), Literal.of(tricky))));
            assertThat(found.rowCount()).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void forUpdateLocksRowsOnMariaDbAndIsRefusedOnSqlite(Target target) throws Exception {
        try (Fixture f = setUp(target)) {
            insertFamily(f);
            Select child = Select.of(TableRef.of(CHILD, "c"), col("c", "label"))
                    .withWhere(Comparison.eq(col("c", "parent_id"), bind(1))).withOrderBy(OrderItem.asc(col("c", "id")));
            if (target.isSqlite()) {
                assertThatThrownBy(() -> f.render(child.withLock(Lock.FOR_UPDATE))).isInstanceOf(AthanorException.class)
                        .hasMessageContaining("SQLite has no row locks");
                return;
            }
            RenderedSql lockA = f.render(child.withWhere(Comparison.eq(col("c", "label"), bind("a")))
                    .withLock(Lock.FOR_UPDATE));
            RenderedSql nowait = f.render(child.withLock(Lock.forUpdate(Lock.Wait.NOWAIT)));
            RenderedSql skip = f.render(child.withLock(Lock.forUpdate(Lock.Wait.SKIP_LOCKED)));
            try (Transaction holder = f.engine().begin()) {
                assertThat(labels(holder.execute(lockA.sql(), lockA.binds().toArray()))).containsExactly("a");

                try (Transaction other = f.engine().begin()) {
                    assertThat(labels(other.execute(skip.sql(), skip.binds().toArray()))).containsExactly("b", "c", "d");
                    assertThat(code(catchThrowable(() -> other.execute(nowait.sql(), nowait.binds().toArray()))))
                            .isEqualTo(ErrorCode.LOCK_TIMEOUT);
                }
                holder.rollback();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = Target.class, names = "MARIADB")
    void sequencesHandOutNumbersOnMariaDb(Target target) {
        try (Fixture f = setUp(target)) {
            f.run(new DropSequence("sql_seq", true));
            f.run(new CreateSequence("sql_seq", 1, 50));
            Select next = Select.of(null, new NextValue("sql_seq"));

            List<Long> values = Stream.of(1, 2, 3).map(i -> ((Number) f.run(next).scalar()).longValue()).toList();

            assertThat(values).containsExactly(1L, 51L, 101L);
            f.run(new DropSequence("sql_seq", false));
        }
    }
}
