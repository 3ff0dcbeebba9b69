package cn.eport.onboarding.account;

import cn.eport.onboarding.enterprise.Enterprise;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AccountLockoutTest {

    private static final Instant T0 = Instant.parse("2026-11-30T08:00:00Z");
    private static final LoginPolicy POLICY = LoginPolicy.STANDARD;

    private final Account account = new Account("Reviewer1 ", "hash", "R", Set.of(Role.REVIEWER), null, T0);

    @Test
    void fourFailuresDoNotLockTheFifthDoesForFifteenMinutes() {
        for (int i = 0; i < 4; i++) {
            account.recordFailedLogin(T0, POLICY);
        }
        assertFalse(account.isLockedAt(T0));
        account.recordFailedLogin(T0, POLICY);
        assertTrue(account.isLockedAt(T0));
        assertTrue(account.isLockedAt(T0.plus(Duration.ofMinutes(15)).minusSeconds(1)));
        assertFalse(account.isLockedAt(T0.plus(Duration.ofMinutes(15))));
    }

    @Test
    void aSuccessResetsTheCount() {
        for (int i = 0; i < 4; i++) {
            account.recordFailedLogin(T0, POLICY);
        }
        account.recordSuccessfulLogin(T0);
        account.recordFailedLogin(T0, POLICY);
        assertFalse(account.isLockedAt(T0));
        assertEquals(1, account.getFailedAttempts());
    }

    @Test
    void failuresWhileLockedDoNotExtendTheLock() {
        for (int i = 0; i < 5; i++) {
            account.recordFailedLogin(T0, POLICY);
        }
        Instant lockEnd = account.getLockedUntil();
        account.recordFailedLogin(T0.plusSeconds(600), POLICY);
        assertEquals(lockEnd, account.getLockedUntil());
    }

    @Test
    void afterTheLockExpiresCountingStartsAfresh() {
        for (int i = 0; i < 5; i++) {
            account.recordFailedLogin(T0, POLICY);
        }
        Instant later = T0.plus(Duration.ofMinutes(16));
        account.recordFailedLogin(later, POLICY);
        assertFalse(account.isLockedAt(later));
        assertEquals(1, account.getFailedAttempts());
    }

    @Test
    void usernamesAreTrimmedAndLowerCased() {
        assertEquals("reviewer1", account.getUsername());
    }

    @Test
    void enterpriseAccountsNeedExactlyOneEnterpriseOthersNone() {
        Enterprise e = new Enterprise("91350100M000100Y43", "E", "L", T0);
        assertThrows(IllegalArgumentException.class,
                () -> new Account("e", "h", "E", Set.of(Role.ENTERPRISE), null, T0));
        assertThrows(IllegalArgumentException.class,
                () -> new Account("r", "h", "R", Set.of(Role.REVIEWER), e, T0));
        assertThrows(IllegalArgumentException.class,
                () -> new Account("n", "h", "N", Set.of(), null, T0));
        assertEquals(e, new Account("e", "h", "E", Set.of(Role.ENTERPRISE), e, T0).getEnterprise());
    }
}
