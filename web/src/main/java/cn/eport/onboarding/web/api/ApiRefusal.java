package cn.eport.onboarding.web.api;

/**
 * A refusal of a client's request, answered as it stands by {@code ApiRefusalMapper}: a problem with
 * its status and the text the caller reads.
 */
public final class ApiRefusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Problem problem;

    private ApiRefusal(Problem problem) {
        super(problem.detail(), null, false, false);
        this.problem = problem;
    }

    public static ApiRefusal of(Problem problem) {
        return new ApiRefusal(problem);
    }

    public Problem problem() {
        return problem;
    }
}
