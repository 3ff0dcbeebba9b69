package cn.eport.onboarding.web.api.mapping;

import cn.eport.onboarding.enterprise.ConcurrentChangeException;
import cn.eport.onboarding.web.api.ApiLanguage;
import cn.eport.onboarding.web.api.Problem;
import jakarta.ws.rs.ext.Provider;

/** The record changed since the client read it (its version is old): 409, read it again. */
@Provider
public class ConcurrentChangeMapper extends LocalizedProblemMapper<ConcurrentChangeException> {

    @Override
    protected Problem problem(ConcurrentChangeException exception, ApiLanguage language) {
        return of(language, 409, "concurrent-change", "api.problem.concurrentChange");
    }
}
