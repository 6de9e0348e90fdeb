package dev.athanor.it.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.core.engine.Engine;
import dev.athanor.core.engine.EngineConnection;
import dev.athanor.core.engine.Transaction;
import dev.athanor.core.error.AthanorError;
import dev.athanor.core.error.ErrorCode;
import dev.athanor.it.Target;
import dev.athanor.it.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Transactions: what commits is there, what does not is not, checked with plain JDBC. */
class TransactionIT {

    @TempDir
    Path tempDir;

    private TestDatabase setUp(Target target) {
        TestDatabase db = TestDatabase.open(target, tempDir);
        db.sql("DROP TABLE IF EXISTS account",
                "CREATE TABLE account (id INT PRIMARY KEY, balance INT NOT NULL)",
                "INSERT INTO account (id, balance) VALUES (1, 100), (2, 0)");
        return db;
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void committedTransferIsVisibleToOtherConnections(Target target) {
        try (TestDatabase db = setUp(target)) {
            Engine engine = db.engine();
            try (Transaction tx = engine.begin()) {
                tx.execute("update account set balance = balance - ? where id = ?", 30, 1);
                tx.execute("update account set balance = balance + ? where id = ?", 30, 2);
                tx.commit();
                assertThat(tx.isActive()).isFalse();
            }
            assertThat(db.count("select balance from account where id = 1")).isEqualTo(70);
            assertThat(db.count("select balance from account where id = 2")).isEqualTo(30);
            assertThat(engine.poolStats().active()).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void closingWithoutCommitRollsBack(Target target) {
        try (TestDatabase db = setUp(target)) {
            Engine engine = db.engine();
            try (Transaction tx = engine.begin()) {
                tx.execute("update account set balance = 0 where id = 1");
                tx.execute("insert into account (id, balance) values (3, 5)");
            }
            assertThat(db.count("select balance from account where id = 1")).isEqualTo(100);
            assertThat(db.count("select count(*) from account")).isEqualTo(2);
            assertThat(engine.poolStats().active()).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void inTransactionCommitsWhenTheWorkReturnsAndRollsBackWhenItThrows(Target target) {
        try (TestDatabase db = setUp(target)) {
            Engine engine = db.engine();
            engine.inTransaction(conn -> conn.execute("update account set balance = 1 where id = 2"));
            assertThat(db.count("select balance from account where id = 2")).isEqualTo(1);

            assertThatThrownBy(() -> engine.inTransaction(conn -> {
                conn.execute("update account set balance = 999 where id = 2");
                conn.execute("insert into account (id, balance) values (1, 0)"); // duplicate key
            })).satisfies(e -> assertThat(((AthanorError) e).code()).isEqualTo(ErrorCode.UNIQUE_VIOLATION));
            assertThat(db.count("select balance from account where id = 2")).isEqualTo(1);

            Long total = engine.callInTransaction(conn -> conn.execute("select sum(balance) from account")
                    .scalar(Long.class));
            assertThat(total).isEqualTo(101L);
            assertThat(engine.poolStats().active()).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void aTransactionOnABorrowedConnectionLeavesTheConnectionOpen(Target target) {
        try (TestDatabase db = setUp(target)) {
            Engine engine = db.engine();
            try (EngineConnection connection = engine.connect()) {
                try (Transaction tx = connection.begin()) {
                    tx.execute("update account set balance = 5 where id = 2");
                    assertThatThrownBy(connection::begin).satisfies(e -> assertThat(((AthanorError) e).code())
                            .isEqualTo(ErrorCode.TRANSACTION_ACTIVE));
                    tx.rollback();
                    assertThatThrownBy(tx::commit).satisfies(e -> assertThat(((AthanorError) e).code())
                            .isEqualTo(ErrorCode.TRANSACTION_INACTIVE)).hasMessageContaining("rolled back");
                }
                assertThat(connection.isClosed()).isFalse();
                assertThat(connection.inTransaction()).isFalse();
                connection.execute("update account set balance = 6 where id = 2"); // autocommit again
            }
            assertThat(db.count("select balance from account where id = 2")).isEqualTo(6);
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void closingAConnectionRollsBackItsOpenTransaction(Target target) {
        try (TestDatabase db = setUp(target)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Engine engine = db.track(db.target() == Target.SQLITE_MEMORY ? db.engine()
                    : db.builder().echo(true).echoTo(new PrintStream(out, true, StandardCharsets.UTF_8)).build());
            try (EngineConnection connection = engine.connect()) {
                connection.begin();
                connection.execute("delete from account");
            }
            assertThat(db.count("select count(*) from account")).isEqualTo(2);
            if (target != Target.SQLITE_MEMORY) {
                String echo = out.toString(StandardCharsets.UTF_8);
                assertThat(echo).contains("[athanor.TXN] BEGIN").contains("[athanor.TXN] ROLLBACK")
                        .doesNotContain("COMMIT");
            }
        }
    }
}
