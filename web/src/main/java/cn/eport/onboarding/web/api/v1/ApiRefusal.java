package cn.eport.onboarding.web.api.v1;

import cn.eport.onboarding.web.api.Problem;
import jakarta.ws.rs.WebApplicationException;

/** A refusal of a client's request, answered as it stands: a problem with its status and the text the caller reads. */
public final class ApiRefusal {

    private ApiRefusal() {
    }

    public static WebApplicationException of(int status, String detail) {
        return of(Problem.of(status, detail));
    }

    public static WebApplicationException of(Problem problem) {
        return new WebApplicationException(problem.response());
    }
}
