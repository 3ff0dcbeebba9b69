package cn.eport.onboarding.it.review;

import cn.eport.onboarding.attachment.AttachmentService;
import cn.eport.onboarding.enterprise.ApplicationNotFoundException;
import cn.eport.onboarding.enterprise.RegistrationDetails;
import cn.eport.onboarding.enterprise.RegistrationService;
import cn.eport.onboarding.it.ActingUsers;
import cn.eport.onboarding.it.Deployments;
import cn.eport.onboarding.it.TestData;
import cn.eport.onboarding.review.NotClaimedByYouException;
import cn.eport.onboarding.review.ReviewService;
import cn.eport.onboarding.review.marks.MarkedApplication;
import cn.eport.onboarding.review.marks.OpenMark;
import cn.eport.onboarding.review.marks.ReturnMark;
import cn.eport.onboarding.review.marks.ReturnMarkInput;
import cn.eport.onboarding.review.marks.ReturnMarkRefusedException;
import cn.eport.onboarding.review.marks.ReturnMarkRefusedException.Problem;
import cn.eport.onboarding.review.marks.ReturnMarkStore;
import cn.eport.onboarding.review.marks.ReturnMarks;
import cn.eport.onboarding.workflow.ApplicationStatus;
import cn.eport.onboarding.workflow.WorkflowAction;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import static cn.eport.onboarding.workflow.ApplicationKind.ENTERPRISE_REGISTRATION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The reviewer's marks of a return in the real server (issue 12 item 1): stored with the return and
 * only with it, refused marks leaving nothing behind, the owner's view scoped to its enterprise, the
 * counts for its lists, and the clearing as the enterprise changes what was marked.
 */
@ExtendWith(ArquillianExtension.class)
class ReturnMarksIT extends ActingUsers {

