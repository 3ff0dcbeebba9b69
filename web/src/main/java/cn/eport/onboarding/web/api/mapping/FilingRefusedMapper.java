package cn.eport.onboarding.web.api.mapping;

import cn.eport.onboarding.filing.FilingCheck;
import cn.eport.onboarding.filing.FilingRefusedException;
import cn.eport.onboarding.web.api.ApiLanguage;
import cn.eport.onboarding.web.api.Problem;
import cn.eport.onboarding.web.filing.FilingTexts;
import jakarta.ws.rs.ext.Provider;

/**
 * A filing refused before its fields were checked, with the page's message: 422 {@code filing-blocked}
 * when a precondition is not met (what to do first), 503 {@code directory-unavailable} when a directory
 * that decides could not be reached (try again later).
 */
@Provider
public class FilingRefusedMapper extends LocalizedProblemMapper<FilingRefusedException> {

    @Override
    protected Problem problem(FilingRefusedException exception, ApiLanguage language) {
        String detail = FilingTexts.of(exception.check(), language::text);
        boolean unavailable = exception.check() instanceof FilingCheck.Unavailable;
        return Problem.of(unavailable ? 503 : Problem.UNPROCESSABLE_CONTENT, detail)
                .withCode(unavailable ? "directory-unavailable" : "filing-blocked");
    }
}
