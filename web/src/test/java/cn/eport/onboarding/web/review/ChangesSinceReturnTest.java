package cn.eport.onboarding.web.review;

import cn.eport.onboarding.declaration.Declaration;
import cn.eport.onboarding.declaration.DeclarationDiff.Change;
import cn.eport.onboarding.declaration.DeclaredAttachment;
import cn.eport.onboarding.declaration.DeclaredField;
import cn.eport.onboarding.web.review.ChangesSinceReturn.AttachmentRow;
import cn.eport.onboarding.web.review.ChangesSinceReturn.FieldRow;
import cn.eport.onboarding.workflow.ApplicationKind;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChangesSinceReturnTest {

    private static final DeclaredField DISTRICT_1 = new DeclaredField("customsDistrict", "registration.field.customsDistrict",
            "2200", "2200 上海海关", "2200 Shanghai Customs");
    private static final DeclaredField DISTRICT_2 = new DeclaredField("customsDistrict", "registration.field.customsDistrict",
            "2201", "2201 上海浦江海关", null);
    private static final DeclaredField ADDRESS = new DeclaredField("registeredAddress", "registration.field.registeredAddress",
            "上海市1号", "上海市1号", null);
    private static final DeclaredField PHONE = new DeclaredField("contactPhone", "registration.field.contactPhone", "123", "123", null);
    private static final DeclaredAttachment LICENCE = new DeclaredAttachment(1L, "BUSINESS_LICENCE", "营业执照.png", 10, "a".repeat(64));
    private static final DeclaredAttachment LICENCE_2 = new DeclaredAttachment(3L, "BUSINESS_LICENCE", "营业执照-清晰.png", 11, "c".repeat(64));
    private static final DeclaredAttachment ID_CARD = new DeclaredAttachment(2L, "LEGAL_PERSON_ID", "身份证.png", 12, "b".repeat(64));

    private static Declaration declaration(int round, List<DeclaredField> fields, List<DeclaredAttachment> attachments) {
        return new Declaration(ApplicationKind.ENTERPRISE_REGISTRATION, 5L, "SZ2026000005", "91110108MA01ABCD5T", "测试", round,
                Instant.EPOCH, "ent-a", fields, attachments);
    }

    @Test
    void theReturnsNotesStandBesideTheChangesAndWhatWasMarkedButLeftIsListedToo() {
        Declaration returned = declaration(1, List.of(DISTRICT_1, ADDRESS, PHONE), List.of(LICENCE, ID_CARD));
        Declaration again = declaration(2, List.of(DISTRICT_2, ADDRESS, PHONE), List.of(LICENCE_2, ID_CARD));

        ChangesSinceReturn changes = ChangesSinceReturn.of(returned, again, "请核对",
                Map.of("customsDistrict", "应为浦江海关", "registeredAddress", "与执照不一致"),
                Map.of(1L, "不清晰", 2L, "已过期"), false);

        assertEquals(1, changes.fromRound());
        assertEquals(2, changes.toRound());
        assertEquals(List.of(
                new FieldRow("customsDistrict", "registration.field.customsDistrict", "2200 上海海关", "2201 上海浦江海关", "应为浦江海关", true),
                new FieldRow("registeredAddress", "registration.field.registeredAddress", "上海市1号", "上海市1号", "与执照不一致", false)),
                changes.fields());
        assertEquals(List.of(
                new AttachmentRow(Change.REPLACED, "BUSINESS_LICENCE", "营业执照.png", "营业执照-清晰.png", "不清晰"),
                new AttachmentRow(null, "LEGAL_PERSON_ID", "身份证.png", "身份证.png", "已过期")), changes.attachments());
        assertFalse(changes.isUnchanged());
    }

    @Test
    void aMarkedFileDeletedAndUploadedAgainUnchangedKeepsItsNote() {
        DeclaredAttachment sameAgain = new DeclaredAttachment(9L, "BUSINESS_LICENCE", "营业执照（重传）.png", 10, LICENCE.sha256());
        Declaration returned = declaration(1, List.of(ADDRESS), List.of(LICENCE));
        Declaration again = declaration(2, List.of(ADDRESS), List.of(sameAgain));

        ChangesSinceReturn changes = ChangesSinceReturn.of(returned, again, null, Map.of(), Map.of(1L, "不清晰"), false);

        assertEquals(List.of(new AttachmentRow(null, "BUSINESS_LICENCE", "营业执照.png", "营业执照（重传）.png", "不清晰")),
                changes.attachments());
        assertTrue(changes.isUnchanged(), "the same file: no change");
    }

    @Test
    void inEnglishWhereKnownAndWithoutNotesBeforeTheMarksExist() {
        Declaration returned = declaration(1, List.of(DISTRICT_1), List.of());
        Declaration again = declaration(2, List.of(DISTRICT_2), List.of());

        ChangesSinceReturn changes = ChangesSinceReturn.of(returned, again, null,
                Map.of(), Map.of(), true);

        assertEquals("2200 Shanghai Customs", changes.fields().get(0).before());
        assertEquals("2201 上海浦江海关", changes.fields().get(0).after(), "no English name: the Chinese one");
        assertEquals(null, changes.fields().get(0).note());
    }

    @Test
    void declaredAgainUnchangedIsSaidSoWithTheMarkedFieldsStillListed() {
        Declaration returned = declaration(1, List.of(ADDRESS), List.of());
        Declaration again = declaration(2, List.of(ADDRESS), List.of());

        ChangesSinceReturn changes = ChangesSinceReturn.of(returned, again, "请核对",
                Map.of("registeredAddress", "与执照不一致"), Map.of(), false);

        assertTrue(changes.isUnchanged());
        assertFalse(changes.isEmpty());
        assertFalse(changes.fields().get(0).changed());
    }
}
