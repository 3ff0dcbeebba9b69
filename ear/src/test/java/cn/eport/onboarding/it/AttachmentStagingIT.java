package cn.eport.onboarding.it;

import cn.eport.onboarding.attachment.Attachment;
import cn.eport.onboarding.attachment.AttachmentRefusedException.Reason;
import cn.eport.onboarding.attachment.AttachmentRefusedException;
import cn.eport.onboarding.attachment.AttachmentService;
import cn.eport.onboarding.enterprise.RegistrationDetails;
import cn.eport.onboarding.enterprise.RegistrationRules;
import cn.eport.onboarding.enterprise.RegistrationService;
import cn.eport.onboarding.enterprise.SaveOutcome;
import cn.eport.onboarding.persistence.DatabaseMigrator;
import cn.eport.onboarding.workflow.ApplicationStatus;
import cn.eport.onboarding.workflow.WorkflowAction;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import static cn.eport.onboarding.workflow.ApplicationKind.ENTERPRISE_REGISTRATION;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Files uploaded while a new 三证合一 record is entered (F-14, docs/adr/0011-attachment-staging.md):
 * staged under the form's key with the same rules, attached by the record's first save in the same
 * transaction, invisible to other enterprises and not downloadable before the save.
 */
@ExtendWith(ArquillianExtension.class)
class AttachmentStagingIT extends ActingUsers {

