package cn.eport.onboarding.card;

import cn.eport.onboarding.card.LegalPersonCardRules.Field;
import cn.eport.onboarding.card.LegalPersonCardRules.Problem;
import cn.eport.onboarding.validation.Reason;
import cn.eport.onboarding.validation.ValidationProblem;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LegalPersonCardRulesTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T04:00:00Z"), ZoneOffset.UTC);

    private static CardDetails complete() {
        CardDetails d = new CardDetails();
        d.setReason(ReissueReason.LOST);
        d.setIdTypeCode("201");
        d.setIdNumber("11010119900307002X");
        d.setCustomsDistrictCode("0100");
        d.setContactName("张伟");
        d.setContactPhone("010-62345678");
        return d;
    }

    private static List<Problem> declare(CardDetails d) {
        return LegalPersonCardRules.forDeclaration(LegalPersonCardRules.normalized(d, CLOCK), CLOCK);
    }

    @Test
    void aCompleteApplicationMayBeDeclared() {
        assertEquals(List.of(), declare(complete()));
    }

    @Test
    void declaringNeedsEveryRequiredFieldInFormOrder() {
        assertEquals(List.of(Field.REASON, Field.ID_TYPE, Field.ID_NUMBER, Field.CUSTOMS_DISTRICT, Field.CONTACT_NAME, Field.CONTACT_PHONE),
                declare(new CardDetails()).stream().map(Problem::field).toList());
        assertTrue(declare(new CardDetails()).stream().allMatch(p -> p.key().equals(LegalPersonCardRules.REQUIRED)));
    }

    @Test
    void aDraftMayBeEmpty() {
        CardDetails empty = LegalPersonCardRules.normalized(new CardDetails(), CLOCK);
        assertEquals(List.of(), LegalPersonCardRules.forDraft(empty, CLOCK));
    }

    @Test
    void otherReasonAsksForTheReasonInWords() {
        CardDetails d = complete();
        d.setReason(ReissueReason.OTHER);
        assertTrue(LegalPersonCardRules.requiredFor(d).contains(Field.REASON_OTHER));
        assertEquals(List.of(new Problem(Field.REASON_OTHER, LegalPersonCardRules.REQUIRED)), declare(d));
        d.setReasonOther("  法定代表人证件更换  ");
        assertEquals(List.of(), declare(d));
        assertEquals("法定代表人证件更换", LegalPersonCardRules.normalized(d, CLOCK).getReasonOther());
    }

    @Test
    void theReasonTextIsDroppedForAListedReason() {
        CardDetails d = complete();
        d.setReasonOther("遗失在出租车上");
        assertNull(LegalPersonCardRules.normalized(d, CLOCK).getReasonOther());
        assertTrue(!LegalPersonCardRules.requiredFor(d).contains(Field.REASON_OTHER));
    }

    @Test
    void theIdNumberIsCheckedByItsTypeWithTheConcreteReason() {
        CardDetails d = complete();
        d.setIdNumber("110101199003070021");
        List<Problem> problems = declare(d);
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(Field.ID_NUMBER, problems.get(0).field());
        assertEquals(LegalPersonCardRules.ID_NUMBER_INVALID, problems.get(0).key());
        ValidationProblem cause = assertInstanceOf(ValidationProblem.class, problems.get(0).detail());
        assertEquals(Reason.CHECK_CHARACTER, cause.reason());
    }

    @Test
    void aWrongIdNumberIsRefusedEvenInADraft() {
        CardDetails d = new CardDetails();
        d.setIdTypeCode("201");
        d.setIdNumber("12345");
        List<Problem> problems = LegalPersonCardRules.forDraft(LegalPersonCardRules.normalized(d, CLOCK), CLOCK);
        assertEquals(List.of(Field.ID_NUMBER), problems.stream().map(Problem::field).toList());
    }

    @Test
    void theSameNumberIsValidForTheRightType() {
        CardDetails d = complete();
        d.setIdTypeCode("210");
        d.setIdNumber("h1234567 8");
        assertEquals(List.of(), declare(d), "a mainland travel permit of a Hong Kong resident");
        d.setIdTypeCode("201");
        assertEquals(List.of(Field.ID_NUMBER), declare(d).stream().map(Problem::field).toList());
    }

    @Test
    void theIdNumberIsStoredCleanedUpAndInItsEighteenDigitForm() {
        CardDetails d = complete();
        d.setIdNumber(" 110101 900307123 ");
        assertEquals("110101199003071233", LegalPersonCardRules.normalized(d, CLOCK).getIdNumber());
        d.setIdNumber("１１０１０１１９９００３０７００２ｘ");
        assertEquals("11010119900307002X", LegalPersonCardRules.normalized(d, CLOCK).getIdNumber(), "full-width input");
    }

    @Test
    void anIdTypeTheSystemCannotCheckIsRefused() {
        CardDetails d = complete();
        d.setIdTypeCode("999");
        assertEquals(List.of(new Problem(Field.ID_TYPE, LegalPersonCardRules.ID_TYPE_NOT_CHECKED)), declare(d));
    }

    @Test
    void phoneAndLengthsAreCheckedInDrafts() {
        CardDetails d = new CardDetails();
        d.setContactPhone("call me");
        d.setContactName("名".repeat(CardDetails.MAX_CONTACT_NAME + 1));
        List<Problem> problems = LegalPersonCardRules.forDraft(LegalPersonCardRules.normalized(d, CLOCK), CLOCK);
        assertEquals(List.of(new Problem(Field.CONTACT_NAME, LegalPersonCardRules.TOO_LONG, CardDetails.MAX_CONTACT_NAME),
                new Problem(Field.CONTACT_PHONE, LegalPersonCardRules.PHONE_FORMAT)), problems);
    }

    @Test
    void requiredFieldsAreTheSixAlwaysAndTheTextOnlyForOther() {
        assertEquals(EnumSet.of(Field.REASON, Field.ID_TYPE, Field.ID_NUMBER, Field.CUSTOMS_DISTRICT, Field.CONTACT_NAME,
                Field.CONTACT_PHONE), LegalPersonCardRules.requiredFor(new CardDetails()));
    }
}
