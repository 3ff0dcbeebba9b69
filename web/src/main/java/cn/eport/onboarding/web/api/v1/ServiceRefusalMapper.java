package cn.eport.onboarding.web.api.v1;

import cn.eport.onboarding.web.api.ApiLanguage;
import cn.eport.onboarding.attachment.AttachmentRefusedException;
import cn.eport.onboarding.enterprise.ApplicationNotFoundException;
import cn.eport.onboarding.enterprise.ConcurrentChangeException;
import cn.eport.onboarding.filing.FilingCheck;
import cn.eport.onboarding.filing.FilingRefusedException;
import cn.eport.onboarding.operator.OperatorRefusedException;
import cn.eport.onboarding.web.api.Problem;
import cn.eport.onboarding.web.api.UnexpectedExceptionMapper;
import cn.eport.onboarding.web.filing.FilingTexts;
import cn.eport.onboarding.workflow.IllegalTransitionException;
import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * The API's own refusals ({@link ApiRefusal}) and the services' refusals as the API's answers, with the texts the pages show in the caller's language:
 * not the caller's (or no such) record 404, changed meanwhile 412, not allowed in its status 409, a
 * filing's failed precondition or a second filing 409 (a directory out of reach 503), an operator refusal 409, an attachment refusal
 * by its reason, not the caller's role 403. Anything else is {@link UnexpectedExceptionMapper}'s.
 */
@Provider
public class ServiceRefusalMapper implements ExceptionMapper<RuntimeException> {

    private final UnexpectedExceptionMapper unexpected = new UnexpectedExceptionMapper();

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(RuntimeException exception) {
        ApiLanguage language = ApiLanguage.of(headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        Problem problem = problem(exception, language);
        return problem == null ? unexpected.toResponse(exception) : problem.response();
    }

    static Problem problem(RuntimeException exception, ApiLanguage language) {
        if (exception instanceof ApiRefusal refusal) {
            return refusal.problem();
        }
        if (exception instanceof ApplicationNotFoundException) {
            return Problem.of(404, language.text("api.refused.notFound"));
        }
        if (exception instanceof ConcurrentChangeException) {
            return Problem.of(412, language.text("common.concurrentChange"));
        }
        if (exception instanceof IllegalTransitionException) {
            return Problem.of(409, language.text("api.refused.status"));
        }
        if (exception instanceof FilingRefusedException refusal) {
            // a directory that decides the precondition could not be reached: try again later
            int status = refusal.check() instanceof FilingCheck.Unavailable ? 503 : 409;
            return Problem.of(status, FilingTexts.of(refusal.check(), language::text));
        }
        if (exception instanceof OperatorRefusedException refusal) {
            return Problem.of(409, language.text(refusal.reason().bundleKey(), language.text("operator.field.idNumber")));
        }
        if (exception instanceof AttachmentRefusedException refusal) {
            return Problem.of(AttachmentStatuses.of(refusal.reason()), language.text(refusal.reason().bundleKey()));
        }
        if (exception instanceof EJBAccessException) {
            return Problem.of(403, language.text("api.refused.role"));
        }
        return null;
    }
}