    private static final String LICENCE = "BUSINESS_LICENCE";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(AttachmentStagingIT.class);
    }

    @Inject
    private AttachmentService attachments;

    @Inject
    private RegistrationService registrations;

    @Resource(lookup = DatabaseMigrator.DATASOURCE)
    private DataSource dataSource;

    private static byte[] pdf(int size) {
        byte[] content = new byte[size];
        new Random(size).nextBytes(content);
        byte[] head = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, content, 0, head.length);
        return content;
    }

    private Attachment stageAsA(String key, String name, byte[] content) throws Exception {
        return a(() -> attachments.uploadStaged(ENTERPRISE_REGISTRATION, key, LICENCE, name, content));
    }

    private static SaveOutcome<RegistrationRules.Problem> firstSave(RegistrationService registrations, String key, RegistrationDetails details,
                                         WorkflowAction action) {
        return registrations.save(null, 0, key, details, action);
    }

    private static List<Long> ids(List<Attachment> list) {
        return list.stream().map(Attachment::getId).toList();
    }

    private static void refused(Reason reason, Executable call) {
        assertEquals(reason, assertThrows(AttachmentRefusedException.class, call).reason());
    }

    @Test
    void stagedFilesAreAttachedByTheFirstSave() throws Exception {
        String key = UUID.randomUUID().toString();
        byte[] content = pdf(3000);
        Attachment first = stageAsA(key, "营业执照.pdf", content);
        Attachment second = stageAsA(key, "副本.pdf", pdf(2000));
        assertTrue(first.isStaged());
        assertEquals(List.of(first.getId(), second.getId()), ids(a(() -> attachments.listStaged(ENTERPRISE_REGISTRATION, key))));

        SaveOutcome<RegistrationRules.Problem> saved = a(() -> firstSave(registrations, key, new RegistrationDetails(), WorkflowAction.SAVE_DRAFT));
        assertEquals(ApplicationStatus.DRAFT, saved.status());

        assertEquals(List.of(first.getId(), second.getId()), ids(a(() -> attachments.list(ENTERPRISE_REGISTRATION, saved.id()))));
        assertTrue(a(() -> attachments.listStaged(ENTERPRISE_REGISTRATION, key)).isEmpty(), "no longer staged");
        assertArrayEquals(content, a(() -> attachments.download(first.getId())).content(), "viewable once saved");
        assertEquals(List.of(saved.id() + " null", saved.id() + " null"),
                query("SELECT application_id, staging_key FROM attachment WHERE id IN (?, ?) ORDER BY id", first.getId(), second.getId()));
        assertEquals(List.of("ent-a UPLOADED", "ent-a CHANGED", "ent-a DOWNLOADED"),
                query("SELECT actor, action FROM audit_event WHERE subject_type = 'ATTACHMENT' AND subject_id = ? ORDER BY id",
                        String.valueOf(first.getId())), "uploaded staged, attached by the save, then downloaded: each audited");

        SaveOutcome<RegistrationRules.Problem> resent = a(() -> firstSave(registrations, key, new RegistrationDetails(), WorkflowAction.SAVE_DRAFT));
        assertEquals(saved.id(), resent.id(), "a resent first save is the same record");
        assertEquals(2, a(() -> attachments.list(ENTERPRISE_REGISTRATION, saved.id())).size());
    }

    @Test
    void aRefusedSaveKeepsTheFilesStagedForTheNextTry() throws Exception {
        String key = UUID.randomUUID().toString();
        Attachment staged = stageAsA(key, "营业执照.pdf", pdf(1000));
        SaveOutcome<RegistrationRules.Problem> refused = a(() -> firstSave(registrations, key, new RegistrationDetails(), WorkflowAction.DECLARE));
        assertFalse(refused.saved(), "an empty form cannot be declared");
        assertEquals(List.of(staged.getId()), ids(a(() -> attachments.listStaged(ENTERPRISE_REGISTRATION, key))));

        SaveOutcome<RegistrationRules.Problem> declared = a(() -> firstSave(registrations, key, TestData.completeRegistration("0100"), WorkflowAction.DECLARE));
        assertEquals(ApplicationStatus.DECLARED, declared.status(), String.valueOf(declared.problems()));
        assertEquals(List.of(staged.getId()), ids(asReviewer.attempt(() -> attachments.list(ENTERPRISE_REGISTRATION, declared.id())).get()),
                "the reviewer sees the file with the declared record");
    }

    @Test
    void stagedFilesFollowTheSameRulesAndCannotBeViewedBeforeTheSave() throws Exception {
        String key = UUID.randomUUID().toString();
        refused(Reason.TOO_LARGE, () -> stageAsA(key, "big.pdf", pdf(4 * 1024 * 1024)));
        refused(Reason.NOT_PDF_JPEG_OR_PNG, () -> stageAsA(key, "licence.pdf", "text".getBytes(StandardCharsets.UTF_8)));
        refused(Reason.EMPTY, () -> stageAsA(key, "empty.pdf", new byte[0]));
        refused(Reason.UNKNOWN_DOCUMENT_TYPE, () -> a(() -> attachments.uploadStaged(ENTERPRISE_REGISTRATION, key, null, "x.pdf", pdf(100))));
        assertTrue(a(() -> attachments.listStaged(ENTERPRISE_REGISTRATION, key)).isEmpty());

        Attachment staged = stageAsA(key, "营业执照.pdf", pdf(100));
        refused(Reason.NOT_FOUND, () -> a(() -> attachments.download(staged.getId())));
        refused(Reason.NOT_FOUND, () -> asReviewer.attempt(() -> attachments.download(staged.getId())).get());
        refused(Reason.NOT_FOUND, () -> a(() -> {
            attachments.delete(staged.getId());
            return null;
        }));
        refused(Reason.NOT_FOUND, () -> a(() -> {
            attachments.deleteStaged(ENTERPRISE_REGISTRATION, UUID.randomUUID().toString(), staged.getId());
            return null;
        }));
        a(() -> {
            attachments.deleteStaged(ENTERPRISE_REGISTRATION, key, staged.getId());
            return null;
        });
        assertTrue(a(() -> attachments.listStaged(ENTERPRISE_REGISTRATION, key)).isEmpty(), "deleted under its own key");
    }

    @Test
    void theTwentyFilesIncludeTheStagedOnes() throws Exception {
        String key = UUID.randomUUID().toString();
        List<Attachment> staged = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            staged.add(stageAsA(key, "page-" + i + ".pdf", pdf(100 + i)));
        }
        refused(Reason.TOO_MANY_FILES, () -> stageAsA(key, "page-21.pdf", pdf(121)));
        a(() -> {
            attachments.deleteStaged(ENTERPRISE_REGISTRATION, key, staged.get(0).getId());
            return null;
        });
        stageAsA(key, "page-21.pdf", pdf(121));

        SaveOutcome<RegistrationRules.Problem> saved = a(() -> firstSave(registrations, key, new RegistrationDetails(), WorkflowAction.SAVE_DRAFT));
        assertEquals(20, a(() -> attachments.list(ENTERPRISE_REGISTRATION, saved.id())).size());
        refused(Reason.TOO_MANY_FILES, () -> a(() -> attachments.upload(ENTERPRISE_REGISTRATION, saved.id(), LICENCE, "more.pdf", pdf(99))));
    }

    @Test
    void anotherEnterpriseCanNeitherSeeNorDeleteNorAdoptStagedFiles() throws Exception {
        String key = UUID.randomUUID().toString();
        Attachment mine = stageAsA(key, "营业执照.pdf", pdf(500));

        assertTrue(b(() -> attachments.listStaged(ENTERPRISE_REGISTRATION, key)).isEmpty(), "B does not see A's staged files");
        refused(Reason.NOT_FOUND, () -> b(() -> {
            attachments.deleteStaged(ENTERPRISE_REGISTRATION, key, mine.getId());
            return null;
        }));
        refused(Reason.NOT_FOUND, () -> b(() -> attachments.download(mine.getId())));
        Attachment theirs = b(() -> attachments.uploadStaged(ENTERPRISE_REGISTRATION, key, LICENCE, "b.pdf", pdf(600)));
        assertEquals(List.of(theirs.getId()), ids(b(() -> attachments.listStaged(ENTERPRISE_REGISTRATION, key))),
                "even under the same key B sees only its own");

        SaveOutcome<RegistrationRules.Problem> bSaved = b(() -> firstSave(registrations, key, new RegistrationDetails(), WorkflowAction.SAVE_DRAFT));
        assertEquals(List.of(theirs.getId()), ids(b(() -> attachments.list(ENTERPRISE_REGISTRATION, bSaved.id()))),
                "B's save with the same key attached only B's file");
        assertEquals(List.of(mine.getId()), ids(a(() -> attachments.listStaged(ENTERPRISE_REGISTRATION, key))),
                "A's file is still A's, staged and unchanged");
        assertEquals(List.of("null " + key), query("SELECT application_id, staging_key FROM attachment WHERE id = ?", mine.getId()));
    }

    private List<String> query(String sql, Object... parameters) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            List<String> rows = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.add(rs.getString(1) + " " + rs.getString(2));
                }
            }
            return rows;
        }
    }
}
