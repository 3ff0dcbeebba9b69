package cn.eport.onboarding.apitoken;

import java.time.Instant;

/**
 * A token as its owner sees it on the token page: never the secret.
 *
 * @param lastUsed when it last authenticated a request (to the minute), or null when never
 */
public record ApiTokenView(long id, String name, String prefix, Instant created, Instant expires, Instant lastUsed,
                           ApiTokenStatus status) {
}
