package cn.eport.onboarding.web.api.mapping;

import cn.eport.onboarding.declaration.sealed.SealedNotFoundException;
import cn.eport.onboarding.web.api.ApiLanguage;
import cn.eport.onboarding.web.api.Problem;
import jakarta.ws.rs.ext.Provider;

/** No sealed PDF of the caller's enterprise by that id: the same 404 as an unknown application. */
@Provider
public class SealedNotFoundMapper extends LocalizedProblemMapper<SealedNotFoundException> {

    @Override
    protected Problem problem(SealedNotFoundException exception, ApiLanguage language) {
        return of(language, 404, ApplicationNotFoundMapper.NOT_FOUND, "api.problem.notFound");
    }
}
