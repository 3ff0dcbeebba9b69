package cn.eport.onboarding.apitoken;

import java.time.Duration;
import java.util.List;

/** How long a new API token may live: the choices of the token page, at most a year. */
public final class ApiTokenLifetime {

    /** The days a user may choose; the first is the page's default. */
    public static final List<Integer> CHOICES = List.of(30, 90, 180, 365);

    private ApiTokenLifetime() {
    }

    /** @throws ApiTokenRejectedException when the days are not one of {@link #CHOICES} */
    public static Duration ofDays(int days) {
        if (!CHOICES.contains(days)) {
            throw new ApiTokenRejectedException(ApiTokenRejectedException.Reason.LIFETIME);
        }
        return Duration.ofDays(days);
    }
}
