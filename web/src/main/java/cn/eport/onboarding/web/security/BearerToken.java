package cn.eport.onboarding.web.security;

import jakarta.servlet.http.HttpServletRequest;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The token of an {@code Authorization: Bearer <token>} header (RFC 6750; the scheme in any case). */
final class BearerToken {

    private static final Pattern BEARER = Pattern.compile("(?i)Bearer +(\\S+) *");

    private BearerToken() {
    }

    static Optional<String> of(HttpServletRequest request) {
        return of(request.getHeader("Authorization"));
    }

    static Optional<String> of(String authorization) {
        if (authorization == null) {
            return Optional.empty();
        }
        Matcher matcher = BEARER.matcher(authorization);
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }
}
