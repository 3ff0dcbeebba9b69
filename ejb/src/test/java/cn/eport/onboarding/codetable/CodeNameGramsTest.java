package cn.eport.onboarding.codetable;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CodeNameGramsTest {

    @Test
    void bigramsOnlyWhereInputStartsAtTwoCharacters() {
        assertEquals(List.of("天津", "津海", "海关"), List.copyOf(CodeNameGrams.of(CodeTable.CUSTOMS_DISTRICT, "天津海关")));
        assertEquals(List.of(), List.copyOf(CodeNameGrams.of(CodeTable.CUSTOMS_DISTRICT, "局")), "one character, no bigram");
    }

    @Test
    void singleCharactersTooWhereOneCharacterIsEnough() {
        assertTrue(CodeNameGrams.keepsSingleCharacters(CodeTable.QUALITY_SUPERVISION_AUTHORITY));
        assertTrue(CodeNameGrams.keepsSingleCharacters(CodeTable.MOFCOM_AUTHORITY));
        assertTrue(CodeNameGrams.keepsSingleCharacters(CodeTable.ID_TYPE), "threshold 0");
        assertFalse(CodeNameGrams.keepsSingleCharacters(CodeTable.BUSINESS_REGISTRATION_AUTHORITY));
        assertFalse(CodeNameGrams.keepsSingleCharacters(CodeTable.TAX_AUTHORITY));
        assertEquals(List.of("东", "东华", "华", "华门", "门"), List.copyOf(CodeNameGrams.of(CodeTable.QUALITY_SUPERVISION_AUTHORITY, "东华门")));
        assertEquals(List.of("局"), List.copyOf(CodeNameGrams.of(CodeTable.MOFCOM_AUTHORITY, "局")));
    }

    @Test
    void eachGramOnceHoweverOftenItOccurs() {
        assertEquals(List.of("市", "市市", "市场", "场", "场市"),
                List.copyOf(CodeNameGrams.of(CodeTable.MOFCOM_AUTHORITY, "市市场市场")));
        assertEquals(Set.of("哈哈"), CodeNameGrams.of(CodeTable.FOREX_BUREAU, "哈哈哈哈"));
    }

    @Test
    void charactersAreCodePointsNotUtf16Units() {
        String rare = "𬇙"; // U+2C1D9, a place-name character outside the BMP (two UTF-16 units)
        assertEquals(List.of("𬇙", "𬇙河", "河"), List.copyOf(CodeNameGrams.of(CodeTable.QUALITY_SUPERVISION_AUTHORITY, rare + "河")));
        assertEquals(List.of("东𬇙", "𬇙河"), List.copyOf(CodeNameGrams.of(CodeTable.TAX_AUTHORITY, "东" + rare + "河")));
        assertEquals(List.of(rare), CodeNameGrams.lookupGrams(rare));
        assertEquals(List.of("东" + rare, rare + "河"), CodeNameGrams.lookupGrams("东" + rare + "河"));
    }

    @Test
    void wildcardsAndSpacesAreOrdinaryCharacters() {
        assertEquals(List.of("1", "10", "0", "0%", "%", "%_", "_", "_ ", " ", " x", "x"),
                List.copyOf(CodeNameGrams.of(CodeTable.ID_TYPE, "10%_ x")));
    }

    @Test
    void theLookupGramsAreTheTextUpToTwoCharactersElseItsFirstDistinctBigrams() {
        assertEquals(List.of("街"), CodeNameGrams.lookupGrams("街"));
        assertEquals(List.of("街道"), CodeNameGrams.lookupGrams("街道"));
        assertEquals(List.of("东华", "华门", "门街", "街道"), CodeNameGrams.lookupGrams("东华门街道"));
        assertEquals(List.of("哈哈"), CodeNameGrams.lookupGrams("哈哈哈哈"));
        assertEquals(List.of("一二", "二三", "三四", "四五", "五六", "六七", "七八", "八九"),
                CodeNameGrams.lookupGrams("一二三四五六七八九十"), "at most " + CodeNameGrams.MAX_CANDIDATES);
        assertThrows(IllegalArgumentException.class, () -> CodeNameGrams.lookupGrams(""));
    }

    @Test
    void everyNameContainingTheTextHoldsItsLookupGram() {
        String name = "北京市东城区东华门街道";
        for (CodeTable table : List.of(CodeTable.QUALITY_SUPERVISION_AUTHORITY, CodeTable.BUSINESS_REGISTRATION_AUTHORITY)) {
            Set<String> grams = CodeNameGrams.of(table, name);
            int[] chars = name.codePoints().toArray();
            for (int from = 0; from < chars.length; from++) {
                for (int to = from + table.minSuggestLength(); to <= chars.length; to++) {
                    if (to > from) {
                        String text = new String(chars, from, to - from);
                        assertTrue(grams.containsAll(CodeNameGrams.lookupGrams(text)), table + ": " + text);
                    }
                }
            }
        }
    }
}
