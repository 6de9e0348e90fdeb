package dev.athanor.core.session.id;

import dev.athanor.core.engine.Engine;
import dev.athanor.core.engine.Transaction;
import dev.athanor.core.sql.render.RenderedSql;

/**
 * A table row holding the next value to hand out: the emulated sequence's single row, or a
 * generator key's row of a TABLE generator. {@link #advance} moves it on by a block with
 * {@code UPDATE ... SET v = v + size} and reads it back, in a short transaction of its own on a
 * connection of its own: the caller's transaction is never involved, so its rollback cannot
 * hand a value out again. The UPDATE locks the row (InnoDB) or the database (SQLite's write
 * transaction) first, so two engines never read the same value.
 */
final class CounterRow {

    private final Engine engine;
    private final RenderedSql update;
    private final RenderedSql select;
    private final int size;
    private final GeneratorUsers users;

    CounterRow(Engine engine, RenderedSql update, RenderedSql select, int size, GeneratorUsers users) {
        this.engine = engine;
        this.update = update;
        this.select = select;
        this.size = size;
        this.users = users;
    }

    /** Reserves the next {@code size} values and returns the first: the value the row held before. */
    long advance() {
        try (Transaction tx = engine.begin()) {
            long changed = tx.execute(update.sql(), update.binds().toArray()).rowCount();
            if (changed != 1) {
                throw users.missing("its row is missing (" + changed + " rows updated)", null);
            }
            Long after = tx.execute(select.sql(), select.binds().toArray()).scalar(Long.class);
            tx.commit();
            return after - size;
        } catch (RuntimeException e) {
            throw users.failed(e);
        }
    }
}
