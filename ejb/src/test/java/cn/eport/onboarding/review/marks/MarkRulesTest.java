package cn.eport.onboarding.review.marks;

import cn.eport.onboarding.review.marks.ReturnMarkRefusedException.Problem;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static cn.eport.onboarding.workflow.ApplicationKind.ENTERPRISE_REGISTRATION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class MarkRulesTest {

    private static final Set<String> FIELDS = Set.of("customsDistrict", "contactPhone");
    private static final Set<Long> ATTACHMENTS = Set.of(7L);

    private static List<ReturnMarkInput> checked(ReturnMarkInput... marks) {
        return MarkRules.checked(ENTERPRISE_REGISTRATION, 1L, List.of(marks), FIELDS, ATTACHMENTS);
    }

    private static Problem refusal(ReturnMarkInput... marks) {
        return assertThrows(ReturnMarkRefusedException.class, () -> checked(marks)).problem();
    }

    @Test
    void marksOnKnownFieldsAndShownFilesAreKeptInOrderWithStrippedNotes() {
        List<ReturnMarkInput> marks = checked(ReturnMarkInput.onField("contactPhone", "  号码少一位 "),
                ReturnMarkInput.onAttachment(7L, "扫描件不清晰"), ReturnMarkInput.onField("customsDistrict", "应为兰州海关"));
        assertEquals(List.of(ReturnMarkInput.onField("contactPhone", "号码少一位"), ReturnMarkInput.onAttachment(7L, "扫描件不清晰"),
                ReturnMarkInput.onField("customsDistrict", "应为兰州海关")), marks);
    }

    @Test
    void noMarksAreFine() {
        assertEquals(List.of(), checked());
    }

    @Test
    void aFieldTheKindDoesNotHaveIsRefusedAndNamed() {
        ReturnMarkRefusedException e = assertThrows(ReturnMarkRefusedException.class,
                () -> checked(ReturnMarkInput.onField("contactPhone", "ok"), ReturnMarkInput.onField("password", "x")));
        assertEquals(Problem.UNKNOWN_FIELD, e.problem());
        assertEquals("password", e.subject());
    }

    @Test
    void anAttachmentNotShownIsRefused() {
        assertEquals(Problem.UNKNOWN_ATTACHMENT, refusal(ReturnMarkInput.onAttachment(8L, "x")));
    }

    @Test
    void aMarkOnNothingOrOnBothIsRefused() {
        assertEquals(Problem.NO_TARGET, refusal(new ReturnMarkInput(null, null, "x")));
        assertEquals(Problem.NO_TARGET, refusal(new ReturnMarkInput("contactPhone", 7L, "x")));
    }

    @Test
    void oneMarkPerFieldAndPerFile() {
        assertEquals(Problem.DUPLICATE, refusal(ReturnMarkInput.onField("contactPhone", "a"), ReturnMarkInput.onField("contactPhone", "b")));
        assertEquals(Problem.DUPLICATE, refusal(ReturnMarkInput.onAttachment(7L, "a"), ReturnMarkInput.onAttachment(7L, "b")));
    }

    @Test
    void theNoteIsRequiredAndAtMost200Characters() {
        assertEquals(Problem.NOTE_MISSING, refusal(ReturnMarkInput.onField("contactPhone", " \t")));
        assertEquals(Problem.NOTE_MISSING, refusal(ReturnMarkInput.onField("contactPhone", null)));
        assertEquals(Problem.NOTE_TOO_LONG, refusal(ReturnMarkInput.onField("contactPhone", "改".repeat(201))));
        assertEquals(200, checked(ReturnMarkInput.onField("contactPhone", "改".repeat(200))).get(0).note().length());
    }

    @Test
    void aChangeIsToldAgainstTheValueAtTheMarkWithNoValueAndEmptyTheSame() {
        ReturnMark.MarkTarget target = new ReturnMark.MarkTarget(ENTERPRISE_REGISTRATION, 1L, "91310000MA1FL8XQ30", 1);
        ReturnMark mark = ReturnMark.onField(target, "contactPhone", "021-1234567", "号码少一位", "reviewer", java.time.Instant.EPOCH);
        assertEquals(false, mark.changedTo("021-1234567"));
        assertEquals(true, mark.changedTo("021-12345678"));
        ReturnMark empty = ReturnMark.onField(target, "contactName", null, "请填写", "reviewer", java.time.Instant.EPOCH);
        assertEquals(false, empty.changedTo(""));
        assertEquals(true, empty.changedTo("张三"));
        empty.clear("ent-a", java.time.Instant.EPOCH);
        assertEquals(false, empty.isOpen());
        assertNull(mark.getClearedAt());
    }
}
