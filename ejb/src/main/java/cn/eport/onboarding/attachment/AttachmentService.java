package cn.eport.onboarding.attachment;

import cn.eport.onboarding.account.AccountRepository;
import cn.eport.onboarding.audit.AccessRefusals;
import cn.eport.onboarding.audit.AuditAction;
import cn.eport.onboarding.audit.AuditDetails;
import cn.eport.onboarding.audit.AuditParent;
import cn.eport.onboarding.card.LegalPersonCard;
import cn.eport.onboarding.audit.AuditTrail;
import cn.eport.onboarding.audit.Sha256;
import cn.eport.onboarding.codetable.CodeTable;
import cn.eport.onboarding.codetable.CodeTableService;
import cn.eport.onboarding.enterprise.Enterprise;
import cn.eport.onboarding.enterprise.EnterpriseRegistration;
import cn.eport.onboarding.operator.Operator;
import cn.eport.onboarding.workflow.Actor;
import cn.eport.onboarding.workflow.Application;
import cn.eport.onboarding.workflow.ApplicationKind;
import cn.eport.onboarding.workflow.ApplicationWorkflow;
import cn.eport.onboarding.workflow.WorkflowAction;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import cn.eport.onboarding.ops.OperatorMetrics;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static cn.eport.onboarding.attachment.AttachmentRefusedException.Reason.NOT_FOUND;
import static cn.eport.onboarding.attachment.AttachmentRefusedException.Reason.NOT_MODIFIABLE;
import static cn.eport.onboarding.attachment.AttachmentRefusedException.Reason.UNKNOWN_DOCUMENT_TYPE;

/**
 * Certificate scans of an application (F-14). Enterprise users upload, list and delete the
 * attachments of their own enterprise's applications, found through the application's enterprise
 * and never through ids alone; upload and delete only while the state machine lets the owner
 * modify the application (DRAFT, RETURNED). Files uploaded while a new application is entered are
 * staged under the form's key and attached by its first save (docs/adr/0011-attachment-staging.md).
 * The owner may list and download the files of its applications, reviewers those of every
 * application they may see: declared at least once ({@link ApplicationWorkflow#isVisible}; a draft's
 * files are the enterprise's alone). Any other id is "not found", and the refused lookup is audited
 * ({@link AccessRefusals}). Each upload, download and delete is audited; neither the audit trail nor
 * the log ever holds file content.
 */
@Stateless
public class AttachmentService {

    @Inject
    private OperatorMetrics metrics;

    /** The application entities attachments can belong to; a new kind adds its entity here. */
    private static final Map<ApplicationKind, Class<? extends Application>> APPLICATIONS =
            Map.of(ApplicationKind.ENTERPRISE_REGISTRATION, EnterpriseRegistration.class,
                    ApplicationKind.LEGAL_PERSON_CARD, LegalPersonCard.class,
                    ApplicationKind.OPERATOR, Operator.class);

    /** Whether applications of this kind have files of their own (the filings show their 三证合一 record's). */
    public static boolean holdsAttachments(ApplicationKind kind) {
        return APPLICATIONS.containsKey(kind);
    }

    /** The audit trail's subject type of attachment events (the subject id is the attachment's). */
    public static final String SUBJECT_TYPE = "ATTACHMENT";
    /** The longest staging key (a UUID's length): the column's size. */
    private static final int STAGING_KEY_LENGTH = 36;

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
    private AccessRefusals refusals;

    @Inject
    private Clock clock;

