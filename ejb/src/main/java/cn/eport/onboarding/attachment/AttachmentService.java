package cn.eport.onboarding.attachment;

import cn.eport.onboarding.account.AccountRepository;
import cn.eport.onboarding.audit.AuditAction;
import cn.eport.onboarding.card.LegalPersonCard;
import cn.eport.onboarding.audit.AuditTrail;
import cn.eport.onboarding.codetable.CodeTable;
import cn.eport.onboarding.codetable.CodeTableService;
import cn.eport.onboarding.enterprise.EnterpriseRegistration;
import cn.eport.onboarding.workflow.Actor;
import cn.eport.onboarding.workflow.Application;
import cn.eport.onboarding.workflow.ApplicationKind;
import cn.eport.onboarding.workflow.ApplicationWorkflow;
import cn.eport.onboarding.workflow.WorkflowAction;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static cn.eport.onboarding.attachment.AttachmentRefusedException.Reason.NOT_FOUND;
import static cn.eport.onboarding.attachment.AttachmentRefusedException.Reason.NOT_MODIFIABLE;
import static cn.eport.onboarding.attachment.AttachmentRefusedException.Reason.UNKNOWN_DOCUMENT_TYPE;

/**
 * Certificate scans of an application (F-14). Enterprise users upload, list and delete the
 * attachments of their own enterprise's applications, found through the application's enterprise
 * and never through ids alone; upload and delete only while the state machine lets the owner
 * modify the application (DRAFT, RETURNED). The owner and every reviewer may download. Each upload,
 * download and delete is audited; neither the audit trail nor the log ever holds file content.
 */
@Stateless
public class AttachmentService {

    /** The application entities attachments can belong to; a new kind adds its entity here. */
    private static final Map<ApplicationKind, Class<? extends Application>> APPLICATIONS =
            Map.of(ApplicationKind.ENTERPRISE_REGISTRATION, EnterpriseRegistration.class,
                    ApplicationKind.LEGAL_PERSON_CARD, LegalPersonCard.class);

    /** The audit trail's subject type of attachment events (the subject id is the attachment's). */
    public static final String SUBJECT_TYPE = "ATTACHMENT";

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext session;

    @Inject
    private AccountRepository accounts;

    @Inject
    private AttachmentRepository attachments;

    @Inject
    private CodeTableService codeTables;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /**
     * Stores a file for one of the caller's applications.
     *
     * @param documentType a code of the 单据类型 table, chosen before the file
     * @param originalName the name the browser sent; kept for display only
     * @throws AttachmentRefusedException when a rule of F-14 refuses it
     */
    @RolesAllowed("ENTERPRISE")
    public Attachment upload(ApplicationKind kind, Long applicationId, String documentType, String originalName,
                             byte[] content) {
        String uscc = callerUscc();
        Application application = ownApplication(kind, applicationId, uscc, LockModeType.PESSIMISTIC_WRITE);
        requireModifiable(application);
        if (documentType == null || codeTables.findActive(CodeTable.DOCUMENT_TYPE, documentType).isEmpty()) {
            throw new AttachmentRefusedException(UNKNOWN_DOCUMENT_TYPE);
        }
        long attached = attachments.count(kind, applicationId);
        AttachmentRules.check(content, (int) Math.min(attached, Integer.MAX_VALUE)).ifPresent(refusal -> {
            throw new AttachmentRefusedException(AttachmentRefusedException.Reason.of(refusal));
        });
        FileKind fileKind = FileKind.of(content).orElseThrow();
        String actor = caller();
        Attachment attachment = attachments.add(new Attachment(kind, applicationId, uscc, documentType,
                AttachmentRules.displayName(originalName), fileKind, content.length, sha256(content), actor,
                clock.instant()), content);
        audit.record(actor, AuditAction.UPLOADED, SUBJECT_TYPE, String.valueOf(attachment.getId()), uscc, detail(attachment));
        return attachment;
    }

    /** The attachments of one of the caller's applications (metadata only), in upload order; a reviewer sees any. */
    @RolesAllowed({"ENTERPRISE", "REVIEWER"})
    public List<Attachment> list(ApplicationKind kind, Long applicationId) {
        if (!isReviewer()) {
            ownApplication(kind, applicationId, callerUscc(), LockModeType.NONE);
        }
        return attachments.of(kind, applicationId);
    }

    /** Removes one of the caller's attachments while its application may be modified. */
    @RolesAllowed("ENTERPRISE")
    public void delete(Long attachmentId) {
        String uscc = callerUscc();
        Attachment attachment = attachments.find(attachmentId, uscc).orElseThrow(() -> new AttachmentRefusedException(NOT_FOUND));
        requireModifiable(ownApplication(attachment.getApplicationKind(), attachment.getApplicationId(), uscc,
                LockModeType.PESSIMISTIC_WRITE));
        attachments.remove(attachment);
        audit.record(caller(), AuditAction.DELETED, SUBJECT_TYPE, String.valueOf(attachmentId), uscc, detail(attachment));
    }

    /** The file with its metadata: the owner's own, or any for a reviewer. */
    @RolesAllowed({"ENTERPRISE", "REVIEWER"})
    public AttachmentDownload download(Long attachmentId) {
        Attachment attachment = (isReviewer() ? attachments.find(attachmentId) : attachments.find(attachmentId, callerUscc()))
                .orElseThrow(() -> new AttachmentRefusedException(NOT_FOUND));
        byte[] content = attachments.content(attachment);
        audit.record(caller(), AuditAction.DOWNLOADED, SUBJECT_TYPE, String.valueOf(attachmentId),
                attachment.getEnterpriseUscc(), detail(attachment));
        return new AttachmentDownload(attachment, content);
    }

    /**
     * The caller's application. Changes lock it until the transaction ends, so that concurrent
     * uploads count each other (at most 20) and a 申报 cannot slip between the status check and the change.
     */
    private Application ownApplication(ApplicationKind kind, Long applicationId, String uscc, LockModeType lock) {
        Class<? extends Application> entity = kind == null ? null : APPLICATIONS.get(kind);
        if (entity == null || applicationId == null) {
            throw new AttachmentRefusedException(NOT_FOUND);
        }
        return em.createQuery("SELECT a FROM " + entity.getSimpleName() + " a WHERE a.id = :id AND a.enterpriseUscc = :uscc", entity)
                .setParameter("id", applicationId).setParameter("uscc", uscc)
                .setLockMode(lock)
                .getResultStream().findFirst()
                .orElseThrow(() -> new AttachmentRefusedException(NOT_FOUND));
    }

    private static void requireModifiable(Application application) {
        if (!ApplicationWorkflow.isAllowed(application.getStatus(), WorkflowAction.MODIFY, Actor.OWNER)) {
            throw new AttachmentRefusedException(NOT_MODIFIABLE);
        }
    }

    private boolean isReviewer() {
        return session.isCallerInRole("REVIEWER");
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }

    private String callerUscc() {
        return accounts.findByUsername(caller()).map(a -> a.getEnterprise()).map(e -> e.getUscc())
                .orElseThrow(() -> new AttachmentRefusedException(NOT_FOUND));
    }

    private static String detail(Attachment a) {
        return a.getApplicationKind() + " " + a.getApplicationId() + " " + a.getDocumentType() + " " + a.getDisplayName();
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
