package cn.eport.onboarding.web.session;

import cn.eport.onboarding.web.api.Problem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code POST /eport/api/session/keep-alive}: the 【继续】 of the session-timeout warning. The
 * request itself counts as activity, so the session's inactivity clock starts again; the answer
 * tells the page how long it now has. Without a logged-in session the answer is 401 (a problem,
 * see SessionAuthenticationMechanism), which the script reads as "expired".
 */
@Path("session")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {

    /** What the page's script needs: seconds until the session times out without further activity. */
    public record KeepAlive(int remainingSeconds) {
    }

    @Context
    private HttpServletRequest request;

    @POST
    @Path("keep-alive")
    public Response keepAlive() {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return Problem.of(Response.Status.UNAUTHORIZED.getStatusCode(), "No session").response();
        }
        return Response.ok(new KeepAlive(session.getMaxInactiveInterval())).build();
    }
}
