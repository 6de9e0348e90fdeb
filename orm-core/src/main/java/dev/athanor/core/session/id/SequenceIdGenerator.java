package dev.athanor.core.session.id;

import dev.athanor.core.dialect.Dialect;
import dev.athanor.core.engine.Engine;
import dev.athanor.core.schema.SchemaGenerator;
import dev.athanor.core.sql.ast.Arithmetic;
import dev.athanor.core.sql.ast.Assignment;
import dev.athanor.core.sql.ast.BindParam;
import dev.athanor.core.sql.ast.ColumnRef;
import dev.athanor.core.sql.ast.NextValue;
import dev.athanor.core.sql.ast.Select;
import dev.athanor.core.sql.ast.TableRef;
import dev.athanor.core.sql.ast.Update;
import dev.athanor.core.sql.render.RenderedSql;
import java.util.List;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * Ids from a sequence, {@code allocationSize} per round trip ("pooled" allocation).
 *
 * <p>Where the database has sequences (MariaDB), one {@code SELECT NEXT VALUE FOR seq} returns
 * {@code v}; the schema creates the sequence {@code START WITH initialValue INCREMENT BY
 * allocationSize}, so {@code v} is the first value of the block {@code [v .. v + allocationSize - 1]}.
 * Elsewhere (SQLite, MySQL) the sequence is a one-row table {@code seq(next_val)} starting at
 * {@code initialValue}; see {@link CounterRow}: the block is the values from the row's old value
 * up to, not including, its new one. Either way the first id handed out is {@code initialValue}
 * and the blocks of two engines over one database never overlap.
 *
 * <p>No connection is opened until the first id is asked for.
 */
public final class SequenceIdGenerator implements IdGenerator {

    private static final String EMULATED_VALUE_COLUMN = SchemaGenerator.SEQUENCE_TABLE_COLUMN;

    private final Engine engine;
    private final String sequence;
    private final IdBlock block;
    private final GeneratorUsers users;
    private LongSupplier reserve;

    SequenceIdGenerator(Engine engine, String sequence, int allocationSize, GeneratorUsers users) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.sequence = Objects.requireNonNull(sequence, "sequence");
        this.block = new IdBlock(allocationSize);
        this.users = users;
    }

    /** A generator over the sequence {@code sequence}, handing out {@code allocationSize} ids per round trip. */
    public static SequenceIdGenerator of(Engine engine, String sequence, int allocationSize) {
        return new SequenceIdGenerator(engine, sequence, allocationSize,
                new GeneratorUsers("sequence " + sequence, List.of()));
    }

    @Override
    public Object next() {
        return nextValue();
    }

    /** The next id as a long. */
    public long nextValue() {
        return block.next(() -> reserve().getAsLong());
    }

    public int allocationSize() {
        return block.size();
    }

    /** Runs under the block's lock, so it needs none of its own. */
    private LongSupplier reserve() {
        if (reserve == null) {
            Dialect dialect = Dialect.connectedTo(engine);
            reserve = dialect.capabilities().sequences() ? nativeSequence(dialect) : emulated(dialect);
        }
        return reserve;
    }

    private LongSupplier nativeSequence(Dialect dialect) {
        RenderedSql next = dialect.renderer().render(Select.of((TableRef) null, new NextValue(sequence)));
        return () -> {
            try {
                return engine.execute(next.sql(), next.binds().toArray()).scalar(Long.class);
            } catch (RuntimeException e) {
                throw users.failed(e);
            }
        };
    }

    private LongSupplier emulated(Dialect dialect) {
        ColumnRef value = ColumnRef.of(EMULATED_VALUE_COLUMN);
        Update update = new Update(sequence, List.of(Assignment.of(EMULATED_VALUE_COLUMN,
                new Arithmetic(value, Arithmetic.Operator.ADD, BindParam.of((long) block.size())))), null);
        Select select = Select.of(TableRef.of(sequence, null), value);
        CounterRow row = new CounterRow(engine, dialect.renderer().render(update), dialect.renderer().render(select),
                block.size(), users);
        return row::advance;
    }

    @Override
    public String toString() {
        return "SequenceIdGenerator[" + sequence + ", allocationSize " + block.size() + "]";
    }
}
