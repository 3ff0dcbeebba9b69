package cn.eport.onboarding.web.security;

import cn.eport.onboarding.apitoken.ApiTokenCaller;
import cn.eport.onboarding.apitoken.ApiTokenService;
import cn.eport.onboarding.account.Role;
import cn.eport.onboarding.web.api.ApiLanguage;
import cn.eport.onboarding.web.api.Problems;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.omnifaces.util.Servlets;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Where every request's caller comes from (F-1; ADR 0015). The login page authenticates through
 * {@code SecurityContext.authenticate} with the typed credential, which {@link AccountIdentityStore}
 * checks (lock-out included); on success the session gets a new id and keeps the caller. Later
 * requests are that caller only when their session id came from the cookie: a session id in the
 * URL is refused outright (400), so no page is ever served from it. A protected URL without a caller
 * is answered here, before any page runs: the REST API with 401 and a JSON problem, a Faces Ajax
 * request with an Ajax redirect, any other request with 303 to the login page, which continues to
 * the page asked for after login ({@link ContinueTarget}). The batch API ({@code /api/batch/}) also
 * takes HTTP Basic, for scripts (ADR 0021), and only there. The token API ({@code /api/v1/}) takes
 * personal API tokens ({@code Authorization: Bearer}) and nothing else, not even a session (ADR 0030):
 * stateless, and without a cookie nothing there can be forged cross-site.
 */
@ApplicationScoped
@DeclareRoles({"ENTERPRISE", "REVIEWER", "SUPERVISOR", "BATCH_OPERATOR", "ADMIN"})
public class SessionAuthenticationMechanism implements HttpAuthenticationMechanism {

    /** Where the REST API lives inside the application (see RestApplication). */
    static final String API = "/api";
    /** The part of the API for other systems, with personal API tokens only. */
    static final String TOKEN_API = API + "/v1";
    private static final String URL_SESSION_ID = ";jsessionid=";

    @Inject
    private IdentityStoreHandler identityStores;

    @Inject
    private ApiTokenService apiTokens;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        try {
            if (carriesSessionIdInUrl(request)) {
                return refuseUrlSessionId(request, response);
            }
            if (isTokenApi(request)) {
                return tokenCaller(request, response, context);
            }
            Credential credential = context.getAuthParameters().getCredential();
            if (credential != null) {
                return login(request, context, identityStores.validate(credential));
            }
            Optional<UsernamePasswordCredential> basic = BasicCredentials.of(request);
            if (basic.isPresent() && isBatchApi(request)) {
                return scriptCaller(request, response, context, identityStores.validate(basic.get()));
            }
            Optional<SignedInCaller> caller = SignedInCaller.of(sessionFromCookie(request));
            if (caller.isPresent()) {
                return context.notifyContainerAboutLogin(caller.get().name(), caller.get().groups());
            }
            return context.isProtected() ? askForLogin(request, response) : context.doNothing();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Logout (HttpServletRequest.logout): the session no longer names a caller. */
    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            SignedInCaller.forget(session);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }

    private static AuthenticationStatus login(HttpServletRequest request, HttpMessageContext context,
                                              CredentialValidationResult result) {
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        // A session id known before login (possibly planted) never becomes an authenticated one.
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        SignedInCaller caller = SignedInCaller.remember(request.getSession(), result);
        return context.notifyContainerAboutLogin(caller.name(), caller.groups());
    }

    /**
     * A script calling the batch API with HTTP Basic (ADR 0021): the same identity store (hashing,
     * lock-out), no session; a refused login is 401 like a missing one.
     */
    private static AuthenticationStatus scriptCaller(HttpServletRequest request, HttpServletResponse response,
                                                     HttpMessageContext context, CredentialValidationResult result)
            throws IOException {
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            SecurityHeaders.applyTo(request, response);
            Problems.write(response, HttpServletResponse.SC_UNAUTHORIZED, "Wrong username or password, or the account is locked");
            return AuthenticationStatus.SEND_FAILURE;
        }
        return context.notifyContainerAboutLogin(result);
    }

    /**
     * A system calling the token API: the token's account with its roles, or 401 with one answer for
     * every refusal (no header, not a token, unknown, revoked, expired, account locked), so the answer
     * tells nothing about which. No session is made or read.
     */
    private AuthenticationStatus tokenCaller(HttpServletRequest request, HttpServletResponse response,
                                             HttpMessageContext context) throws IOException {
        Optional<ApiTokenCaller> caller = BearerToken.of(request).flatMap(apiTokens::authenticate);
        if (caller.isPresent()) {
            return context.notifyContainerAboutLogin(caller.get().username(),
                    caller.get().roles().stream().map(Role::name).collect(Collectors.toSet()));
        }
        SecurityHeaders.applyTo(request, response);
        response.setHeader("WWW-Authenticate", "Bearer");
        Problems.write(response, HttpServletResponse.SC_UNAUTHORIZED,
                ApiLanguage.of(request.getHeader("Accept-Language")).text("api.problem.token"));
        return AuthenticationStatus.SEND_FAILURE;
    }

    /** The request's session, only when its id came from the session cookie (never from the URL). */
    private static HttpSession sessionFromCookie(HttpServletRequest request) {
        if (request.getRequestedSessionId() == null || !request.isRequestedSessionIdFromCookie()
                || !request.isRequestedSessionIdValid()) {
            return null;
        }
        return request.getSession(false);
    }

    static boolean carriesSessionIdInUrl(HttpServletRequest request) {
        return request.isRequestedSessionIdFromURL()
                || request.getRequestURI().toLowerCase(Locale.ROOT).contains(URL_SESSION_ID);
    }

    private static AuthenticationStatus refuseUrlSessionId(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        SecurityHeaders.applyTo(request, response);
        if (isApi(request)) {
            Problems.write(response, HttpServletResponse.SC_BAD_REQUEST, "Session ids are accepted from the cookie only");
        } else {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static AuthenticationStatus askForLogin(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        // answered before any filter runs: the headers of every other answer (ADR 0014)
        SecurityHeaders.applyTo(request, response);
        if (isApi(request)) {
            Problems.write(response, HttpServletResponse.SC_UNAUTHORIZED, "Log in first: this API needs a session");
            return AuthenticationStatus.SEND_FAILURE;
        }
        String login = ContinueTarget.loginAddress(request.getContextPath(), target(request));
        if (Servlets.isFacesAjaxRequest(request)) {
            // a Faces Ajax request follows only a redirect written into its partial response
            Servlets.facesRedirect(request, response, login);
        } else {
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", login);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    /** The page asked for: its address, with the query of a GET (a form post is continued by opening its page). */
    private static String target(HttpServletRequest request) {
        String query = request.getQueryString();
        boolean get = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        return request.getRequestURI() + (get && query != null ? "?" + query : "");
    }

    /** The batch API, the one place that accepts HTTP Basic (scripts: batch-job.sh). */
    static boolean isBatchApi(HttpServletRequest request) {
        String batchApi = request.getContextPath() + API + "/batch/";
        return request.getRequestURI().startsWith(batchApi);
    }

    /** The token API, which takes bearer tokens only. */
    static boolean isTokenApi(HttpServletRequest request) {
        String tokenApi = request.getContextPath() + TOKEN_API;
        return request.getRequestURI().equals(tokenApi) || request.getRequestURI().startsWith(tokenApi + "/");
    }

    static boolean isApi(HttpServletRequest request) {
        String api = request.getContextPath() + API;
        return request.getRequestURI().equals(api) || request.getRequestURI().startsWith(api + "/");
    }
}
