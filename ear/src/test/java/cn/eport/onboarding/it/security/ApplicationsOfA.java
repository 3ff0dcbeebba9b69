package cn.eport.onboarding.it.security;

import cn.eport.onboarding.attachment.AttachmentService;
import cn.eport.onboarding.audit.AuditAction;
import cn.eport.onboarding.card.LegalPersonCardService;
import cn.eport.onboarding.enterprise.OwnApplications;
import cn.eport.onboarding.enterprise.RegistrationService;
import cn.eport.onboarding.operator.OperatorService;
import cn.eport.onboarding.enterprise.SaveOutcome;
import cn.eport.onboarding.it.ActingUsers;
import cn.eport.onboarding.it.Deployments;
import cn.eport.onboarding.it.HttpSession;
import cn.eport.onboarding.it.TestData;
import cn.eport.onboarding.persistence.DatabaseMigrator;
import cn.eport.onboarding.review.ReviewService;
import cn.eport.onboarding.workflow.ApplicationKind;
import cn.eport.onboarding.workflow.ApplicationStatus;
import cn.eport.onboarding.workflow.WorkflowAction;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the access tests share, in the container: ent-a's applications (三证合一, 补办法人卡, operators) with a file
 * each, saved as drafts and declared later, and the refused-access entries of the audit trail.
 */
public abstract class ApplicationsOfA extends ActingUsers {

    /** ent-a's enterprise. */
    protected static final String USCC_OF_A = "91110108MA01ABCD5T";
    /** 南京海关: a district no other test files under. */
    private static final String DISTRICT = "2300";
    protected static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    /** The built EAR with the test class, this support and the HTTP client added (see {@link Deployments#earWithTests}). */
    static EnterpriseArchive earWith(Class<? extends ApplicationsOfA> test) {
        return Deployments.earWithTests(test, ApplicationsOfA.class, Filed.class, Refusal.class, HttpSession.class);
    }

    @Inject
    protected RegistrationService registrations;

    @Inject
    protected LegalPersonCardService cards;

    @Inject
    protected OperatorService operators;

    @Inject
    protected AttachmentService attachments;

    @Inject
    protected ReviewService reviews;

    @Resource(lookup = DatabaseMigrator.DATASOURCE)
    private DataSource dataSource;

    /** An application of ent-a with one file: its kind, id, the file's id and name. */
    protected record Filed(ApplicationKind kind, Long id, Long file, String fileName) {

        /** The review console's page of it. */
        String reviewPage() {
            return "review/application?kind=" + kind + "&id=" + id;
        }
    }

    /** A new draft (暂存) of ent-a of this kind, with a file of a name no other test uses. */
    protected Filed draftOfA(ApplicationKind kind) throws Exception {
        String name = "草稿附件-" + UUID.randomUUID() + ".pdf";
        return a(() -> {
            Long id = save(kind, null, 0, WorkflowAction.SAVE_DRAFT).id();
            return new Filed(kind, id, attachments.upload(kind, id, documentType(kind), name, PDF).getId(), name);
        });
    }

    /** 申报 of ent-a's draft or returned application, at its current version. */
    protected void declareAsA(Filed filed) throws Exception {
        SaveOutcome<?> declared = a(() -> save(filed.kind(), filed.id(), service(filed.kind()).find(filed.id()).getVersion(),
                WorkflowAction.DECLARE));
        assertEquals(ApplicationStatus.DECLARED, declared.status(), String.valueOf(declared.problems()));
    }

    /** 暂存 of ent-a's application with complete details (a new one when {@code id} is null), in the caller's transaction. */
    protected SaveOutcome<?> save(ApplicationKind kind, Long id, long version, WorkflowAction action) {
        String token = UUID.randomUUID().toString();
        return switch (kind) {
            case LEGAL_PERSON_CARD -> cards.save(id, version, token, TestData.completeCard(), action);
            case OPERATOR -> operators.save(id, version, token, TestData.completeOperator(), action);
            default -> registrations.save(id, version, token, TestData.completeRegistration(DISTRICT), action);
        };
    }

    /** The enterprise's service of this kind. */
    protected OwnApplications<?, ?, ?> service(ApplicationKind kind) {
        return switch (kind) {
            case LEGAL_PERSON_CARD -> cards;
            case OPERATOR -> operators;
            default -> registrations;
        };
    }

    /** A 单据类型 a file of this kind may have. */
    protected static String documentType(ApplicationKind kind) {
        return switch (kind) {
            case LEGAL_PERSON_CARD -> "LEGAL_PERSON_ID";
            case OPERATOR -> "OPERATOR_ID";
            default -> "BUSINESS_LICENCE";
        };
    }

    /** A refused-access entry: when, the answer (the detail as stored) and the enterprise the record belongs to. */
    protected record Refusal(Instant at, String detail, String enterpriseUscc) {
    }

    /** The refused-access entries of this user about this subject (type and id), oldest first. */
    protected List<Refusal> refusals(String actor, String subjectType, String subjectId) throws SQLException {
        List<Refusal> found = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT occurred_at, detail, enterprise_uscc FROM audit_event"
                     + " WHERE action = ? AND actor = ? AND subject_type = ? AND subject_id = ? ORDER BY id")) {
            s.setString(1, AuditAction.ACCESS_REFUSED.name());
            s.setString(2, actor);
            s.setString(3, subjectType);
            s.setString(4, subjectId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    found.add(new Refusal(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3)));
                }
            }
        }
        return found;
    }

    /**
     * Asserts that repeated refusals made between {@code from} and now left one entry per minute: one,
     * or two when the minute turned meanwhile (the tests never wait for a minute to pass).
     */
    protected static void oncePerMinute(List<Refusal> entries, Instant from, String what) {
        long minutes = ChronoUnit.MINUTES.between(from.truncatedTo(ChronoUnit.MINUTES), Instant.now().truncatedTo(ChronoUnit.MINUTES)) + 1;
        assertTrue(!entries.isEmpty() && entries.size() <= minutes,
                what + ": one entry per minute, " + minutes + " minute(s) passed, entries " + entries);
        assertEquals(entries.size(), entries.stream().map(e -> e.at().truncatedTo(ChronoUnit.MINUTES)).distinct().count(),
                what + ": never two in the same minute " + entries);
    }
}
