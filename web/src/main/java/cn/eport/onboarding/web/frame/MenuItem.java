package cn.eport.onboarding.web.frame;

import cn.eport.onboarding.account.Role;

import java.util.Set;

/**
 * One function in the left menu: its bundle key, the page path (without ".xhtml") and the roles
 * that may use it. The web.xml security constraints enforce the same roles on the path.
 */
public record MenuItem(String labelKey, String path, Set<Role> roles) {

    public boolean visibleTo(Set<Role> userRoles) {
        return roles.stream().anyMatch(userRoles::contains);
    }
}
