package dev.athanor.core.error;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ErrorMessageTest {

    @Test
    void rendersCodeTitleWhatDetailsAndWhatToDo() {
        ErrorMessage message = ErrorMessage.of(ErrorCode.UNIQUE_VIOLATION, "row 3")
                .detail("SQL", "insert into t (x) values (?)")
                .detail("database said", "UNIQUE constraint failed: t.x");

        assertThat(message.render()).isEqualTo("""
                ATH-2001 Unique constraint violated: row 3
                  SQL: insert into t (x) values (?)
                  database said: UNIQUE constraint failed: t.x
                  what to do: A row with the same key already exists: update it instead, or choose another value.""");
    }

    @Test
    void leavesOutTheColonWhenThereIsNoWhat() {
        assertThat(ErrorMessage.of(ErrorCode.ENGINE_CLOSED, null).render())
                .isEqualTo("ATH-3006 Engine closed\n  what to do: " + ErrorCode.ENGINE_CLOSED.hint());
        assertThat(ErrorMessage.of(ErrorCode.ENGINE_CLOSED, "").render())
                .startsWith("ATH-3006 Engine closed\n");
    }

    @Test
    void skipsNullDetailsAndKeepsTheOrderGiven() {
        String text = ErrorMessage.of(ErrorCode.HOST_UNREACHABLE, null)
                .detail("url", "mysql://u:***@h/db")
                .detail("user", null)
                .detail("database said", "refused")
                .render();

        assertThat(text).doesNotContain("user:");
        assertThat(text.indexOf("url:")).isLessThan(text.indexOf("database said:"));
    }

    @Test
    void aDetailGivenTwiceKeepsTheLastValueInItsFirstPlace() {
        String text = ErrorMessage.of(ErrorCode.DATABASE_ERROR, null)
                .detail("a", 1).detail("b", 2).detail("a", 3)
                .render();

        assertThat(text).contains("  a: 3\n  b: 2\n").doesNotContain("a: 1");
    }

    @Test
    void aHintReplacesTheCodesHintButNullKeepsIt() {
        ErrorMessage specific = ErrorMessage.of(ErrorCode.UNSUPPORTED_SETTING, "x").hint("Use SERIALIZABLE.");
        ErrorMessage general = ErrorMessage.of(ErrorCode.UNSUPPORTED_SETTING, "x").hint(null);

        assertThat(specific.hint()).isEqualTo("Use SERIALIZABLE.");
        assertThat(specific.render()).endsWith("\n  what to do: Use SERIALIZABLE.");
        assertThat(general.hint()).isEqualTo(ErrorCode.UNSUPPORTED_SETTING.hint());
    }

    @Test
    void exceptionsCarryTheRenderedTextCodeAndHint() {
        ErrorMessage message = ErrorMessage.of(ErrorCode.NO_ROW, "0 rows").detail("SQL", "select 1 where 0");

        AthanorException athanor = new AthanorException(message);
        ConfigurationException configuration = new ConfigurationException(message);
        IllegalStateException cause = new IllegalStateException("cause");
        DeadlockError deadlock = new DeadlockError(message, cause);
        LockTimeoutError lockTimeout = new LockTimeoutError(message, cause);

        for (AthanorError error : new AthanorError[] {athanor, configuration, deadlock, lockTimeout}) {
            assertThat(error.code()).isEqualTo(ErrorCode.NO_ROW);
            assertThat(error.hint()).isEqualTo(ErrorCode.NO_ROW.hint());
            assertThat(((Throwable) error).getMessage()).isEqualTo(message.render());
        }
        assertThat(deadlock).hasCause(cause);
        assertThat(lockTimeout).hasCause(cause);
        assertThat(message).hasToString(message.render());
    }
}
