package cn.eport.onboarding.codetable;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CodeTableTest {

    @Test
    void suggestionThresholdsAreTheManuals() {
        assertEquals(2, CodeTable.BUSINESS_REGISTRATION_AUTHORITY.minSuggestLength(), "F-13 工商");
        assertEquals(1, CodeTable.QUALITY_SUPERVISION_AUTHORITY.minSuggestLength(), "F-13 技监");
        assertEquals(4, CodeTable.TAX_AUTHORITY.minSuggestLength(), "F-13 税务");
        assertEquals(1, CodeTable.MOFCOM_AUTHORITY.minSuggestLength(), "F-23 主管机关");
        assertEquals(2, CodeTable.CUSTOMS_DISTRICT.minSuggestLength(), "F-32 主管海关/备案海关");
        assertEquals(2, CodeTable.FOREX_BUREAU.minSuggestLength(), "F-43 外汇局");
    }

    @Test
    void theSmallListsAnswerFromTheFirstKeystroke() {
        for (CodeTable list : new CodeTable[]{CodeTable.ENTERPRISE_TYPE, CodeTable.LEGAL_PERSON_TYPE,
                CodeTable.ENTERPRISE_STATUS, CodeTable.CAPITAL_UNIT, CodeTable.DOCUMENT_TYPE, CodeTable.ID_TYPE}) {
            assertEquals(0, list.minSuggestLength(), list.name());
        }
    }

    @Test
    void urlSegmentsAreKebabCaseAndLeadBack() {
        assertEquals("customs-district", CodeTable.CUSTOMS_DISTRICT.pathSegment());
        assertEquals("tax-authority", CodeTable.TAX_AUTHORITY.pathSegment());
        assertEquals("business-registration-authority", CodeTable.BUSINESS_REGISTRATION_AUTHORITY.pathSegment());
        Arrays.stream(CodeTable.values()).forEach(t -> assertEquals(Optional.of(t), CodeTable.fromPathSegment(t.pathSegment())));
    }

    @Test
    void unknownOrMisspelledSegmentsNameNoTable() {
        for (String segment : new String[]{"CUSTOMS_DISTRICT", "customs_district", "Customs-District", "customs", "", null}) {
            assertTrue(CodeTable.fromPathSegment(segment).isEmpty(), String.valueOf(segment));
        }
    }
}
