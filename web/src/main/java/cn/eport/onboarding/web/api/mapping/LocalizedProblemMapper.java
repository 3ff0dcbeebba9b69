package cn.eport.onboarding.web.api.mapping;

import cn.eport.onboarding.web.api.ApiLanguage;
import cn.eport.onboarding.web.api.ApiProblems;
import cn.eport.onboarding.web.api.Problem;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

import java.util.Locale;

/**
 * A service's refusal as a problem in the caller's language ({@code Accept-Language}): what every
 * mapper of this package shares. The services' own exceptions never reach the 500 mapper.
 */
abstract class LocalizedProblemMapper<E extends Throwable> implements ExceptionMapper<E> {

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(E exception) {
        return problem(exception, ApiLanguage.from(headers)).response();
    }

    protected abstract Problem problem(E exception, ApiLanguage language);

    protected static Problem of(ApiLanguage language, int status, String code, String key, Object... arguments) {
        return ApiProblems.of(language, status, code, key, arguments);
    }

    /** An enum constant as a problem code: {@code TOO_LARGE} → {@code too-large}. */
    protected static String code(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
