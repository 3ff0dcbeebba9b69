package cn.eport.onboarding.web.error;

/**
 * What the error page tells the user (WEB-INF/errors/error.xhtml), one kind per cause, with its
 * texts from the bundles. Never the server's own page, never a class name.
 */
public enum ErrorKind {
    /** Malformed parameters, a tampered form, a session id in the URL. */
    BAD_REQUEST(400, "bad-request", "error.badRequest", "pi-ban"),
    /** A form whose view state is gone (left open too long, or forged). */
    EXPIRED(400, "expired", "error.expired", "pi-clock"),
    FORBIDDEN(403, "forbidden", "error.forbidden", "pi-lock"),
    NOT_FOUND(404, "not-found", "error.notFound", "pi-compass"),
    /** Any other refusal of the request: wrong method, too large, a foreign origin, ... */
    REFUSED(400, "refused", "error.refused", "pi-ban"),
    SERVER_ERROR(500, "server-error", "error.server", "pi-exclamation-triangle");

    private final int status;
    private final String slug;
    private final String bundlePrefix;
    private final String icon;

    ErrorKind(int status, String slug, String bundlePrefix, String icon) {
        this.status = status;
        this.slug = slug;
        this.bundlePrefix = bundlePrefix;
        this.icon = icon;
    }

    /** The kind of page for an HTTP error status. */
    public static ErrorKind ofStatus(int status) {
        if (status >= 500) {
            return SERVER_ERROR;
        }
        return switch (status) {
            case 400 -> BAD_REQUEST;
            case 403 -> FORBIDDEN;
            case 404, 410 -> NOT_FOUND;
            default -> REFUSED;
        };
    }

    /** The status this kind is answered with when the application itself decides on it. */
    public int status() {
        return status;
    }

    /** The page section's id: {@code error-<slug>}. */
    public String getId() {
        return "error-" + slug;
    }

    public String getTitleKey() {
        return bundlePrefix + ".title";
    }

    public String getTextKey() {
        return bundlePrefix + ".text";
    }

    public String getIcon() {
        return icon;
    }
}
