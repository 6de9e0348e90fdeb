package dev.athanor.core.session.id;

import dev.athanor.core.dialect.Dialect;
import dev.athanor.core.engine.Engine;
import dev.athanor.core.meta.IdGeneration;
import dev.athanor.core.sql.ast.Arithmetic;
import dev.athanor.core.sql.ast.Assignment;
import dev.athanor.core.sql.ast.BindParam;
import dev.athanor.core.sql.ast.ColumnRef;
import dev.athanor.core.sql.ast.Comparison;
import dev.athanor.core.sql.ast.Expression;
import dev.athanor.core.sql.ast.Select;
import dev.athanor.core.sql.ast.TableRef;
import dev.athanor.core.sql.ast.Update;
import java.util.List;
import java.util.Objects;

/**
 * Ids from one key's row of a generator table ({@code athanor_sequences(sequence_name, next_val)}
 * unless {@code @TableGenerator} names others), {@code allocationSize} per round trip. The row
 * holds the next value to hand out and starts at {@code initialValue}; each round trip moves it on
 * by a block in a transaction of its own (see {@link CounterRow}), so the first id is
 * {@code initialValue} and the blocks of two engines over one database never overlap.
 *
 * <p>No connection is opened until the first id is asked for.
 */
public final class TableIdGenerator implements IdGenerator {

    private final Engine engine;
    private final IdGeneration.Table table;
    private final IdBlock block;
    private final GeneratorUsers users;
    private CounterRow row;

    TableIdGenerator(Engine engine, IdGeneration.Table table, GeneratorUsers users) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.table = Objects.requireNonNull(table, "table");
        this.block = new IdBlock(table.allocationSize());
        this.users = users;
    }

    /** A generator over the row {@code table.pkColumnValue()} of the table the mapping names. */
    public static TableIdGenerator of(Engine engine, IdGeneration.Table table) {
        return new TableIdGenerator(engine, table, new GeneratorUsers(describe(table), List.of()));
    }

    static String describe(IdGeneration.Table table) {
        return "id generator table " + table.table() + " (row " + table.pkColumnName() + " = '"
                + table.pkColumnValue() + "')";
    }

    @Override
    public Object next() {
        return nextValue();
    }

    /** The next id as a long. */
    public long nextValue() {
        return block.next(() -> row().advance());
    }

    public int allocationSize() {
        return block.size();
    }

    /** Runs under the block's lock, so it needs none of its own. */
    private CounterRow row() {
        if (row == null) {
            Dialect dialect = Dialect.connectedTo(engine);
            ColumnRef value = ColumnRef.of(table.valueColumnName());
            Expression thisKey = Comparison.eq(ColumnRef.of(table.pkColumnName()), BindParam.of(table.pkColumnValue()));
            Update update = new Update(table.table(), List.of(Assignment.of(table.valueColumnName(),
                    new Arithmetic(value, Arithmetic.Operator.ADD, BindParam.of((long) block.size())))), thisKey);
            Select select = Select.of(TableRef.of(table.table(), null), value).withWhere(thisKey);
            row = new CounterRow(engine, dialect.renderer().render(update), dialect.renderer().render(select),
                    block.size(), users);
        }
        return row;
    }

    @Override
    public String toString() {
        return "TableIdGenerator[" + table.table() + "/" + table.pkColumnValue() + ", allocationSize "
                + block.size() + "]";
    }
}
