package cn.eport.onboarding.web.security;

import cn.eport.onboarding.account.AccountProfile;
import cn.eport.onboarding.account.AccountService;
import cn.eport.onboarding.account.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

import java.security.Principal;
import java.util.EnumSet;
import java.util.Set;

/** The logged-in user as the pages see it (name, roles, enterprise), loaded once per request. */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private AccountService accounts;

    private AccountProfile profile;
    private boolean loaded;

    public AccountProfile getProfile() {
        if (!loaded) {
            Principal principal = securityContext.getCallerPrincipal();
            profile = principal == null ? null : accounts.profile(principal.getName()).orElse(null);
            loaded = true;
        }
        return profile;
    }

    public boolean isLoggedIn() {
        return getProfile() != null;
    }

    public Set<Role> getRoles() {
        return isLoggedIn() ? getProfile().roles() : EnumSet.noneOf(Role.class);
    }

    public boolean isEnterpriseUser() {
        return getRoles().contains(Role.ENTERPRISE);
    }
}
