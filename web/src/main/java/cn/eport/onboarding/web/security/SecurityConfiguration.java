package cn.eport.onboarding.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Form login on our own JSF page (F-1), backed by {@link AccountIdentityStore}. An unauthenticated
 * request for a protected page gets the login page in its place (a forward, so the page keeps the
 * address asked for); after login the user continues there (see LoginBacking).
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login", errorPage = "", useForwardToLogin = true))
@DeclareRoles({"ENTERPRISE", "REVIEWER", "BATCH_OPERATOR", "ADMIN"})
@ApplicationScoped
public class SecurityConfiguration {
}