    @Inject
    private Event<AttachmentDeleted> deleted;

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
        return store(kind, applicationId, null, uscc, documentType, originalName, content, attachments.count(kind, applicationId));
    }

    /**
     * Stores a file uploaded while a new application is being entered, under the form's staging key,
     * with the same rules as {@link #upload}; the 20 files are counted among those staged under the key.
     * The file is the caller's enterprise's; {@link #attachStaged} attaches it when the form is first saved.
     *
     * @param stagingKey the form's key, made and kept by the server, never taken from the browser
     */
    @RolesAllowed("ENTERPRISE")
    public Attachment uploadStaged(ApplicationKind kind, String stagingKey, String documentType, String originalName,
                                   byte[] content) {
        String uscc = callerUscc();
        requireStagingTarget(kind, stagingKey);
        // there is no application row to lock yet: the enterprise's staged uploads take turns instead,
        // so that concurrent ones count each other
        em.createQuery("SELECT e FROM Enterprise e WHERE e.uscc = :uscc", Enterprise.class).setParameter("uscc", uscc)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getSingleResult();
        return store(kind, null, stagingKey, uscc, documentType, originalName, content,
                attachments.countStaged(kind, stagingKey, uscc));
    }

    private AttachmentRefusedException refusedUpload(AttachmentRefusedException.Reason reason) {
        metrics.uploadRefused(reason);
        return new AttachmentRefusedException(reason);
    }

    private Attachment store(ApplicationKind kind, Long applicationId, String stagingKey, String uscc, String documentType,
                             String originalName, byte[] content, long alreadyAttached) {
        if (documentType == null || codeTables.findActive(CodeTable.DOCUMENT_TYPE, documentType).isEmpty()) {
            throw refusedUpload(UNKNOWN_DOCUMENT_TYPE);
        }
        AttachmentRules.check(content, (int) Math.min(alreadyAttached, Integer.MAX_VALUE)).ifPresent(refusal -> {
            throw refusedUpload(AttachmentRefusedException.Reason.of(refusal));
        });
        FileKind fileKind = FileKind.of(content).orElseThrow();
        String actor = caller();
        Attachment attachment = attachments.add(new Attachment(kind, applicationId, stagingKey, uscc, documentType,
                AttachmentRules.displayName(originalName), fileKind, content.length, sha256(content), actor,
                clock.instant()), content);
        record(actor, AuditAction.UPLOADED, attachment);
        return attachment;
    }

    /** The files the caller's enterprise staged under a form's key (metadata only), in upload order. */
    @RolesAllowed("ENTERPRISE")
    public List<Attachment> listStaged(ApplicationKind kind, String stagingKey) {
        requireStagingTarget(kind, stagingKey);
        return attachments.staged(kind, stagingKey, callerUscc());
    }

    /** Removes a file the caller's enterprise staged under this form's key. */
    @RolesAllowed("ENTERPRISE")
    public void deleteStaged(ApplicationKind kind, String stagingKey, Long attachmentId) {
        requireStagingTarget(kind, stagingKey);
        String uscc = callerUscc();
        Attachment attachment = attachments.find(attachmentId, uscc).filter(a -> a.isStagedUnder(kind, stagingKey))
                .orElseThrow(() -> refusedFile(attachmentId));
        attachments.remove(attachment);
        record(caller(), AuditAction.DELETED, attachment);
    }

    /**
     * Attaches the files staged under a form's key to the application that form has just created, in
     * the caller's transaction (its first 暂存 or 申报). Only the caller's enterprise's staged files
     * are found, and only for the caller's own application.
     *
     * @return how many files were attached
     */
    @RolesAllowed("ENTERPRISE")
    public int attachStaged(Application application, String stagingKey) {
        String uscc = callerUscc();
        if (application.getId() == null || !uscc.equals(application.getEnterpriseUscc())) {
            throw new IllegalArgumentException("Staged files go only to a stored application of the caller's enterprise");
        }
        requireStagingTarget(application.kind(), stagingKey);
        List<Attachment> staged = attachments.staged(application.kind(), stagingKey, uscc);
        for (Attachment attachment : staged) {
            attachment.attachTo(application.getId());
            record(caller(), AuditAction.CHANGED, attachment);
        }
        return staged.size();
    }

    /**
     * The attachments of one of the caller's applications (metadata only), in upload order; a reviewer
     * gets those of any application declared at least once.
     */
    @RolesAllowed({"ENTERPRISE", "REVIEWER"})
    public List<Attachment> list(ApplicationKind kind, Long applicationId) {
        if (isReviewer()) {
            if (!isVisibleToReviewers(kind, applicationId)) {
                throw refused(kind, applicationId);
            }
        } else {
            ownApplication(kind, applicationId, callerUscc(), LockModeType.NONE);
        }
        return attachments.of(kind, applicationId);
    }

    /** Removes one of the caller's attachments while its application may be modified. */
    @RolesAllowed("ENTERPRISE")
    public void delete(Long attachmentId) {
        String uscc = callerUscc();
        Attachment attachment = attachments.find(attachmentId, uscc).orElseThrow(() -> refusedFile(attachmentId));
        requireModifiable(ownApplication(attachment.getApplicationKind(), attachment.getApplicationId(), uscc,
                LockModeType.PESSIMISTIC_WRITE));
        attachments.remove(attachment);
        record(caller(), AuditAction.DELETED, attachment);
        deleted.fire(new AttachmentDeleted(attachment.getApplicationKind(), attachment.getApplicationId(), attachmentId,
                caller(), clock.instant()));
    }

    /**
     * The file with its metadata: the owner's own, or for a reviewer one of an application declared at
     * least once; staged files only after their form's save.
     */
    @RolesAllowed({"ENTERPRISE", "REVIEWER"})
    public AttachmentDownload download(Long attachmentId) {
        Attachment attachment = (isReviewer()
                ? attachments.find(attachmentId).filter(a -> !a.isStaged()
                && isVisibleToReviewers(a.getApplicationKind(), a.getApplicationId()))
                : attachments.find(attachmentId, callerUscc()).filter(a -> !a.isStaged()))
                .orElseThrow(() -> refusedFile(attachmentId));
        byte[] content = attachments.content(attachment);
        record(caller(), AuditAction.DOWNLOADED, attachment);
        return new AttachmentDownload(attachment, content);
    }

    /**
     * The caller's application. Changes lock it until the transaction ends, so that concurrent
     * uploads count each other (at most 20) and a 申报 cannot slip between the status check and the change.
     */
    private Application ownApplication(ApplicationKind kind, Long applicationId, String uscc, LockModeType lock) {
        Class<? extends Application> entity = kind == null ? null : APPLICATIONS.get(kind);
        if (entity == null || applicationId == null) {
            throw refused(kind, applicationId);
        }
        return em.createQuery("SELECT a FROM " + entity.getSimpleName() + " a WHERE a.id = :id AND a.enterpriseUscc = :uscc", entity)
                .setParameter("id", applicationId).setParameter("uscc", uscc)
                .setLockMode(lock)
                .getResultStream().findFirst()
                .orElseThrow(() -> refused(kind, applicationId));
    }

    /** True when reviewers may see the application and so its files: it was declared at least once. */
    private boolean isVisibleToReviewers(ApplicationKind kind, Long applicationId) {
        return ApplicationWorkflow.visible(application(kind, applicationId), Actor.REVIEWER).isPresent();
    }

    /** The stored application of a kind attachments can belong to, whoever it belongs to; empty for any other kind or id. */
    private Optional<Application> application(ApplicationKind kind, Long applicationId) {
        Class<? extends Application> entity = kind == null ? null : APPLICATIONS.get(kind);
        return entity == null || applicationId == null ? Optional.empty() : Optional.ofNullable(em.find(entity, applicationId));
    }

    /** "Not found" for an application the caller asked for by id, with the refusal audited. */
    private AttachmentRefusedException refused(ApplicationKind kind, Long applicationId) {
        if (kind != null && applicationId != null) {
            refusals.notFound(kind.name(), applicationId, application(kind, applicationId).map(Application::getEnterpriseUscc).orElse(null));
        }
        return new AttachmentRefusedException(NOT_FOUND);
    }

    /** "Not found" for a file the caller asked for by id, with the refusal audited. */
    private AttachmentRefusedException refusedFile(Long attachmentId) {
        if (attachmentId != null) {
            refusals.notFound(SUBJECT_TYPE, attachmentId, attachments.find(attachmentId).map(Attachment::getEnterpriseUscc).orElse(null));
        }
        return new AttachmentRefusedException(NOT_FOUND);
    }

    /** A kind attachments can belong to and a key a form may hold (made by the server, so a wrong one is a bug). */
    private static void requireStagingTarget(ApplicationKind kind, String stagingKey) {
        if (kind == null || !APPLICATIONS.containsKey(kind)) {
            throw new AttachmentRefusedException(NOT_FOUND);
        }
        if (stagingKey == null || stagingKey.isBlank() || stagingKey.length() > STAGING_KEY_LENGTH) {
            throw new IllegalArgumentException("Not a staging key");
        }
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
        return accounts.enterpriseOf(caller()).map(Enterprise::getUscc).orElseThrow(() -> new AttachmentRefusedException(NOT_FOUND));
    }

    /** Audits an action on a file; once the file belongs to an application, the entry names that application too. */
    private void record(String actor, AuditAction action, Attachment attachment) {
        String id = String.valueOf(attachment.getId());
        if (attachment.isStaged()) {
            audit.record(actor, action, SUBJECT_TYPE, id, attachment.getEnterpriseUscc(), detail(attachment));
        } else {
            audit.record(actor, action, SUBJECT_TYPE, id, attachment.getEnterpriseUscc(), detail(attachment),
                    new AuditParent(attachment.getApplicationKind().name(), String.valueOf(attachment.getApplicationId())));
        }
    }

    private static String detail(Attachment a) {
        return AuditDetails.file(a.getApplicationKind(), a.isStaged() ? null : a.getApplicationId(), a.getDocumentType(),
                a.getDisplayName());
    }

    static String sha256(byte[] content) {
        return Sha256.hex(content);
    }
}
