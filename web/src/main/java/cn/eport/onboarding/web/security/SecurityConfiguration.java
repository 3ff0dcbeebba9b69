package cn.eport.onboarding.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Form login on our own JSF page (F-1), backed by {@link AccountIdentityStore}. Unauthenticated
 * requests for a protected page are redirected to /login and continue there after login.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login", errorPage = "", useForwardToLogin = false))
@DeclareRoles({"ENTERPRISE", "REVIEWER", "BATCH_OPERATOR", "ADMIN"})
@ApplicationScoped
public class SecurityConfiguration {
}
