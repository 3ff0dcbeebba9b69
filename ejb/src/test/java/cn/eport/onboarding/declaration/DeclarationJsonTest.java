package cn.eport.onboarding.declaration;

import cn.eport.onboarding.audit.Sha256;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DeclarationJsonTest {

    @Test
    void aDeclarationReadsBackExactlyAsWritten() {
        Declaration declaration = DeclarationDiffTest.declaration(2, List.of(
                        new DeclaredField("customsDistrict", "registration.field.customsDistrict", "2200", "2200 上海海关", "2200 Shanghai Customs"),
                        new DeclaredField("registeredAddress", "registration.field.registeredAddress", "上海市 \"引号\" \\ 路\n2号", "上海市 \"引号\" \\ 路\n2号", null),
                        new DeclaredField("establishmentDate", "registration.field.establishmentDate", "", "", null)),
                List.of(new DeclaredAttachment(41L, "01", "营业执照.pdf", 123_456_789_012L, "0f".repeat(32))));

        String json = DeclarationJson.write(declaration);

        assertEquals(declaration, DeclarationJson.read(json));
        assertTrue(json.contains("\"displayEn\":null"), json);
        assertTrue(json.contains("上海海关"), "stored as readable text, not escaped: " + json);
    }

    @Test
    void theSameDeclarationAlwaysGivesTheSameTextAndHash() {
        Declaration declaration = DeclarationDiffTest.declaration(1, List.of(
                new DeclaredField("contactName", "registration.field.contactName", "李四", "李四", null)), List.of());
        Declaration changed = DeclarationDiffTest.declaration(1, List.of(
                new DeclaredField("contactName", "registration.field.contactName", "李五", "李五", null)), List.of());

        assertEquals(DeclarationJson.write(declaration), DeclarationJson.write(DeclarationJson.read(DeclarationJson.write(declaration))));
        assertEquals(Sha256.hex(DeclarationJson.write(declaration)), new DeclarationSnapshot(declaration).getContentSha256());
        assertNotEquals(new DeclarationSnapshot(declaration).getContentSha256(), new DeclarationSnapshot(changed).getContentSha256());
    }
}
