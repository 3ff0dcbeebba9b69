package cn.eport.onboarding.web.security;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Where to go after login: the page that was asked for before the login page appeared, carried as
 * the login page's {@code continue} parameter. Only paths inside this application are accepted, so
 * a crafted link cannot send the user elsewhere.
 */
public final class ContinueTarget {

    /** The login page's query parameter that names the page to continue to. */
    public static final String PARAMETER = "continue";

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
                && !target.split("[?#]", 2)[0].contains(";")
                && !isLoginPage(contextPath, target);
        return inside ? Optional.of(target) : Optional.empty();
    }

    /**
     * The login page's address that continues to the target after login: the bare login page when
     * the target is the home page or not acceptable.
     */
    public static String loginAddress(String contextPath, String target) {
        String login = contextPath + "/login";
        return of(contextPath, target)
                .filter(t -> !t.equals(contextPath + "/"))
                .map(t -> login + "?" + PARAMETER + "=" + URLEncoder.encode(t, StandardCharsets.UTF_8))
                .orElse(login);
    }

    private static boolean isLoginPage(String contextPath, String target) {
        String path = target.split("[?#]", 2)[0];
        return path.equals(contextPath + "/login") || path.equals(contextPath + "/login.xhtml");
    }
}
