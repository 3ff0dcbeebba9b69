package cn.eport.onboarding.web.security;

import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpSession;

import java.io.Serializable;
import java.util.Optional;
import java.util.Set;

/**
 * The caller a session was logged in as: kept in the session by {@link SessionAuthenticationMechanism}
 * at login and handed to the container again on each request of that session.
 *
 * @param name   the username
 * @param groups the account's roles, as the identity store named them
 */
record SignedInCaller(String name, Set<String> groups) implements Serializable {

    private static final String ATTRIBUTE = SignedInCaller.class.getName();

    SignedInCaller {
        groups = Set.copyOf(groups);
    }

    static SignedInCaller remember(HttpSession session, CredentialValidationResult result) {
        SignedInCaller caller = new SignedInCaller(result.getCallerPrincipal().getName(), result.getCallerGroups());
        session.setAttribute(ATTRIBUTE, caller);
        return caller;
    }

    static Optional<SignedInCaller> of(HttpSession session) {
        return session == null ? Optional.empty()
                : Optional.ofNullable(session.getAttribute(ATTRIBUTE)).map(SignedInCaller.class::cast);
    }

    static void forget(HttpSession session) {
        session.removeAttribute(ATTRIBUTE);
    }
}
