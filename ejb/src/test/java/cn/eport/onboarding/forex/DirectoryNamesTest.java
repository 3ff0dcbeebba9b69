package cn.eport.onboarding.forex;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DirectoryNamesTest {

    @Test
    void fullWidthAndHalfWidthBracketsAreTheSame() {
        assertTrue(DirectoryNames.same("示例（北京）进出口有限公司", "示例(北京)进出口有限公司"));
        assertTrue(DirectoryNames.same("示例﹙北京﹚进出口有限公司", "示例(北京)进出口有限公司"));
        assertEquals("示例(北京)进出口有限公司", DirectoryNames.normalized("示例（北京）进出口有限公司"));
    }

    @Test
    void spacesOfEveryKindDoNotCount() {
        assertTrue(DirectoryNames.same(" 北京海淀示例\u3000进出口 贸易有限公司 ", "北京海淀示例进出口贸易有限公司"));
        assertTrue(DirectoryNames.same("北京\u200B海淀示例进出口贸易有限公司", "北京海淀示例进出口贸易有限公司"),
                "a pasted zero-width space is not part of the name");
    }

    @Test
    void fullWidthLettersAndDigitsAreTheirAsciiFormsInAnyCase() {
        assertTrue(DirectoryNames.same("ＡＢＣ科技（上海）有限公司", "abc科技(上海)有限公司"));
        assertTrue(DirectoryNames.same("示例第１分公司", "示例第1分公司"));
    }

    @Test
    void theMiddleDotsOfTranscribedNamesAreOneDot() {
        assertTrue(DirectoryNames.same("阿依古丽・买买提", "阿依古丽·买买提"));
        assertTrue(DirectoryNames.same("阿依古丽•买买提", "阿依古丽·买买提"));
        assertTrue(DirectoryNames.same("JOHN SMITH", "john smith"));
    }

    @Test
    void aDifferentCharacterIsADifferentName() {
        assertFalse(DirectoryNames.same("北京海淀示例进出口贸易有限公司", "北京海淀示例进出口贸易有限责任公司"));
        assertFalse(DirectoryNames.same("张伟", "张玮"));
        assertFalse(DirectoryNames.same("示例(北京)公司", "示例北京公司"), "brackets are kept, only their width is ignored");
        assertFalse(DirectoryNames.same("示例【北京】公司", "示例(北京)公司"), "only round brackets are unified");
    }

    @Test
    void aMissingNameIsNeverTheSame() {
        assertFalse(DirectoryNames.same(null, null));
        assertFalse(DirectoryNames.same("", ""));
        assertFalse(DirectoryNames.same("张伟", null));
        assertFalse(DirectoryNames.same(null, "张伟"));
        assertNull(DirectoryNames.normalized(null));
    }
}
