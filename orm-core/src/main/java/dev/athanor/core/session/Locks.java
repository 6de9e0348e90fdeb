package dev.athanor.core.session;

import dev.athanor.core.engine.Row;
import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.error.ErrorMessage;
import dev.athanor.core.sql.render.RenderedSql;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import java.util.List;

/**
 * The lock modes of the specification. Optimistic ones are recorded and honoured at flush (a
 * version check, or a version increment); pessimistic ones lock the row now with
 * {@code SELECT ... FOR UPDATE} where the database has row locks. SQLite has none: its writing
 * transaction locks the whole database, which is at least as strong once the transaction writes.
 */
final class Locks {

    private Locks() {
    }

    static boolean pessimistic(LockModeType mode) {
        return mode == LockModeType.PESSIMISTIC_READ || mode == LockModeType.PESSIMISTIC_WRITE
                || mode == LockModeType.PESSIMISTIC_FORCE_INCREMENT;
    }

    private static boolean incrementing(LockModeType mode) {
        return mode == LockModeType.OPTIMISTIC_FORCE_INCREMENT || mode == LockModeType.WRITE
                || mode == LockModeType.PESSIMISTIC_FORCE_INCREMENT;
    }

    /** Applies {@code mode} to a managed entry; {@code rowLocked} when the SELECT that loaded it locked it already. */
    static void apply(Session session, EntityEntry entry, LockModeType mode, boolean rowLocked) {
        if (mode == LockModeType.NONE) {
            return;
        }
        boolean versioned = entry.persister.versionSlot() >= 0;
        if (!versioned && mode != LockModeType.PESSIMISTIC_READ && mode != LockModeType.PESSIMISTIC_WRITE) {
            throw new PersistenceException(ErrorMessage.of(ErrorCode.UNSUPPORTED_OPERATION, "lock mode " + mode
                    + " needs a @Version attribute and " + entry.persister.entity().name() + " has none")
                    .hint("Add a @Version attribute, or use PESSIMISTIC_WRITE.").render());
        }
        if (pessimistic(mode) && !rowLocked && entry.inDatabase) {
            lockRow(session, entry);
        }
        if (incrementing(mode)) {
            entry.forceIncrement = true;
        }
        entry.lock = mode;
    }

    /** Locks the row and, for a versioned entity, checks that it is still at the version read. */
    private static void lockRow(Session session, EntityEntry entry) {
        EntityPersister persister = entry.persister;
        RenderedSql sql = persister.lockRow();
        List<Row> rows = session.withConnection(c -> c.execute(sql.sql(), sql.bind(entry.id)).all());
        if (rows.isEmpty()) {
            throw SessionErrors.notFound(persister.entity().name(), entry.id, "lock(): the row was deleted");
        }
        int versionSlot = persister.versionSlot();
        if (versionSlot >= 0) {
            Object current = persister.versionColumnValue(rows.get(0), 0);
            if (EntityColumns.changed(entry.before(versionSlot), current)) {
                throw SessionErrors.stale(entry.instance, persister.entity().name(), entry.id,
                        entry.before(versionSlot), "lock()");
            }
        }
    }
}
