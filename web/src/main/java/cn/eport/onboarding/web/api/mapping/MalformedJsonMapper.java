package cn.eport.onboarding.web.api.mapping;

import cn.eport.onboarding.web.api.ApiLanguage;
import cn.eport.onboarding.web.api.Problem;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ext.Provider;

/** A request body that is not JSON of the expected shape: 400, not the 500 of an unexpected failure. */
@Provider
public class MalformedJsonMapper extends LocalizedProblemMapper<JsonbException> {

    @Override
    protected Problem problem(JsonbException exception, ApiLanguage language) {
        return malformed(language);
    }

    static Problem malformed(ApiLanguage language) {
        return of(language, 400, "malformed-json", "api.problem.malformedJson");
    }
}
