package cn.eport.onboarding.web.security;

import jakarta.servlet.ServletContext;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The Content-Security-Policy of the application (ADR 0014), kept in one place: the context
 * parameter {@value #POLICY_PARAM} in web.xml. PrimeFaces (CSP mode, {@value #MODE_PARAM}) sends it
 * with every page it renders and appends that page's nonce to it; {@link SecurityHeaders} sends it as
 * it stands with every other response (resources, downloads, the API, pages the container answers).
 * PrimeFaces appends the nonce to the end of the text, so the policy must end with its script-src
 * directive; this class refuses a policy that does not, or that lacks one of the directives ADR 0014
 * requires, so that a wrong web.xml fails the deployment instead of weakening the policy.
 */
public final class ContentSecurityPolicy {

    /** PrimeFaces' switch for its CSP mode (nonces on scripts, inline handlers moved into a nonce'd script). */
    public static final String MODE_PARAM = "primefaces.CSP";
    /** The policy; PrimeFaces appends {@code 'nonce-…'} to it. */
    public static final String POLICY_PARAM = "primefaces.CSP_POLICY";
    public static final String HEADER = "Content-Security-Policy";

    private static final String ATTRIBUTE = ContentSecurityPolicy.class.getName();

    /** Directives the policy must set (ADR 0014). */
    static final List<String> REQUIRED = List.of("default-src", "script-src", "object-src", "base-uri",
            "form-action", "frame-ancestors");

    private ContentSecurityPolicy() {
    }

    /** The policy of the application, checked; throws IllegalStateException when web.xml has none or a wrong one. */
    public static String of(ServletContext context) {
        if (context.getAttribute(ATTRIBUTE) instanceof String known) {
            return known;
        }
        if (!"true".equals(context.getInitParameter(MODE_PARAM))) {
            throw new IllegalStateException("web.xml must set " + MODE_PARAM + " to true (ADR 0014)");
        }
        String policy = checked(context.getInitParameter(POLICY_PARAM));
        context.setAttribute(ATTRIBUTE, policy);
        return policy;
    }

    /** The policy as a header value (one line, single spaces), after the checks described above. */
    static String checked(String policy) {
        if (policy == null || policy.isBlank()) {
            throw new IllegalStateException("web.xml has no " + POLICY_PARAM + " (ADR 0014)");
        }
        String normalized = policy.strip().replaceAll("\\s+", " ");
        List<String> directives = Arrays.stream(normalized.split(";")).map(String::strip)
                .filter(d -> !d.isEmpty()).toList();
        List<String> names = directives.stream().map(d -> d.split(" ", 2)[0].toLowerCase(Locale.ROOT)).toList();
        for (String required : REQUIRED) {
            if (!names.contains(required)) {
                throw new IllegalStateException(POLICY_PARAM + " lacks " + required + " (ADR 0014): " + normalized);
            }
        }
        if (normalized.endsWith(";") || !names.get(names.size() - 1).equals("script-src")) {
            throw new IllegalStateException(POLICY_PARAM
                    + " must end with its script-src directive, without ';': PrimeFaces appends the nonce there: " + normalized);
        }
        if (normalized.contains("'unsafe-eval'") || directives.get(directives.size() - 1).contains("'unsafe-")) {
            throw new IllegalStateException(POLICY_PARAM + ": scripts run from files or with the nonce only (ADR 0014): "
                    + normalized);
        }
        return normalized;
    }
}
