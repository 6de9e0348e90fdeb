package dev.athanor.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExecutionListenerTest {

    /** Writes what it hears, under its name, to a shared list. */
    private record Recorder(String name, boolean rows, List<String> heard) implements ExecutionListener {
        @Override
        public void statementExecuted(StatementEvent event) {
            heard.add(name + " " + event.sql());
        }

        @Override
        public boolean wantsRows() {
            return rows;
        }

        @Override
        public void rowRead(Row row) {
            heard.add(name + " row");
        }

        @Override
        public void transaction(TransactionEvent event) {
            heard.add(name + " " + event.kind());
        }
    }

    private static final StatementEvent STATEMENT = new StatementEvent("select 1", List.of(List.of()), false, 1, 1, 1);
    private static final Row ROW = new Row(new Columns(List.of("a")), new Object[] {1});

    @Test
    void aCompoundTellsEveryListenerInOrder() {
        List<String> heard = new ArrayList<>();
        ExecutionListener compound = ExecutionListener.compound(List.of(new Recorder("a", false, heard),
                new Recorder("b", false, heard)));

        compound.statementExecuted(STATEMENT);
        compound.transaction(new TransactionEvent(TransactionEvent.Kind.COMMIT, 5, 1));

        assertThat(heard).containsExactly("a select 1", "b select 1", "a COMMIT", "b COMMIT");
    }

    @Test
    void rowsGoOnlyToListenersThatWantThem() {
        List<String> heard = new ArrayList<>();
        ExecutionListener compound = ExecutionListener.compound(List.of(new Recorder("a", false, heard),
                new Recorder("b", true, heard)));

        compound.rowRead(ROW);

        assertThat(compound.wantsRows()).isTrue();
        assertThat(heard).containsExactly("b row");
    }

    @Test
    void nobodyWantsRowsUnlessOneDoes() {
        List<String> heard = new ArrayList<>();

        assertThat(ExecutionListener.compound(List.of(new Recorder("a", false, heard),
                new Recorder("b", false, heard))).wantsRows()).isFalse();
    }

    @Test
    void noOpsAndNullsAreSkipped() {
        Recorder only = new Recorder("a", false, new ArrayList<>());

        assertThat(ExecutionListener.compound(List.of())).isSameAs(ExecutionListener.NO_OP);
        assertThat(ExecutionListener.compound(List.of(ExecutionListener.NO_OP))).isSameAs(ExecutionListener.NO_OP);
        assertThat(ExecutionListener.compound(Arrays.asList(null, only, ExecutionListener.NO_OP))).isSameAs(only);
    }

    @Test
    void theNoOpHearsNothingAndWantsNoRows() {
        ExecutionListener.NO_OP.statementExecuted(STATEMENT);
        ExecutionListener.NO_OP.rowRead(ROW);

        assertThat(ExecutionListener.NO_OP.wantsRows()).isFalse();
    }
}
