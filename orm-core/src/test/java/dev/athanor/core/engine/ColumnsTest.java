package dev.athanor.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.core.error.AthanorException;
import dev.athanor.core.error.ErrorCode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnsTest {

    @Test
    void findsLabelsIgnoringCaseFirstOneWinning() {
        Columns columns = new Columns(List.of("Id", "NAME", "id"));

        assertThat(columns.indexOf("id")).isZero();
        assertThat(columns.indexOf("ID")).isZero();
        assertThat(columns.indexOf("name")).isEqualTo(1);
        assertThat(columns.size()).isEqualTo(3);
        assertThat(columns).hasToString("[Id, NAME, id]");
    }

    @Test
    void anUnknownLabelFailsWithTheLabelsAndADidYouMean() {
        Columns columns = new Columns(List.of("created_at", "updated_at"));

        assertThatThrownBy(() -> columns.indexOf("create_at"))
                .isInstanceOfSatisfying(AthanorException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.NO_SUCH_COLUMN);
                    assertThat(e.getMessage()).contains("'create_at'. Did you mean 'created_at'?",
                            "columns: [created_at, updated_at]");
                });
    }

    @Test
    void theLabelsAreACopy() {
        List<String> labels = new ArrayList<>(List.of("a"));
        Columns columns = new Columns(labels);

        labels.add("b");

        assertThat(columns.labels()).containsExactly("a");
    }
}
