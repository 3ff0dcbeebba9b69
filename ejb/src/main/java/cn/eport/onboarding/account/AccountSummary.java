package cn.eport.onboarding.account;

import java.time.Instant;
import java.util.Set;

/** One row of the administrators' account list. */
public record AccountSummary(String username, String displayName, Set<Role> roles, String enterpriseUscc,
                             String enterpriseName, Instant lockedUntil, Instant lastLoginAt, Instant createdAt) {

    static AccountSummary of(Account a) {
        return new AccountSummary(a.getUsername(), a.getDisplayName(), a.getRoles(),
                a.getEnterprise() == null ? null : a.getEnterprise().getUscc(),
                a.getEnterprise() == null ? null : a.getEnterprise().getName(),
                a.getLockedUntil(), a.getLastLoginAt(), a.getCreatedAt());
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }
}
