package cn.eport.onboarding.codetable;

import cn.eport.onboarding.codetable.CodeSuggester.CodePrefixLookup;
import cn.eport.onboarding.codetable.CodeSuggester.Lookup;
import cn.eport.onboarding.codetable.CodeSuggester.NameLookup;
import cn.eport.onboarding.codetable.CodeSuggester.NoLookup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CodeSuggesterTest {

    /** One character fewer than the table's threshold gives nothing; the threshold itself asks the database. */
    @ParameterizedTest
    @CsvSource({
            "BUSINESS_REGISTRATION_AUTHORITY, 1, 11",
            "QUALITY_SUPERVISION_AUTHORITY,    , 1",
            "TAX_AUTHORITY,                 137, 1370",
            "MOFCOM_AUTHORITY,                 , 4",
            "CUSTOMS_DISTRICT,                0, 02",
            "FOREX_BUREAU,                    3, 37"})
    void answersFromTheTablesThresholdOn(CodeTable table, String tooShort, String enough) {
        assertInstanceOf(NoLookup.class, CodeSuggester.lookupFor(table, tooShort));
        assertInstanceOf(CodePrefixLookup.class, CodeSuggester.lookupFor(table, enough));
    }

    @Test
    void theThresholdCountsCharactersOfTheTrimmedText() {
        assertInstanceOf(NoLookup.class, CodeSuggester.lookupFor(CodeTable.TAX_AUTHORITY, "  137  "));
        assertInstanceOf(NoLookup.class, CodeSuggester.lookupFor(CodeTable.TAX_AUTHORITY, "\t\n"));
        assertInstanceOf(NoLookup.class, CodeSuggester.lookupFor(CodeTable.CUSTOMS_DISTRICT, null));
        assertInstanceOf(NameLookup.class, CodeSuggester.lookupFor(CodeTable.CUSTOMS_DISTRICT, "天津"), "two Chinese characters");
        assertInstanceOf(NoLookup.class, CodeSuggester.lookupFor(CodeTable.CUSTOMS_DISTRICT, "津"));
        assertInstanceOf(NameLookup.class, CodeSuggester.lookupFor(CodeTable.TAX_AUTHORITY, "𠀀𠀀𠀀𠀀"), "code points, not UTF-16 units");
        assertInstanceOf(NoLookup.class, CodeSuggester.lookupFor(CodeTable.TAX_AUTHORITY, "𠀀𠀀"));
    }

    @Test
    void aCodePrefixIsTrimmedUpperCasedAndSearchedAsAnIndexRange() {
        CodePrefixLookup lookup = assertInstanceOf(CodePrefixLookup.class,
                CodeSuggester.lookupFor(CodeTable.CAPITAL_UNIT, "  wan_ "));
        assertEquals(new CodePrefixLookup("WAN_", "WAN_", "WAN`", "WAN\\_%"), lookup);
        assertEquals(new CodePrefixLookup("1379", "1379", "137:", "1379%"), CodeSuggester.lookupFor(CodeTable.TAX_AUTHORITY, "1379"));
        assertEquals(new CodePrefixLookup("0-", "0-", "0.", "0-%"), CodeSuggester.lookupFor(CodeTable.ID_TYPE, "0-"));
    }

    @Test
    void anEmptyTextListsASmallTableFromItsFirstCode() {
        CodePrefixLookup lookup = assertInstanceOf(CodePrefixLookup.class, CodeSuggester.lookupFor(CodeTable.ID_TYPE, ""));
        assertEquals("", lookup.from());
        assertEquals("%", lookup.pattern());
        assertTrue("ZZZZ".compareTo(lookup.to()) < 0 && "____".compareTo(lookup.to()) < 0, "the range covers every code");
    }

    @Test
    void textThatCannotStartACodeIsLookedForInTheNames() {
        assertEquals(new NameLookup("海淀", List.of("海淀"), "%海淀%"), CodeSuggester.lookupFor(CodeTable.BUSINESS_REGISTRATION_AUTHORITY, " 海淀 "));
        assertEquals(new NameLookup("洋山海关(", List.of("洋山", "山海", "海关", "关("), "%洋山海关(%"), CodeSuggester.lookupFor(CodeTable.CUSTOMS_DISTRICT, "洋山海关("));
        assertEquals(new NameLookup("11 01", List.of("11", "1 ", " 0", "01"), "%11 01%"), CodeSuggester.lookupFor(CodeTable.MOFCOM_AUTHORITY, "11 01"));
    }

    @Test
    void likeWildcardsInTheTextMatchOnlyThemselves() {
        assertEquals(new NameLookup("100%_\\", List.of("10", "00", "0%", "%_", "_\\"), "%100\\%\\_\\\\%"), CodeSuggester.lookupFor(CodeTable.MOFCOM_AUTHORITY, "100%_\\"));
        assertEquals("a\\%b\\_c\\\\d", CodeSuggester.escapeLike("a%b_c\\d"));
        assertEquals(new NameLookup("%", List.of("%"), "%\\%%"), CodeSuggester.lookupFor(CodeTable.MOFCOM_AUTHORITY, "%"),
                "the gram is the raw text, compared with =, not LIKE");
    }

    @Test
    void textLongerThanAnyNameAsksNothing() {
        Lookup atLimit = CodeSuggester.lookupFor(CodeTable.MOFCOM_AUTHORITY, "局".repeat(CodeSuggester.MAX_TEXT_LENGTH));
        assertInstanceOf(NameLookup.class, atLimit);
        assertInstanceOf(NoLookup.class, CodeSuggester.lookupFor(CodeTable.MOFCOM_AUTHORITY, "局".repeat(CodeSuggester.MAX_TEXT_LENGTH + 1)));
    }

    @Test
    void theSqlAsksForAtMostTwentyInCodeOrder() {
        assertTrue(CodeSuggester.BY_CODE_PREFIX.endsWith("ORDER BY code\nFETCH FIRST 20 ROWS ONLY"), CodeSuggester.BY_CODE_PREFIX);
        assertTrue(CodeSuggester.BY_NAME.endsWith("ORDER BY g.code\nFETCH FIRST 20 ROWS ONLY"), CodeSuggester.BY_NAME);
        assertTrue(CodeSuggester.BY_NAME_SCAN.endsWith("ORDER BY code\nFETCH FIRST 20 ROWS ONLY"), CodeSuggester.BY_NAME_SCAN);
        assertEquals(20, CodeSuggester.MAX_SUGGESTIONS);
    }
}
