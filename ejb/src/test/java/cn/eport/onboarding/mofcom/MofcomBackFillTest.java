package cn.eport.onboarding.mofcom;

import cn.eport.onboarding.enterprise.Enterprise;
import cn.eport.onboarding.enterprise.RegistrationDetails;
import cn.eport.onboarding.mofcom.MofcomFilingRules.Field;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** What the 登记表 takes from the enterprise and its approved 三证合一 record, whatever the browser sent. */
class MofcomBackFillTest {

    private static final Enterprise ENTERPRISE = new Enterprise("91110108MA01ABCD5T", "北京海淀示例进出口贸易有限公司", "张伟", Instant.EPOCH);

    private static RegistrationDetails registration(String capital, String unit, LocalDate established) {
        RegistrationDetails r = new RegistrationDetails();
        r.setRegisteredAddress("北京市海淀区中关村南大街5号");
        r.setRegisteredCapital(capital == null ? null : new BigDecimal(capital));
        r.setCapitalUnit(unit);
        r.setEstablishmentDate(established);
        r.setCustomsDistrictCode("0100");
        return r;
    }

    @Test
    void theEnterpriseAndItsRegistrationOverrideWhatWasTyped() {
        MofcomDetails typed = MofcomFilingRulesTest.complete();
        typed.setOperatorNameZh("别的名称");
        typed.setBusinessRegistrationNumber("91310115MA1K4XYW7G");
        typed.setResidence("别的地址");
        typed.setRegisteredCapital(new BigDecimal("1"));
        MofcomDetails d = MofcomBackFill.applied(typed, ENTERPRISE, registration("500", "WAN_YUAN", LocalDate.of(2016, 3, 18)));
        assertEquals("北京海淀示例进出口贸易有限公司", d.getOperatorNameZh());
        assertEquals("91110108MA01ABCD5T", d.getBusinessRegistrationNumber());
        assertEquals("MA01ABCD5", d.getOrganizationCode(), "characters 9 to 17 of the USCC");
        assertEquals("北京市海淀区中关村南大街5号", d.getResidence());
        assertEquals(0, new BigDecimal("500").compareTo(d.getRegisteredCapital()));
        assertEquals(LocalDate.of(2016, 3, 18), d.getBusinessRegistrationDate());
        assertEquals("0100", d.getCustomsDistrictCode());
        assertEquals("trade@example.com.cn", d.getEmail(), "the user's own fields stay");
        assertEquals(EnumSet.of(Field.OPERATOR_NAME_ZH, Field.ORGANIZATION_CODE, Field.RESIDENCE,
                Field.BUSINESS_REGISTRATION_DATE, Field.BUSINESS_REGISTRATION_NUMBER, Field.REGISTERED_CAPITAL),
                MofcomBackFill.fields(registration("500", "WAN_YUAN", LocalDate.of(2016, 3, 18))));
    }

    @Test
    void capitalInYuanIsStatedInWanYuan() {
        assertEquals(new BigDecimal("123.4568"), MofcomBackFill.capitalInWanYuan(registration("1234567.5", "YUAN", null)));
        assertNull(MofcomBackFill.capitalInWanYuan(registration("5", null, null)), "no unit: the user states it");
    }

    @Test
    void whatTheRegistrationLacksTheUserEnters() {
        RegistrationDetails partial = registration(null, null, null);
        assertEquals(EnumSet.of(Field.OPERATOR_NAME_ZH, Field.ORGANIZATION_CODE, Field.RESIDENCE, Field.BUSINESS_REGISTRATION_NUMBER),
                MofcomBackFill.fields(partial));
        MofcomDetails typed = MofcomFilingRulesTest.complete();
        MofcomDetails d = MofcomBackFill.applied(typed, ENTERPRISE, partial);
        assertEquals(typed.getBusinessRegistrationDate(), d.getBusinessRegistrationDate());
        assertEquals(typed.getRegisteredCapital(), d.getRegisteredCapital());
    }

    @Test
    void withoutARegistrationOnlyTheAccountsEnterpriseIsTaken() {
        assertEquals(EnumSet.of(Field.OPERATOR_NAME_ZH, Field.ORGANIZATION_CODE, Field.BUSINESS_REGISTRATION_NUMBER),
                MofcomBackFill.fields(null));
        MofcomDetails d = MofcomBackFill.applied(new MofcomDetails(), ENTERPRISE, null);
        assertEquals("北京海淀示例进出口贸易有限公司", d.getOperatorNameZh());
        assertNull(d.getResidence());
        assertNull(d.getCustomsDistrictCode());
    }
}
