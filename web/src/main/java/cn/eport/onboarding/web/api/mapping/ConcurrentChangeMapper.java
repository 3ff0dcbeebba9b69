package cn.eport.onboarding.web.api.mapping;

import cn.eport.onboarding.enterprise.ConcurrentChangeException;
import cn.eport.onboarding.web.api.ApiLanguage;
import cn.eport.onboarding.web.api.Problem;
import jakarta.ws.rs.ext.Provider;

/** The record changed since the client read it (its version is older than the one sent, as If-Match or in the body): 412, read it again. */
@Provider
public class ConcurrentChangeMapper extends LocalizedProblemMapper<ConcurrentChangeException> {

    @Override
    protected Problem problem(ConcurrentChangeException exception, ApiLanguage language) {
        return of(language, 412, "concurrent-change", "api.problem.concurrentChange");
    }
}
