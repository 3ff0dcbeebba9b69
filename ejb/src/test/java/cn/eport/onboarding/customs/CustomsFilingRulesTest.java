package cn.eport.onboarding.customs;

import cn.eport.onboarding.codetable.CodeTable;
import cn.eport.onboarding.customs.CustomsFilingRules.Field;
import cn.eport.onboarding.customs.CustomsFilingRules.Problem;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CustomsFilingRulesTest {

    /** The active codes of this test: a few of each table. */
    private static final Map<CodeTable, Set<String>> ACTIVE = Map.of(
            CodeTable.CUSTOMS_DISTRICT, Set.of("0100", "0101", "2200"),
            CodeTable.CUSTOMS_BUSINESS_CATEGORY, Set.of("1", "2"),
            CodeTable.ADMINISTRATIVE_DIVISION, Set.of("110108", "310115"),
            CodeTable.ECONOMIC_ZONE, Set.of("1", "2", "9"),
            CodeTable.INDUSTRY, Set.of("C", "F"));
    private static final BiPredicate<CodeTable, String> ACTIVE_CODE = (table, code) -> ACTIVE.get(table).contains(code);

    static CustomsFilingDetails complete() {
        CustomsFilingDetails d = new CustomsFilingDetails();
        d.setCustomsDistrictCode("0100");
        d.setFilingCustomsCode("0101");
        d.setBusinessCategory("1");
        d.setDivisionCode("110108");
        d.setEconomicZone("9");
        d.setIndustryCode("F");
        d.setBusinessScope("货物进出口；技术进出口");
        d.setContactName("王报关");
        d.setContactPhone("010-62345678");
        return d;
    }

    private static List<Problem> declare(CustomsFilingDetails d) {
        return CustomsFilingRules.forDeclaration(CustomsFilingRules.normalized(d), ACTIVE_CODE);
    }

    private static List<Field> fields(List<Problem> problems) {
        return problems.stream().map(Problem::field).toList();
    }

    @Test
    void aCompleteFormMayBeDeclared() {
        assertEquals(List.of(), declare(complete()));
    }

    @Test
    void everyFieldIsRequiredAtDeclarationInFormOrder() {
        List<Problem> problems = declare(new CustomsFilingDetails());
        assertEquals(List.of(Field.values()), fields(problems));
        assertTrue(problems.stream().allMatch(p -> p.key().equals(CustomsFilingRules.REQUIRED)));
        assertEquals(Set.of(Field.values()), CustomsFilingRules.REQUIRED_FIELDS);
    }

    @Test
    void aDraftMayBeEmptyButNotWrong() {
        assertEquals(List.of(), CustomsFilingRules.forDraft(CustomsFilingRules.normalized(new CustomsFilingDetails()), ACTIVE_CODE));
        CustomsFilingDetails d = new CustomsFilingDetails();
        d.setCustomsDistrictCode("01");
        d.setDivisionCode("1101");
        d.setContactPhone("电话");
        assertEquals(List.of(new Problem(Field.CUSTOMS_DISTRICT, CustomsFilingRules.CODE_FORMAT),
                        new Problem(Field.DIVISION, CustomsFilingRules.CODE_FORMAT),
                        new Problem(Field.CONTACT_PHONE, CustomsFilingRules.PHONE_FORMAT)),
                CustomsFilingRules.forDraft(CustomsFilingRules.normalized(d), ACTIVE_CODE));
    }

    @Test
    void codesMustBeActiveCodesOfTheirTable() {
        CustomsFilingDetails d = complete();
        d.setFilingCustomsCode("9999");
        d.setBusinessCategory("7");
        d.setDivisionCode("999999");
        d.setEconomicZone("8");
        d.setIndustryCode("Z");
        assertEquals(List.of(Field.FILING_CUSTOMS, Field.BUSINESS_CATEGORY, Field.DIVISION, Field.ECONOMIC_ZONE, Field.INDUSTRY),
                fields(declare(d)));
        assertTrue(declare(d).stream().allMatch(p -> p.key().equals(CustomsFilingRules.UNKNOWN_CODE)));
        assertEquals(CodeTable.CUSTOMS_DISTRICT, CustomsFilingRules.CODE_TABLES.get(Field.FILING_CUSTOMS), "备案海关 is a customs district too");
    }

    @Test
    void textsHaveTheirMaximumLength() {
        CustomsFilingDetails d = complete();
        d.setBusinessScope("经".repeat(CustomsFilingDetails.MAX_BUSINESS_SCOPE + 1));
        d.setContactName("名".repeat(CustomsFilingDetails.MAX_CONTACT_NAME + 1));
        assertEquals(List.of(new Problem(Field.BUSINESS_SCOPE, CustomsFilingRules.TOO_LONG, CustomsFilingDetails.MAX_BUSINESS_SCOPE),
                new Problem(Field.CONTACT_NAME, CustomsFilingRules.TOO_LONG, CustomsFilingDetails.MAX_CONTACT_NAME)), declare(d));
    }

    @Test
    void inputIsTrimmedAndCodesUpperCased() {
        CustomsFilingDetails d = complete();
        d.setIndustryCode(" f ");
        d.setCustomsDistrictCode(" 0100 ");
        d.setContactName("   ");
        CustomsFilingDetails n = CustomsFilingRules.normalized(d);
        assertEquals("F", n.getIndustryCode());
        assertEquals("0100", n.getCustomsDistrictCode());
        assertNull(n.getContactName());
        assertEquals(List.of(new Problem(Field.CONTACT_NAME, CustomsFilingRules.REQUIRED)), declare(d));
    }
}
