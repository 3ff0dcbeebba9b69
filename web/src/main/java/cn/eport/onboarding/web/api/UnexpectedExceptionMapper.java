package cn.eport.onboarding.web.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.logging.Level;
import java.util.logging.Logger;

/** Any other failure of an API request: logged here, answered with a bare 500 problem (no class names). */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Override
    public Response toResponse(Throwable exception) {
        LOG.log(Level.SEVERE, "API request failed", exception);
        return Problem.of(Response.Status.INTERNAL_SERVER_ERROR.getStatusCode(), null).response();
    }
}