    private static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final String DISTRICT = "0100";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(ReturnMarksIT.class);
    }

    @Inject
    private ReviewService reviews;

    @Inject
    private RegistrationService registrations;

    @Inject
    private AttachmentService attachments;

    @Inject
    private ReturnMarks returnMarks;

    @Inject
    private ReturnMarkStore store;

    /** A 三证合一 of ent-a with one file (营业执照), declared and claimed by the reviewer; its id and the file's. */
    private record Claimed(Long id, Long file) {
    }

    private Claimed claimedWithAFile() throws Exception {
        Claimed claimed = a(() -> {
            Long draft = registrations.save(null, 0, UUID.randomUUID().toString(), TestData.completeRegistration(DISTRICT),
                    WorkflowAction.SAVE_DRAFT).id();
            Long file = attachments.upload(ENTERPRISE_REGISTRATION, draft, "BUSINESS_LICENCE", "营业执照.pdf", PDF).getId();
            registrations.save(draft, registrations.find(draft).getVersion(), UUID.randomUUID().toString(),
                    TestData.completeRegistration(DISTRICT), WorkflowAction.DECLARE);
            return new Claimed(draft, file);
        });
        reviewer(() -> reviews.claim(ENTERPRISE_REGISTRATION, claimed.id()));
        return claimed;
    }

    private List<OpenMark> openOfA(Long id) throws Exception {
        return a(() -> returnMarks.open(ENTERPRISE_REGISTRATION, id));
    }

    private ApplicationStatus status(Long id) throws Exception {
        return reviewer(() -> reviews.item(ENTERPRISE_REGISTRATION, id)).status();
    }

    /** 暂存 (or 申报) of ent-a's application with its stored details changed as given. */
    private void saveByA(Long id, WorkflowAction action, Consumer<RegistrationDetails> change) throws Exception {
        a(() -> {
            RegistrationDetails details = registrations.find(id).getDetails().copy();
            change.accept(details);
            return registrations.save(id, registrations.find(id).getVersion(), UUID.randomUUID().toString(), details, action);
        });
    }

    @Test
    void theMarksAreStoredWithTheReturnAndTheOwnerSeesThemAndTheirCount() throws Exception {
        Claimed app = claimedWithAFile();
        reviewer(() -> reviews.returnToEnterprise(ENTERPRISE_REGISTRATION, app.id(), "请按标注修改后重新申报。", List.of(
                ReturnMarkInput.onField("contactPhone", " 电话少一位 "),
                ReturnMarkInput.onAttachment(app.file(), "执照扫描件不清晰"),
                ReturnMarkInput.onField("customsDistrict", "主管海关应为上海海关"))));
        assertEquals(ApplicationStatus.RETURNED, status(app.id()));

        List<OpenMark> open = openOfA(app.id());
        assertEquals(List.of("contactPhone", "customsDistrict"), open.stream().filter(OpenMark::isOnField).map(OpenMark::field).toList(),
                "fields first, in the order marked");
        OpenMark phone = open.get(0);
        assertEquals("电话少一位", phone.note(), "the note stripped");
        assertEquals("registration.field.contactPhone", phone.labelKey());
        OpenMark file = open.get(2);
        assertEquals(app.file(), file.attachmentId());
        assertEquals("BUSINESS_LICENCE", file.documentType());
        assertEquals("营业执照.pdf", file.fileName());

        List<ReturnMark> stored = store.ofRound(ENTERPRISE_REGISTRATION, app.id(), 1);
        assertEquals(3, stored.size());
        ReturnMark phoneMark = stored.get(0);
        assertEquals("010-62345678", phoneMark.getFieldValue(), "the value at the time of the mark");
        assertEquals("reviewer", phoneMark.getCreatedBy());
        assertEquals("91110108MA01ABCD5T", phoneMark.getEnterpriseUscc(), "ent-a's");
        assertEquals(DISTRICT, stored.get(2).getFieldValue());

        assertEquals(3L, a(() -> returnMarks.openCounts()).get(new MarkedApplication(ENTERPRISE_REGISTRATION, app.id())));
        assertNull(b(() -> returnMarks.openCounts()).get(new MarkedApplication(ENTERPRISE_REGISTRATION, app.id())),
                "another enterprise counts only its own");
        assertThrows(ApplicationNotFoundException.class, () -> b(() -> returnMarks.open(ENTERPRISE_REGISTRATION, app.id())),
                "another enterprise's id is not found");
        assertThrows(ApplicationNotFoundException.class, () -> a(() -> returnMarks.open(ENTERPRISE_REGISTRATION, Long.MAX_VALUE)));
    }

    @Test
    void refusedMarksLeaveNeitherMarksNorAReturn() throws Exception {
        Claimed app = claimedWithAFile();
        Long othersFile = claimedWithAFile().file();
        assertRefused(app, Problem.UNKNOWN_FIELD, ReturnMarkInput.onField("contactPhone", "对"), ReturnMarkInput.onField("password", "x"));
        assertRefused(app, Problem.UNKNOWN_ATTACHMENT, ReturnMarkInput.onAttachment(othersFile, "另一申请的文件"));
        assertRefused(app, Problem.NOTE_MISSING, ReturnMarkInput.onField("contactPhone", "  "));
        assertRefused(app, Problem.NOTE_TOO_LONG, ReturnMarkInput.onField("contactPhone", "改".repeat(201)));
        assertRefused(app, Problem.DUPLICATE, ReturnMarkInput.onField("contactPhone", "一"), ReturnMarkInput.onField("contactPhone", "二"));
        assertThrows(NotClaimedByYouException.class, () -> second(() -> reviews.returnToEnterprise(ENTERPRISE_REGISTRATION, app.id(),
                "不是我认领的", List.of(ReturnMarkInput.onField("contactPhone", "电话少一位")))), "only the reviewer holding it returns");
        assertEquals(ApplicationStatus.UNDER_REVIEW, status(app.id()));
        assertEquals(List.of(), store.ofRound(ENTERPRISE_REGISTRATION, app.id(), 1));
    }

    private void assertRefused(Claimed app, Problem problem, ReturnMarkInput... marks) {
        ReturnMarkRefusedException refusal = assertThrows(ReturnMarkRefusedException.class, () -> reviewer(() ->
                reviews.returnToEnterprise(ENTERPRISE_REGISTRATION, app.id(), "请修改", List.of(marks))));
        assertEquals(problem, refusal.problem());
    }

    @Test
    void marksClearWhenTheFieldChangesOrTheFileGoesAndNotOnAnUnchangedSave() throws Exception {
        Claimed app = claimedWithAFile();
        reviewer(() -> reviews.returnToEnterprise(ENTERPRISE_REGISTRATION, app.id(), "请按标注修改", List.of(
                ReturnMarkInput.onField("contactPhone", "电话少一位"), ReturnMarkInput.onField("contactName", "请填经办人"),
                ReturnMarkInput.onAttachment(app.file(), "请重新上传"))));

        saveByA(app.id(), WorkflowAction.SAVE_DRAFT, d -> { });
        assertEquals(3, openOfA(app.id()).size(), "暂存 without a change clears nothing");

        saveByA(app.id(), WorkflowAction.SAVE_DRAFT, d -> d.setContactPhone("010-62345679"));
        assertEquals(List.of("contactName"), openOfA(app.id()).stream().filter(OpenMark::isOnField).map(OpenMark::field).toList());
        ReturnMark cleared = store.ofRound(ENTERPRISE_REGISTRATION, app.id(), 1).get(0);
        assertEquals("contactPhone", cleared.getField());
        assertEquals("ent-a", cleared.getClearedBy());
        assertNotNull(cleared.getClearedAt());

        a(() -> {
            attachments.delete(app.file());
            return null;
        });
        assertEquals(List.of("contactName"), openOfA(app.id()).stream().map(OpenMark::field).toList(), "the deleted file's mark is cleared");

        saveByA(app.id(), WorkflowAction.DECLARE, d -> d.setContactName("李娜"));
        assertEquals(List.of(), openOfA(app.id()), "申报 with the last marked field changed");
        assertNull(a(() -> returnMarks.openCounts()).get(new MarkedApplication(ENTERPRISE_REGISTRATION, app.id())));
    }

    @Test
    void aLaterReturnReplacesTheMarksTheEarlierLeftOpen() throws Exception {
        Claimed app = claimedWithAFile();
        reviewer(() -> reviews.returnToEnterprise(ENTERPRISE_REGISTRATION, app.id(), "第一次退回", List.of(
                ReturnMarkInput.onField("contactPhone", "电话少一位"))));
        saveByA(app.id(), WorkflowAction.DECLARE, d -> { });
        assertEquals(1, openOfA(app.id()).size(), "declared again unchanged: the mark stays open");
        reviewer(() -> reviews.claim(ENTERPRISE_REGISTRATION, app.id()));
        reviewer(() -> reviews.returnToEnterprise(ENTERPRISE_REGISTRATION, app.id(), "第二次退回", List.of(
                ReturnMarkInput.onField("registeredAddress", "地址不完整"))));

        List<OpenMark> open = openOfA(app.id());
        assertEquals(List.of("registeredAddress"), open.stream().map(OpenMark::field).toList());
        List<ReturnMark> second = store.ofRound(ENTERPRISE_REGISTRATION, app.id(), 2);
        assertEquals(1, second.size(), "the second return's marks belong to round 2");
        ReturnMark replaced = store.ofRound(ENTERPRISE_REGISTRATION, app.id(), 1).get(0);
        assertFalse(replaced.isOpen());
        assertEquals("reviewer", replaced.getClearedBy());
    }

    @Test
    void theReturnWithoutMarksStillWorksAsTheBatchJobUsesIt() throws Exception {
        Claimed app = claimedWithAFile();
        reviewer(() -> reviews.returnToEnterprise(ENTERPRISE_REGISTRATION, app.id(), "资料不全"));
        assertEquals(ApplicationStatus.RETURNED, status(app.id()));
        assertTrue(openOfA(app.id()).isEmpty());
        assertEquals(List.of(), store.ofRound(ENTERPRISE_REGISTRATION, app.id(), 1));
    }
}
