package dev.athanor.core.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.PersistenceException;
import java.util.List;
import org.junit.jupiter.api.Test;

class MappingExceptionTest {

    @Test
    void listsEveryProblemWithWhereAndWhatToDo() {
        MappingException e = new MappingException(List.of(
                new MappingProblem(ErrorCode.MISSING_ID, "shop.Order", null, "the entity has no @Id attribute", null),
                new MappingProblem(ErrorCode.UNSUPPORTED_VERSION_TYPE, "shop.Item", "version",
                        "@Version is of type java.lang.String", "Use a long.")));

        assertThat(e).isInstanceOf(PersistenceException.class);
        assertThat(e.code()).isEqualTo(ErrorCode.INVALID_MAPPING);
        assertThat(e.getMessage()).isEqualTo("""
                ATH-5001 Invalid entity mapping: 2 problems
                  ATH-5002 shop.Order: the entity has no @Id attribute
                      what to do: Annotate one field (or getter) of the entity or of its @MappedSuperclass with @Id.
                  ATH-5005 shop.Item.version: @Version is of type java.lang.String
                      what to do: Use a long.
                  what to do: Fix each problem listed above; every line names the class and the attribute.""");
        assertThat(e.problems()).extracting(MappingProblem::where).containsExactly("shop.Order", "shop.Item.version");
    }

    @Test
    void needsAtLeastOneProblem() {
        assertThatThrownBy(() -> new MappingException(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
