package cn.eport.onboarding.web.security;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Which state-changing requests come from our own pages (login CSRF and CSRF in general; ADR 0015):
 * the browser's {@code Origin} must be one of the accepted origins (the server's own plus the
 * configured ones); without {@code Origin}, the {@code Referer}'s origin; without either, the
 * request is refused only when {@code Sec-Fetch-Site} says it is cross-site (clients other than
 * browsers send none of these and cannot be made to carry a victim's cookie).
 *
 * @param accepted the accepted origins, normalised ({@code scheme://host[:port]}, lower case, no default port)
 */
record OriginPolicy(Set<String> accepted) {

    OriginPolicy {
        accepted = Set.copyOf(accepted);
    }

    /** The server's own origin and the configured ones (entries that are not origins are ignored). */
    static OriginPolicy of(String ownOrigin, Collection<String> configured) {
        return new OriginPolicy(Stream.concat(Stream.of(ownOrigin), configured.stream())
                .map(OriginPolicy::normalise).flatMap(Optional::stream).collect(Collectors.toSet()));
    }

    /** GET, HEAD, OPTIONS and TRACE change nothing; everything else does. */
    static boolean isStateChanging(String method) {
        return !Set.of("GET", "HEAD", "OPTIONS", "TRACE").contains(method.toUpperCase(Locale.ROOT));
    }

    boolean allows(String origin, String referer, String fetchSite) {
        if (origin != null) {
            return normalise(origin).filter(accepted::contains).isPresent();
        }
        if (referer != null) {
            return normalise(referer).filter(accepted::contains).isPresent();
        }
        return !"cross-site".equalsIgnoreCase(fetchSite);
    }

    /** {@code scheme://host[:port]} of an origin or URL, or empty when it has none ("null", garbage). */
    static Optional<String> normalise(String originOrUrl) {
        try {
            URI uri = new URI(originOrUrl.trim());
            String scheme = uri.getScheme();
            String host = uri.getHost();
            if (scheme == null || host == null) {
                return Optional.empty();
            }
            scheme = scheme.toLowerCase(Locale.ROOT);
            int port = uri.getPort();
            boolean defaultPort = port == -1 || "http".equals(scheme) && port == 80 || "https".equals(scheme) && port == 443;
            return Optional.of(scheme + "://" + host.toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
