package dev.athanor.core.error;

import jakarta.persistence.PersistenceException;
import java.util.List;

/**
 * The managed classes cannot be mapped. Lists every problem found, not only the first, so that
 * one boot tells the user all there is to fix; thrown before any connection is opened.
 */
public class MappingException extends PersistenceException implements AthanorError {

    private final List<MappingProblem> problems;

    public MappingException(List<MappingProblem> problems) {
        super(render(problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a MappingException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, in the order the classes and attributes were read. */
    public List<MappingProblem> problems() {
        return problems;
    }

    @Override
    public ErrorCode code() {
        return ErrorCode.INVALID_MAPPING;
    }

    @Override
    public String hint() {
        return ErrorCode.INVALID_MAPPING.hint();
    }

    private static String render(List<MappingProblem> problems) {
        StringBuilder text = new StringBuilder(ErrorCode.INVALID_MAPPING.code()).append(' ')
                .append(ErrorCode.INVALID_MAPPING.title()).append(": ").append(problems.size())
                .append(problems.size() == 1 ? " problem" : " problems");
        problems.forEach(problem -> text.append("\n  ").append(problem.render()));
        text.append("\n  what to do: ").append(ErrorCode.INVALID_MAPPING.hint());
        return text.toString();
    }
}
