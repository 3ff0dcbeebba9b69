package cn.eport.onboarding.web.api.mapping;

import cn.eport.onboarding.web.api.ApiLanguage;
import cn.eport.onboarding.web.api.Problem;
import cn.eport.onboarding.workflow.IllegalTransitionException;
import jakarta.ws.rs.ext.Provider;

/** The application's status does not allow the action (declaring a declared one, deleting one under review): 409. */
@Provider
public class IllegalTransitionMapper extends LocalizedProblemMapper<IllegalTransitionException> {

    @Override
    protected Problem problem(IllegalTransitionException exception, ApiLanguage language) {
        return of(language, 409, "illegal-transition", "api.problem.illegalTransition");
    }
}
