package cn.eport.onboarding.web.api.mapping;

import cn.eport.onboarding.web.api.ApiLanguage;
import cn.eport.onboarding.web.api.Problem;
import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.ext.Provider;

/** A service the caller's role may not use (its @RolesAllowed): 403, never a 500. */
@Provider
public class AccessDeniedMapper extends LocalizedProblemMapper<EJBAccessException> {

    @Override
    protected Problem problem(EJBAccessException exception, ApiLanguage language) {
        return of(language, 403, "forbidden", "api.problem.forbidden");
    }
}
