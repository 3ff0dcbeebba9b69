package cn.eport.onboarding.declaration;

import cn.eport.onboarding.declaration.DeclarationDiff.AttachmentChange;
import cn.eport.onboarding.declaration.DeclarationDiff.Change;
import cn.eport.onboarding.declaration.DeclarationDiff.FieldChange;
import cn.eport.onboarding.workflow.ApplicationKind;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DeclarationDiffTest {

    private static final DeclaredField DISTRICT_OLD = new DeclaredField("customsDistrict", "registration.field.customsDistrict",
            "2200", "2200 上海海关", "2200 Shanghai Customs");
    private static final DeclaredField DISTRICT_NEW = new DeclaredField("customsDistrict", "registration.field.customsDistrict",
            "2201", "2201 浦江海关", null);
    private static final DeclaredField CONTACT = new DeclaredField("contactName", "registration.field.contactName", "李四", "李四", null);
    private static final DeclaredField PHONE_OLD = new DeclaredField("contactPhone", "registration.field.contactPhone", "123", "123", null);
    private static final DeclaredField PHONE_NEW = new DeclaredField("contactPhone", "registration.field.contactPhone",
            "021-12345678", "021-12345678", null);

    private static final DeclaredAttachment LICENCE = new DeclaredAttachment(1L, "01", "licence.pdf", 100, "a".repeat(64));
    private static final DeclaredAttachment LICENCE_NEW = new DeclaredAttachment(4L, "01", "licence-2.pdf", 120, "d".repeat(64));
    private static final DeclaredAttachment ID_CARD = new DeclaredAttachment(2L, "02", "id.jpg", 200, "b".repeat(64));
    private static final DeclaredAttachment LEASE = new DeclaredAttachment(3L, "03", "lease.pdf", 300, "c".repeat(64));
    private static final DeclaredAttachment PERMIT = new DeclaredAttachment(5L, "04", "permit.pdf", 400, "e".repeat(64));

    @Test
    void onlyChangedFieldsInTheFormsOrderWithWhatWasReadAtEachDeclaration() {
        Declaration returned = declaration(1, List.of(DISTRICT_OLD, CONTACT, PHONE_OLD), List.of());
        Declaration again = declaration(2, List.of(DISTRICT_NEW, CONTACT, PHONE_NEW), List.of());

        DeclarationDiff diff = DeclarationDiff.between(returned, again);

        assertEquals(List.of(new FieldChange("customsDistrict", "registration.field.customsDistrict", DISTRICT_OLD, DISTRICT_NEW),
                new FieldChange("contactPhone", "registration.field.contactPhone", PHONE_OLD, PHONE_NEW)), diff.fields());
        assertEquals("2200 上海海关", diff.fields().get(0).before().display());
        assertEquals("2201 浦江海关", diff.fields().get(0).after().display());
        assertTrue(diff.attachments().isEmpty());
        assertEquals(List.of("customsDistrict", "contactPhone"), List.copyOf(diff.changedFieldNames()));
    }

    @Test
    void aCodeRenamedInTheTablesIsNoChangeOfTheEnterprises() {
        DeclaredField renamed = new DeclaredField("customsDistrict", "registration.field.customsDistrict", "2200", "2200 上海海关（新）", null);

        DeclarationDiff diff = DeclarationDiff.between(declaration(1, List.of(DISTRICT_OLD), List.of()),
                declaration(2, List.of(renamed), List.of()));

        assertTrue(diff.isEmpty());
    }

    @Test
    void aFieldTheFormGainedOrLostComparesWithNothing() {
        DeclarationDiff diff = DeclarationDiff.between(declaration(1, List.of(CONTACT), List.of()),
                declaration(2, List.of(PHONE_NEW), List.of()));

        assertEquals(List.of("contactPhone", "contactName"), List.copyOf(diff.changedFieldNames()));
        assertEquals("", diff.fields().get(0).before().value());
        assertEquals("", diff.fields().get(1).after().display());
    }

    @Test
    void attachmentsAddedRemovedAndReplacedBySameDocumentTypeWithAnotherHash() {
        Declaration returned = declaration(1, List.of(CONTACT), List.of(LICENCE, ID_CARD, LEASE));
        Declaration again = declaration(2, List.of(CONTACT), List.of(ID_CARD, LICENCE_NEW, PERMIT));

        DeclarationDiff diff = DeclarationDiff.between(returned, again);

        assertTrue(diff.fields().isEmpty());
        assertEquals(List.of(new AttachmentChange(Change.REPLACED, "01", LICENCE, LICENCE_NEW),
                new AttachmentChange(Change.ADDED, "04", null, PERMIT),
                new AttachmentChange(Change.REMOVED, "03", LEASE, null)), diff.attachments());
    }

    @Test
    void theSameFileUploadedAgainIsUnchanged() {
        DeclaredAttachment sameAgain = new DeclaredAttachment(9L, "01", "licence (1).pdf", 100, LICENCE.sha256());

        DeclarationDiff diff = DeclarationDiff.between(declaration(1, List.of(), List.of(LICENCE)),
                declaration(2, List.of(), List.of(sameAgain)));

        assertTrue(diff.isEmpty());
    }

    @Test
    void twoFilesOfOneTypeOneOfThemReplaced() {
        DeclaredAttachment secondLicence = new DeclaredAttachment(6L, "01", "licence-p2.pdf", 50, "f".repeat(64));

        DeclarationDiff diff = DeclarationDiff.between(declaration(1, List.of(), List.of(LICENCE, secondLicence)),
                declaration(2, List.of(), List.of(LICENCE, LICENCE_NEW)));

        assertEquals(List.of(new AttachmentChange(Change.REPLACED, "01", secondLicence, LICENCE_NEW)), diff.attachments());
    }

    @Test
    void onlyDeclarationsOfOneApplicationCompare() {
        Declaration one = declaration(1, List.of(), List.of());
        Declaration other = new Declaration(ApplicationKind.ENTERPRISE_REGISTRATION, 99L, "SZ2026000099", "91110108MA01ABCD5T",
                "测试", 1, Instant.EPOCH, "ent-a", List.of(), List.of());

        assertThrows(IllegalArgumentException.class, () -> DeclarationDiff.between(one, other));
    }

    static Declaration declaration(int round, List<DeclaredField> fields, List<DeclaredAttachment> attachments) {
        return new Declaration(ApplicationKind.ENTERPRISE_REGISTRATION, 7L, "SZ2026000007", "91110108MA01ABCD5T",
                "北京测试科技有限公司", round, Instant.parse("2026-03-0" + round + "T02:03:04.123456Z"), "ent-a", fields, attachments);
    }
}
