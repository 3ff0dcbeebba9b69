package cn.eport.onboarding.it;

import cn.eport.onboarding.attachment.Attachment;
import cn.eport.onboarding.attachment.AttachmentDownload;
import cn.eport.onboarding.attachment.AttachmentRefusedException.Reason;
import cn.eport.onboarding.attachment.AttachmentRefusedException;
import cn.eport.onboarding.attachment.AttachmentService;
import cn.eport.onboarding.enterprise.RegistrationDetails;
import cn.eport.onboarding.enterprise.RegistrationRules;
import cn.eport.onboarding.enterprise.RegistrationService;
import cn.eport.onboarding.enterprise.SaveOutcome;
import cn.eport.onboarding.persistence.DatabaseMigrator;
import cn.eport.onboarding.workflow.ApplicationKind;
import cn.eport.onboarding.workflow.ApplicationStatus;
import cn.eport.onboarding.workflow.WorkflowAction;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import static cn.eport.onboarding.workflow.ApplicationKind.ENTERPRISE_REGISTRATION;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Attachments (F-14) in the real server on PostgreSQL: file rules, tenant isolation, the state machine, storage, audit. */
@ExtendWith(ArquillianExtension.class)
class AttachmentServiceIT extends ActingUsers {

    private static final String LICENCE = "BUSINESS_LICENCE";
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(AttachmentServiceIT.class);
    }

    @Inject
    private AttachmentService attachments;

    @Inject
    private RegistrationService registrations;

    @Resource(lookup = DatabaseMigrator.DATASOURCE)
    private DataSource dataSource;

    /** A file of this size starting with the given signature, the rest random. */
    private static byte[] file(byte[] signature, int size) {
        byte[] content = new byte[size];
        new Random(size).nextBytes(content);
        System.arraycopy(signature, 0, content, 0, signature.length);
        return content;
    }

    private static byte[] pdf(int size) {
        return file("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII), size);
    }

    private SaveOutcome<RegistrationRules.Problem> draftOfA() throws Exception {
        return a(() -> registrations.save(null, 0, UUID.randomUUID().toString(), new RegistrationDetails(), WorkflowAction.SAVE_DRAFT));
    }

    private Attachment uploadAsA(Long registrationId, String name, byte[] content) throws Exception {
        return a(() -> attachments.upload(ENTERPRISE_REGISTRATION, registrationId, LICENCE, name, content));
    }

    private static void refused(Reason reason, Executable call) {
        AttachmentRefusedException e = assertThrows(AttachmentRefusedException.class, call);
        assertEquals(reason, e.reason());
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    @Test
    void onlyLoggedInUsersWithTheRightRoleMayUseIt() {
        assertThrows(EJBAccessException.class, () -> attachments.list(ENTERPRISE_REGISTRATION, 1L));
        assertThrows(EJBAccessException.class, () -> reviewer(() -> attachments.upload(ENTERPRISE_REGISTRATION, 1L, LICENCE,
                "x.pdf", pdf(100))));
    }

    @Test
    void pdfJpegAndPngAreStoredWithTheTypeDetectedFromTheirContent() throws Exception {
        Long id = draftOfA().id();
        Attachment pdf = uploadAsA(id, "营业执照.pdf", pdf(2000));
        Attachment jpeg = uploadAsA(id, "C:\\scans\\id-card.png", file(new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}, 3000));
        Attachment png = uploadAsA(id, "../../etc/licence", file(PNG_SIGNATURE, 4000));

        assertEquals("application/pdf", pdf.getMediaType());
        assertEquals("image/jpeg", jpeg.getMediaType(), "the name says png, the content is a JPEG");
        assertEquals("image/png", png.getMediaType());
        assertEquals("营业执照.pdf", pdf.getDisplayName());
        assertEquals("id-card.png", jpeg.getDisplayName(), "only the last path segment is kept");
        assertEquals("licence", png.getDisplayName());
        assertEquals("91110108MA01ABCD5T", pdf.getEnterpriseUscc());
        assertEquals("ent-a", pdf.getUploadedBy());

        List<Attachment> listed = a(() -> attachments.list(ENTERPRISE_REGISTRATION, id));
        assertEquals(List.of(pdf.getId(), jpeg.getId(), png.getId()), listed.stream().map(Attachment::getId).toList());
        assertEquals(List.of(2000L, 3000L, 4000L), listed.stream().map(Attachment::getSize).toList());
    }

    @Test
    void fourMegabytesAreRefusedAndThreePointNineAccepted() throws Exception {
        Long id = draftOfA().id();
        refused(Reason.TOO_LARGE, () -> uploadAsA(id, "big.pdf", pdf(4 * 1024 * 1024)));
        byte[] content = pdf((int) (3.9 * 1024 * 1024));
        Attachment stored = uploadAsA(id, "almost.pdf", content);
        assertEquals(content.length, stored.getSize());
        assertEquals(1, a(() -> attachments.list(ENTERPRISE_REGISTRATION, id)).size(), "the refused file left nothing behind");

        AttachmentDownload download = a(() -> attachments.download(stored.getId()));
        assertArrayEquals(content, download.content(), "byte-identical after the round trip through the database");
        assertEquals(sha256(content), stored.getSha256());
        assertEquals(sha256(download.content()), download.attachment().getSha256());
    }

    @Test
    void fakeEmptyAndUntypedFilesAreRefused() throws Exception {
        Long id = draftOfA().id();
        refused(Reason.NOT_PDF_JPEG_OR_PNG, () -> uploadAsA(id, "licence.pdf", "this is text, not a PDF".getBytes(StandardCharsets.UTF_8)));
        refused(Reason.EMPTY, () -> uploadAsA(id, "empty.pdf", new byte[0]));
        refused(Reason.EMPTY, () -> uploadAsA(id, "nothing.pdf", null));
        refused(Reason.UNKNOWN_DOCUMENT_TYPE, () -> a(() -> attachments.upload(ENTERPRISE_REGISTRATION, id, "NO_SUCH_TYPE",
                "x.pdf", pdf(100))));
        refused(Reason.UNKNOWN_DOCUMENT_TYPE, () -> a(() -> attachments.upload(ENTERPRISE_REGISTRATION, id, null, "x.pdf", pdf(100))));
        assertTrue(a(() -> attachments.list(ENTERPRISE_REGISTRATION, id)).isEmpty());
    }

    @Test
    void theTwentyFirstFileIsRefused() throws Exception {
        Long id = draftOfA().id();
        for (int i = 1; i <= 20; i++) {
            uploadAsA(id, "page-" + i + ".png", file(PNG_SIGNATURE, 100 + i));
        }
        refused(Reason.TOO_MANY_FILES, () -> uploadAsA(id, "page-21.png", file(PNG_SIGNATURE, 121)));
        List<Attachment> listed = a(() -> attachments.list(ENTERPRISE_REGISTRATION, id));
        assertEquals(20, listed.size());

        a(() -> {
            attachments.delete(listed.get(0).getId());
            return null;
        });
        assertEquals("image/png", uploadAsA(id, "page-21.png", file(PNG_SIGNATURE, 121)).getMediaType(),
                "after a delete there is room again");
    }

    @Test
    void anotherEnterpriseCanNeitherSeeNorTouchTheAttachments() throws Exception {
        Long id = draftOfA().id();
        byte[] content = pdf(5000);
        Attachment mine = uploadAsA(id, "营业执照.pdf", content);

        refused(Reason.NOT_FOUND, () -> b(() -> attachments.list(ENTERPRISE_REGISTRATION, id)));
        refused(Reason.NOT_FOUND, () -> b(() -> attachments.download(mine.getId())));
        refused(Reason.NOT_FOUND, () -> b(() -> {
            attachments.delete(mine.getId());
            return null;
        }));
        refused(Reason.NOT_FOUND, () -> b(() -> attachments.upload(ENTERPRISE_REGISTRATION, id, LICENCE, "x.pdf", pdf(100))));
        refused(Reason.NOT_FOUND, () -> b(() -> attachments.download(Long.MAX_VALUE)), "the same answer for an id that does not exist");
        refused(Reason.NOT_FOUND, () -> a(() -> attachments.list(ApplicationKind.FOREX_FILING, id)));

        List<Attachment> stillMine = a(() -> attachments.list(ENTERPRISE_REGISTRATION, id));
        assertEquals(List.of(mine.getId()), stillMine.stream().map(Attachment::getId).toList(), "A's data unchanged");
        assertArrayEquals(content, a(() -> attachments.download(mine.getId())).content());
    }

    private static void refused(Reason reason, Executable call, String message) {
        AttachmentRefusedException e = assertThrows(AttachmentRefusedException.class, call, message);
        assertEquals(reason, e.reason(), message);
    }

    @Test
    void afterDeclarationNothingMayBeAddedOrRemovedButReviewersMayDownload() throws Exception {
        SaveOutcome<RegistrationRules.Problem> draft = draftOfA();
        byte[] content = pdf(7000);
        Attachment attached = uploadAsA(draft.id(), "营业执照.pdf", content);
        SaveOutcome<RegistrationRules.Problem> declared = a(() -> registrations.save(draft.id(), draft.version(), UUID.randomUUID().toString(),
                TestData.completeRegistration("0100"), WorkflowAction.DECLARE));
        assertEquals(ApplicationStatus.DECLARED, declared.status(), String.valueOf(declared.problems()));

        refused(Reason.NOT_MODIFIABLE, () -> uploadAsA(draft.id(), "late.pdf", pdf(100)));
        refused(Reason.NOT_MODIFIABLE, () -> a(() -> {
            attachments.delete(attached.getId());
            return null;
        }));
        assertEquals(1, a(() -> attachments.list(ENTERPRISE_REGISTRATION, draft.id())).size());

        AttachmentDownload byReviewer = reviewer(() -> attachments.download(attached.getId()));
        assertArrayEquals(content, byReviewer.content());
        assertEquals("application/pdf", byReviewer.attachment().getMediaType());
        assertEquals(List.of(attached.getId()), reviewer(() -> attachments.list(ENTERPRISE_REGISTRATION, draft.id()))
                .stream().map(Attachment::getId).toList());
    }

    @Test
    void deletingADraftRemovesItsAttachments() throws Exception {
        SaveOutcome<RegistrationRules.Problem> draft = draftOfA();
        Attachment attached = uploadAsA(draft.id(), "x.pdf", pdf(100));
        a(() -> {
            registrations.delete(draft.id(), draft.version());
            return null;
        });
        refused(Reason.NOT_FOUND, () -> a(() -> attachments.download(attached.getId())));
        assertEquals(0, count("SELECT COUNT(*) FROM attachment_content WHERE attachment_id = ?", attached.getId()));
    }

    @Test
    void uploadsDownloadsAndDeletesAreAuditedWithoutContent() throws Exception {
        Long id = draftOfA().id();
        Attachment attached = uploadAsA(id, "营业执照.pdf", pdf(100));
        a(() -> attachments.download(attached.getId()));
        refused(Reason.NOT_FOUND, () -> reviewer(() -> attachments.download(attached.getId())), "a draft's file is the enterprise's alone");
        a(() -> {
            attachments.delete(attached.getId());
            return null;
        });
        List<String> events = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT actor, action, subject_type, enterprise_uscc, detail FROM audit_event"
                     + " WHERE subject_type = 'ATTACHMENT' AND subject_id = ? ORDER BY id")) {
            s.setString(1, String.valueOf(attached.getId()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    events.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(4));
                    assertEquals("ACCESS_REFUSED".equals(rs.getString(2)) ? "NOT_FOUND"
                            : "ENTERPRISE_REGISTRATION " + id + " BUSINESS_LICENCE 营业执照.pdf", rs.getString(5));
                }
            }
        }
        assertEquals(List.of("ent-a UPLOADED 91110108MA01ABCD5T", "ent-a DOWNLOADED 91110108MA01ABCD5T",
                "reviewer ACCESS_REFUSED 91110108MA01ABCD5T", "ent-a DELETED 91110108MA01ABCD5T"), events);
        assertEquals(0, count("SELECT COUNT(*) FROM attachment WHERE id = ?", attached.getId()));
    }

    @Test
    void contentIsStoredAsByteaApartFromTheMetadata() throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT table_name, data_type FROM information_schema.columns"
                     + " WHERE table_name IN ('attachment', 'attachment_content') AND data_type IN ('bytea', 'oid', 'bytea[]')")) {
            List<String> binary = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    binary.add(rs.getString(1) + "." + rs.getString(2));
                }
            }
            assertEquals(List.of("attachment_content.bytea"), binary);
        }
        Long id = draftOfA().id();
        byte[] content = pdf(1234);
        Attachment stored = uploadAsA(id, "x.pdf", content);
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT content FROM attachment_content WHERE attachment_id = ?")) {
            s.setLong(1, stored.getId());
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next());
                assertArrayEquals(content, rs.getBytes(1), "the bytes themselves in the column, not a large-object reference");
                assertFalse(rs.next());
            }
        }
    }

    private long count(String sql, Long id) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, id);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

}
