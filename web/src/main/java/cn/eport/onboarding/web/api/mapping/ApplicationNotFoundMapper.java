package cn.eport.onboarding.web.api.mapping;

import cn.eport.onboarding.enterprise.ApplicationNotFoundException;
import cn.eport.onboarding.web.api.ApiLanguage;
import cn.eport.onboarding.web.api.Problem;
import jakarta.ws.rs.ext.Provider;

/** No such application of the caller's enterprise (none, or another's: the same answer): 404. */
@Provider
public class ApplicationNotFoundMapper extends LocalizedProblemMapper<ApplicationNotFoundException> {

    public static final String NOT_FOUND = "not-found";

    @Override
    protected Problem problem(ApplicationNotFoundException exception, ApiLanguage language) {
        return of(language, 404, NOT_FOUND, "api.problem.notFound");
    }
}
