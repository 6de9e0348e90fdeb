package dev.athanor.core.meta.build;

import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.error.MappingException;
import dev.athanor.core.error.MappingProblem;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Collects what is wrong while the metadata is read, so that the build goes on to the end and
 * reports every problem in one {@link MappingException}.
 */
final class MappingProblems {

    // a set: an embeddable embedded twice must not report its problems twice
    private final Set<MappingProblem> problems = new LinkedHashSet<>();

    /** A problem of class {@code type}, with the code's general hint. */
    void add(ErrorCode code, Class<?> type, String attribute, String what) {
        add(code, type, attribute, what, null);
    }

    void add(ErrorCode code, Class<?> type, String attribute, String what, String hint) {
        problems.add(new MappingProblem(code, type.getName(), attribute, what, hint));
    }

    /** A problem of a class known only by name (one a mapping file names). */
    void add(ErrorCode code, String typeName, String attribute, String what, String hint) {
        problems.add(new MappingProblem(code, typeName, attribute, what, hint));
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    List<MappingProblem> list() {
        return List.copyOf(problems);
    }

    /** Throws one exception listing every problem, if any was found. */
    void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new MappingException(List.copyOf(problems));
        }
    }
}
