package cn.eport.onboarding.forex;

import cn.eport.onboarding.forex.ForexFilingRules.Field;
import cn.eport.onboarding.forex.ForexFilingRules.Problem;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ForexFilingRulesTest {

    private static ForexFilingDetails complete() {
        ForexFilingDetails d = new ForexFilingDetails();
        d.setForexBureauCode("110000");
        d.setBusinessScope("货物进出口；技术进出口。");
        d.setContactName("王芳");
        d.setContactPhone("010-62345678");
        return d;
    }

    private static List<Problem> declare(ForexFilingDetails d) {
        return ForexFilingRules.forDeclaration(ForexFilingRules.normalized(d));
    }

    private static List<Field> fields(List<Problem> problems) {
        return problems.stream().map(Problem::field).toList();
    }

    @Test
    void aCompleteFilingMayBeDeclaredWithoutEmail() {
        assertEquals(List.of(), declare(complete()));
    }

    @Test
    void declaringNeedsEveryRequiredFieldInFormOrder() {
        List<Problem> problems = declare(new ForexFilingDetails());
        assertEquals(List.of(Field.FOREX_BUREAU, Field.BUSINESS_SCOPE, Field.CONTACT_NAME, Field.CONTACT_PHONE), fields(problems));
        assertTrue(problems.stream().allMatch(p -> p.key().equals(ForexFilingRules.REQUIRED)));
    }

    @Test
    void blankTextIsMissing() {
        ForexFilingDetails d = complete();
        d.setContactName(" \u3000 ");
        d.setBusinessScope("   ");
        assertEquals(List.of(Field.BUSINESS_SCOPE, Field.CONTACT_NAME), fields(declare(d)));
    }

    @Test
    void aDraftMayBeEmptyButNotWrong() {
        assertEquals(List.of(), ForexFilingRules.forDraft(ForexFilingRules.normalized(new ForexFilingDetails())));
        ForexFilingDetails d = new ForexFilingDetails();
        d.setContactPhone("电话号码");
        d.setContactEmail("wang.example.com");
        assertEquals(List.of(new Problem(Field.CONTACT_PHONE, ForexFilingRules.PHONE_FORMAT),
                new Problem(Field.CONTACT_EMAIL, ForexFilingRules.EMAIL_FORMAT)), ForexFilingRules.forDraft(ForexFilingRules.normalized(d)));
    }

    @Test
    void everyProblemAtOnceInFormOrder() {
        ForexFilingDetails d = complete();
        d.setForexBureauCode(null);
        d.setContactPhone("abc");
        d.setContactEmail("a@b");
        d.setBusinessScope("经".repeat(ForexFilingDetails.MAX_BUSINESS_SCOPE + 1));
        List<Problem> problems = declare(d);
        assertEquals(List.of(Field.FOREX_BUREAU, Field.BUSINESS_SCOPE, Field.CONTACT_PHONE, Field.CONTACT_EMAIL), fields(problems));
        assertEquals(new Problem(Field.BUSINESS_SCOPE, ForexFilingRules.TOO_LONG, ForexFilingDetails.MAX_BUSINESS_SCOPE), problems.get(1));
    }

    @Test
    void emailAddressesTheBureauCanWriteTo() {
        for (String good : List.of("wang@example.com", "wang.fang+forex@mail.example.com.cn")) {
            ForexFilingDetails d = complete();
            d.setContactEmail(good);
            assertEquals(List.of(), declare(d), good);
        }
        for (String bad : List.of("wang@", "@example.com", "wang@example", "wang fang@example.com", "a@b@example.com")) {
            ForexFilingDetails d = complete();
            d.setContactEmail(bad);
            assertEquals(List.of(new Problem(Field.CONTACT_EMAIL, ForexFilingRules.EMAIL_FORMAT)), declare(d), bad);
        }
        ForexFilingDetails longEmail = complete();
        longEmail.setContactEmail("a".repeat(95) + "@x.com");
        assertEquals(List.of(new Problem(Field.CONTACT_EMAIL, ForexFilingRules.TOO_LONG, ForexFilingDetails.MAX_CONTACT_EMAIL)),
                declare(longEmail));
    }

    @Test
    void inputIsCleanedUpAndTheServersFieldsAreKept() {
        ForexFilingDetails d = complete();
        d.setForexBureauCode(" 110000 ");
        d.setContactName("  王芳 ");
        d.setContactEmail("  ");
        d.setRegisteredAddress("北京市海淀区中关村大街1号");
        d.setCustomsDistrictCode("0100");
        ForexFilingDetails n = ForexFilingRules.normalized(d);
        assertEquals("110000", n.getForexBureauCode());
        assertEquals("王芳", n.getContactName());
        assertNull(n.getContactEmail());
        assertEquals("北京市海淀区中关村大街1号", n.getRegisteredAddress());
        assertEquals("0100", n.getCustomsDistrictCode());
        assertEquals(" 110000 ", d.getForexBureauCode(), "the input is not changed");
    }
}
