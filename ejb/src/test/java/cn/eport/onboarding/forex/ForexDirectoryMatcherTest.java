package cn.eport.onboarding.forex;

import cn.eport.onboarding.directory.Directory;
import cn.eport.onboarding.directory.DirectoryResult;
import cn.eport.onboarding.directory.ForexEnterpriseRecord;
import cn.eport.onboarding.filing.FilingCheck;
import cn.eport.onboarding.filing.FilingRefusedException;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ForexDirectoryMatcherTest {

    private static final String USCC = "91110108MA01ABCD5T";
    private static final ForexEnterpriseRecord ENTRY =
            new ForexEnterpriseRecord(USCC, "北京海淀示例（中关村）进出口贸易有限公司", "张伟", "110000");

    private static DirectoryMatch match(String name, String legalPerson, String bureau) {
        return ForexDirectoryMatcher.match(name, legalPerson, bureau, DirectoryResult.found(ENTRY));
    }

    @Test
    void theSameDataMatches() {
        DirectoryMatch m = match("北京海淀示例（中关村）进出口贸易有限公司", "张伟", "110000");
        assertTrue(m.matches());
        assertEquals(DirectoryMatch.Outcome.MATCHED, m.outcome());
        assertEquals(Set.of(), m.differences());
        assertSame(ENTRY, m.entry());
    }

    @Test
    void theNameMatchesWrittenWithHalfWidthBracketsAndSpaces() {
        assertTrue(match("北京海淀示例 (中关村) 进出口贸易有限公司", " 张伟 ", "110000").matches());
    }

    @Test
    void eachDifferingFieldIsNamed() {
        assertEquals(EnumSet.of(MatchedField.ENTERPRISE_NAME),
                match("北京海淀示例进出口贸易有限公司", "张伟", "110000").differences());
        assertEquals(EnumSet.of(MatchedField.LEGAL_PERSON),
                match("北京海淀示例（中关村）进出口贸易有限公司", "李娜", "110000").differences());
        DirectoryMatch bureau = match("北京海淀示例（中关村）进出口贸易有限公司", "张伟", "110100");
        assertEquals(DirectoryMatch.Outcome.DIFFERENT, bureau.outcome());
        assertEquals(EnumSet.of(MatchedField.FOREX_BUREAU), bureau.differences());
        assertFalse(bureau.matches());
        assertEquals(EnumSet.allOf(MatchedField.class), match("别的公司", "李娜", "310000").differences());
    }

    @Test
    void noBureauChosenIsADifference() {
        assertEquals(EnumSet.of(MatchedField.FOREX_BUREAU),
                match("北京海淀示例（中关村）进出口贸易有限公司", "张伟", null).differences());
    }

    @Test
    void anEntryWithoutLegalPersonCannotConfirmIt() {
        ForexEnterpriseRecord noLegalPerson = new ForexEnterpriseRecord(USCC, "示例公司", null, "110000");
        DirectoryMatch m = ForexDirectoryMatcher.match("示例公司", "张伟", "110000", DirectoryResult.found(noLegalPerson));
        assertEquals(EnumSet.of(MatchedField.LEGAL_PERSON), m.differences());
        assertFalse(m.matches());
    }

    @Test
    void anEnterpriseTheDirectoryDoesNotKnowGoesToReview() {
        DirectoryMatch m = ForexDirectoryMatcher.match("示例公司", "张伟", "110000", DirectoryResult.notFound());
        assertEquals(DirectoryMatch.Outcome.NOT_LISTED, m.outcome());
        assertNull(m.entry());
        assertFalse(m.matches());
        assertEquals(EnumSet.allOf(MatchedField.class), m.differences());
    }

    @Test
    void anAnswerThatContradictsItselfIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new DirectoryMatch(DirectoryMatch.Outcome.MATCHED, ENTRY, EnumSet.of(MatchedField.LEGAL_PERSON)));
        assertThrows(IllegalArgumentException.class,
                () -> new DirectoryMatch(DirectoryMatch.Outcome.DIFFERENT, ENTRY, Set.of()));
        assertThrows(IllegalArgumentException.class,
                () -> new DirectoryMatch(DirectoryMatch.Outcome.NOT_LISTED, ENTRY, EnumSet.allOf(MatchedField.class)));
    }

    @Test
    void anUnreachableDirectoryRefusesTheDeclarationRatherThanGuess() {
        FilingRefusedException refused = assertThrows(FilingRefusedException.class, () -> ForexDirectoryMatcher.match(
                "北京海淀示例（中关村）进出口贸易有限公司", "张伟", "110000",
                DirectoryResult.unavailable(Directory.FOREX_ENTERPRISES, DirectoryResult.Reason.TIMEOUT)));
        FilingCheck.Unavailable check = assertInstanceOf(FilingCheck.Unavailable.class, refused.check());
        assertEquals(Directory.FOREX_ENTERPRISES, check.directory());
    }
}
