package cn.eport.onboarding.enterprise;

import cn.eport.onboarding.enterprise.RegistrationRules.Field;
import cn.eport.onboarding.enterprise.RegistrationRules.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RegistrationRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    private static RegistrationDetails complete() {
        RegistrationDetails d = new RegistrationDetails();
        d.setLegalPersonType("1");
        d.setEnterpriseType("6");
        d.setBusinessAuthorityCode("110108");
        d.setTaxAuthorityCode("11101080000");
        d.setQualityAuthorityCode("110108");
        d.setRegisteredCapital(new BigDecimal("500"));
        d.setCapitalUnit("WAN_YUAN");
        d.setIssuingAuthorityName("北京市海淀区市场监督管理局");
        d.setEnterpriseStatus("1");
        d.setCustomsDistrictCode("0100");
        d.setRegisteredAddress("北京市海淀区中关村大街1号");
        d.setContactName("张伟");
        d.setContactPhone("010-62345678");
        return d;
    }

    @Test
    void aCompleteRecordMayBeDeclared() {
        assertEquals(List.of(), RegistrationRules.forDeclaration(complete(), TODAY));
    }

    @Test
    void theIssuingAuthorityStartsAsTheManualSays() {
        assertEquals("工商行政管理局", new RegistrationDetails().getIssuingAuthorityName());
    }

    @Test
    void everyMissingRequiredFieldIsListedInFormOrder() {
        List<Problem> problems = RegistrationRules.forDeclaration(new RegistrationDetails(), TODAY);
        assertEquals(List.of(Field.LEGAL_PERSON_TYPE, Field.ENTERPRISE_TYPE, Field.BUSINESS_AUTHORITY, Field.TAX_AUTHORITY,
                        Field.QUALITY_AUTHORITY, Field.REGISTERED_CAPITAL, Field.CAPITAL_UNIT, Field.ENTERPRISE_STATUS,
                        Field.CUSTOMS_DISTRICT, Field.REGISTERED_ADDRESS, Field.CONTACT_NAME, Field.CONTACT_PHONE),
                problems.stream().map(Problem::field).toList());
        assertTrue(problems.stream().allMatch(p -> p.key().equals(RegistrationRules.REQUIRED)));
    }

    @Test
    void publicInstitutionsGreyBusinessAndTaxSpecialUnitsAlsoQuality() {
        assertEquals(EnumSet.of(Field.BUSINESS_AUTHORITY, Field.TAX_AUTHORITY), RegistrationRules.greyedFor("2"));
        assertEquals(EnumSet.of(Field.BUSINESS_AUTHORITY, Field.TAX_AUTHORITY, Field.QUALITY_AUTHORITY), RegistrationRules.greyedFor("3"));
        assertEquals(EnumSet.noneOf(Field.class), RegistrationRules.greyedFor("1"));

        RegistrationDetails special = complete();
        special.setLegalPersonType("3");
        special.setBusinessAuthorityCode(null);
        special.setTaxAuthorityCode(null);
        special.setQualityAuthorityCode(null);
        assertEquals(List.of(), RegistrationRules.forDeclaration(special, TODAY), "greyed fields are not required");
    }

    @Test
    void greyedFieldsAreClearedWhenStored() {
        RegistrationDetails d = complete();
        d.setLegalPersonType("2");
        RegistrationDetails stored = RegistrationRules.normalized(d);
        assertNull(stored.getBusinessAuthorityCode());
        assertNull(stored.getTaxAuthorityCode());
        assertEquals("110108", stored.getQualityAuthorityCode());
    }

    @Test
    void otherEnterpriseTypeNeedsItsTextAndOnlyThenKeepsIt() {
        RegistrationDetails d = complete();
        d.setEnterpriseType("9");
        assertEquals(List.of(new Problem(Field.ENTERPRISE_TYPE_OTHER, RegistrationRules.REQUIRED)),
                RegistrationRules.forDeclaration(d, TODAY));
        d.setEnterpriseTypeOther("  农民专业合作社 ");
        assertEquals(List.of(), RegistrationRules.forDeclaration(d, TODAY));
        assertEquals("农民专业合作社", RegistrationRules.normalized(d).getEnterpriseTypeOther());
        d.setEnterpriseType("6");
        assertNull(RegistrationRules.normalized(d).getEnterpriseTypeOther());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2", "3", "4"})
    void revokedOrDeregisteredEnterprisesCannotBeDeclared(String status) {
        RegistrationDetails d = complete();
        d.setEnterpriseStatus(status);
        assertEquals(List.of(new Problem(Field.ENTERPRISE_STATUS, RegistrationRules.STATUS_BLOCKS)),
                RegistrationRules.forDeclaration(d, TODAY));
    }

    @Test
    void capitalIsZeroOrMoreEvenInADraft() {
        RegistrationDetails d = new RegistrationDetails();
        d.setRegisteredCapital(new BigDecimal("-0.01"));
        assertEquals(List.of(new Problem(Field.REGISTERED_CAPITAL, RegistrationRules.CAPITAL_NEGATIVE)),
                RegistrationRules.forDraft(d, TODAY));
        d.setRegisteredCapital(BigDecimal.ZERO);
        assertEquals(List.of(), RegistrationRules.forDraft(d, TODAY));
    }

    @Test
    void datesInTheFutureAndNonsensePhonesAreRefused() {
        RegistrationDetails d = new RegistrationDetails();
        d.setEstablishmentDate(TODAY.plusDays(1));
        d.setContactPhone("call me");
        assertEquals(List.of(new Problem(Field.ESTABLISHMENT_DATE, RegistrationRules.DATE_IN_FUTURE),
                new Problem(Field.CONTACT_PHONE, RegistrationRules.PHONE_FORMAT)), RegistrationRules.forDraft(d, TODAY));
        d.setEstablishmentDate(TODAY);
        d.setContactPhone("13800138000");
        assertEquals(List.of(), RegistrationRules.forDraft(d, TODAY));
        d.setContactPhone("+86 (10) 6234-5678转123");
        assertEquals(List.of(), RegistrationRules.forDraft(d, TODAY));
    }
}
