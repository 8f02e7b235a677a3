package id.sdmi.web;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown by a service's rules to answer with a problem; the mapper turns it into the HTTP response. */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.detail());
        this.problem = problem;
    }

    public ProblemException(ProblemType type, String detail) {
        this(Problem.of(type, detail));
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(ProblemType.NOT_FOUND, what + " does not exist");
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(ProblemType.CONFLICT, detail);
    }

    public static ProblemException invalid(String field, String message) {
        return new ProblemException(Problem.of(ProblemType.VALIDATION_FAILED, field + ": " + message)
                .withErrors(List.of(new Problem.FieldError(field, message))));
    }

    /** 422: the request is well-formed, but a field names something that is not there (a domain, a version, ...). */
    public static ProblemException unprocessable(String field, String message) {
        return new ProblemException(Problem.of(ProblemType.UNPROCESSABLE, field + ": " + message)
                .withErrors(List.of(new Problem.FieldError(field, message))));
    }

    /** A 400 or 422 listing every bad field, its detail joining them. */
    public static ProblemException fields(ProblemType type, List<Problem.FieldError> errors) {
        return new ProblemException(Problem.of(type, errors.stream().map(e -> e.field() + ": " + e.message())
                .collect(Collectors.joining("; "))).withErrors(errors));
    }

    public Problem problem() {
        return problem;
    }
}
