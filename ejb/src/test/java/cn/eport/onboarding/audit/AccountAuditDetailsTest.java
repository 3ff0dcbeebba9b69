package cn.eport.onboarding.audit;

import cn.eport.onboarding.account.Role;
import cn.eport.onboarding.audit.AccountAuditDetails.Code;
import cn.eport.onboarding.audit.AccountAuditDetails.Detail;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Login and account entries store codes, read back as written; the English phrases of older entries read as the same codes. */
class AccountAuditDetailsTest {

    private static final Instant UNTIL = Instant.parse("2026-12-04T17:44:04.217193Z");

    private static Optional<Detail> read(AuditAction action, String detail) {
        return AccountAuditDetails.detailOf(new AuditEvent(Instant.EPOCH, "ent-b", action, "ACCOUNT", "ent-b", null, detail));
    }

    @Test
    void codesAreReadBackWithTheirArguments() {
        assertEquals("WRONG_PASSWORD", AccountAuditDetails.of(Code.WRONG_PASSWORD));
        assertEquals(Optional.of(new Detail(Code.WRONG_PASSWORD, null, null)),
                read(AuditAction.LOGIN_REFUSED, AccountAuditDetails.of(Code.WRONG_PASSWORD)));
        assertEquals(Optional.of(new Detail(Code.UNKNOWN_USERNAME, null, null)),
                read(AuditAction.LOGIN_REFUSED, AccountAuditDetails.of(Code.UNKNOWN_USERNAME)));
        assertEquals("LOCKED_UNTIL 2026-12-04T17:44:04.217193Z", AccountAuditDetails.lockedUntil(UNTIL));
        assertEquals(Optional.of(new Detail(Code.LOCKED_UNTIL, UNTIL, null)),
                read(AuditAction.ACCOUNT_LOCKED, AccountAuditDetails.lockedUntil(UNTIL)));
        assertEquals(Optional.of(new Detail(Code.ROLE, null, "REVIEWER")),
                read(AuditAction.ACCOUNT_OPENED, AccountAuditDetails.role(Role.REVIEWER)));
        assertEquals(Optional.of(new Detail(Code.INITIAL_ADMINISTRATOR, null, null)),
                read(AuditAction.ACCOUNT_OPENED, AccountAuditDetails.of(Code.INITIAL_ADMINISTRATOR)));
    }

    @Test
    void theEnglishPhrasesOfOlderEntriesReadAsTheSameCodes() {
        assertEquals(Optional.of(new Detail(Code.WRONG_PASSWORD, null, null)), read(AuditAction.LOGIN_REFUSED, "wrong password"));
        assertEquals(Optional.of(new Detail(Code.UNKNOWN_USERNAME, null, null)), read(AuditAction.LOGIN_REFUSED, "unknown username"));
        assertEquals(Optional.of(new Detail(Code.LOCKED_UNTIL, UNTIL, null)),
                read(AuditAction.LOGIN_REFUSED, "locked until 2026-12-04T17:44:04.217193Z"));
        assertEquals(Optional.of(new Detail(Code.LOCKED_UNTIL, UNTIL, null)), read(AuditAction.ACCOUNT_LOCKED, "until 2026-12-04T17:44:04.217193Z"));
        assertEquals(Optional.of(new Detail(Code.ROLE, null, "ENTERPRISE")), read(AuditAction.ACCOUNT_OPENED, "role ENTERPRISE"));
        assertEquals(Optional.of(new Detail(Code.INITIAL_ADMINISTRATOR, null, null)),
                read(AuditAction.ACCOUNT_OPENED, "initial administrator"));
    }

    @Test
    void anythingElseIsNotMistakenForAnAccountDetail() {
        assertTrue(read(AuditAction.LOGIN_REFUSED, "locked until tomorrow").isEmpty(), "not a time");
        assertTrue(read(AuditAction.LOGIN_REFUSED, "WRONG_PASSWORD extra").isEmpty(), "a code that takes no argument");
        assertTrue(read(AuditAction.LOGIN_REFUSED, "something else").isEmpty());
        assertTrue(read(AuditAction.LOGIN_SUCCEEDED, "WRONG_PASSWORD").isEmpty(), "not an entry with such a detail");
        assertTrue(read(AuditAction.TRANSITION, "ROLE ADMIN").isEmpty());
        assertTrue(read(AuditAction.LOGIN_REFUSED, null).isEmpty());
    }
}
