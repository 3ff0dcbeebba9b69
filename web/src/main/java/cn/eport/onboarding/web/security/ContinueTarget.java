package cn.eport.onboarding.web.security;

import java.util.Optional;

/**
 * Where to go after login: the page that was asked for before the login page appeared. Only
 * paths inside this application are accepted, so a crafted link cannot send the user elsewhere.
 */
public final class ContinueTarget {

    private ContinueTarget() {
    }

    public static Optional<String> of(String contextPath, String target) {
        if (target == null || target.isEmpty()) {
            return Optional.empty();
        }
        boolean inside = target.startsWith(contextPath + "/")
                && !target.startsWith("//")
                && !target.contains("\\")
                && target.chars().noneMatch(Character::isISOControl)
                && !target.substring(contextPath.length()).startsWith("//")
                && !isLoginPage(contextPath, target);
        return inside ? Optional.of(target) : Optional.empty();
    }

    private static boolean isLoginPage(String contextPath, String target) {
        String path = target.split("[?#]", 2)[0];
        return path.equals(contextPath + "/login") || path.equals(contextPath + "/login.xhtml");
    }
}
