package cn.eport.onboarding.web.api.mapping;

import cn.eport.onboarding.web.api.ApiLanguage;
import cn.eport.onboarding.web.api.Problem;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.ext.Provider;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The JSON binding wraps a body it cannot read into a processing failure: that is the client's
 * malformed JSON (400); any other processing failure is the server's (logged, a bare 500).
 */
@Provider
public class UnreadableBodyMapper extends LocalizedProblemMapper<ProcessingException> {

    private static final Logger LOG = Logger.getLogger(UnreadableBodyMapper.class.getName());

    @Override
    protected Problem problem(ProcessingException exception, ApiLanguage language) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonbException) {
                return MalformedJsonMapper.malformed(language);
            }
        }
        LOG.log(Level.SEVERE, "API request failed", exception);
        return Problem.of(500, null);
    }
}
