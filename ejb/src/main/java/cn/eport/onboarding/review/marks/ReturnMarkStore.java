package cn.eport.onboarding.review.marks;

import cn.eport.onboarding.attachment.Attachment;
import cn.eport.onboarding.attachment.AttachmentDeleted;
import cn.eport.onboarding.declaration.DeclarationSource;
import cn.eport.onboarding.declaration.DeclaredField;
import cn.eport.onboarding.enterprise.ApplicationSubmitted;
import cn.eport.onboarding.review.marks.ReturnMark.MarkTarget;
import cn.eport.onboarding.workflow.Application;
import cn.eport.onboarding.workflow.ApplicationKind;
import cn.eport.onboarding.workflow.WorkflowAction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The stored marks of returns, in the caller's transaction: recorded with a 退回 (after the review
 * service's own checks of who may return), read for a page that already checked the caller may see
 * the application, and cleared when the owner's 暂存/申报 changed a marked field or the owner deleted
 * a marked file ({@link ApplicationSubmitted}, {@link AttachmentDeleted}).
 */
@ApplicationScoped
public class ReturnMarkStore {

    @PersistenceContext
    private EntityManager em;

    @Inject
    @Any
    private Instance<DeclarationSource> declarationSources;

    /**
     * Checks and stores the marks of a return of the application (its status still the one before
     * the return); marks left open by an earlier return are replaced: cleared by this reviewer.
     *
     * @param shown the attachments the reviewer was shown with the application
     * @throws ReturnMarkRefusedException when a mark breaks a rule; nothing is stored
     */
    public List<ReturnMark> record(Application application, List<ReturnMarkInput> marks, List<Attachment> shown,
                                   String reviewer, Instant at) {
        ApplicationKind kind = application.kind();
        Map<String, DeclaredField> fields = fieldsOf(application);
        Map<Long, Attachment> attachments = shown.stream().collect(Collectors.toMap(Attachment::getId, Function.identity()));
        List<ReturnMarkInput> checked = MarkRules.checked(kind, application.getId(), marks, fields.keySet(), attachments.keySet());
        open(kind, application.getId()).forEach(m -> m.clear(reviewer, at));
        MarkTarget target = new MarkTarget(kind, application.getId(), application.getEnterpriseUscc(),
                declarations(kind, application.getId()));
        List<ReturnMark> stored = checked.stream().map(m -> m.isOnField()
                ? ReturnMark.onField(target, m.field(), fields.get(m.field()).value(), m.note(), reviewer, at)
                : attachmentMark(target, attachments.get(m.attachmentId()), m.note(), reviewer, at)).toList();
        stored.forEach(em::persist);
        return stored;
    }

    private static ReturnMark attachmentMark(MarkTarget target, Attachment attachment, String note, String by, Instant at) {
        return ReturnMark.onAttachment(target, attachment.getId(), attachment.getDocumentType(), attachment.getDisplayName(),
                note, by, at);
    }

    /** The fields of the application's form with their stored values, by name; none for a kind without a declaration source. */
    public Map<String, DeclaredField> fieldsOf(Application application) {
        return sourceOf(application.kind()).map(s -> s.fields(application)).orElse(List.of()).stream()
                .collect(Collectors.toMap(DeclaredField::field, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    private Optional<DeclarationSource> sourceOf(ApplicationKind kind) {
        return declarationSources.stream().filter(s -> s.kind() == kind).findFirst();
    }

    /**
     * The round a return now ends: the latest declaration snapshot's (as the diff counts them), or for an
     * application declared before snapshots were kept, how many times it was declared.
     */
    private int declarations(ApplicationKind kind, Long id) {
        Integer latest = em.createQuery("SELECT MAX(s.round) FROM DeclarationSnapshot s WHERE s.applicationKind = :kind"
                        + " AND s.applicationId = :id", Integer.class)
                .setParameter("kind", kind).setParameter("id", id).getSingleResult();
        if (latest != null) {
            return latest;
        }
        Long count = em.createQuery("SELECT COUNT(t) FROM StatusTransition t WHERE t.kind = :kind AND t.applicationId = :id"
                        + " AND t.action = :declare", Long.class)
                .setParameter("kind", kind).setParameter("id", id).setParameter("declare", WorkflowAction.DECLARE)
                .getSingleResult();
        return Math.max(1, count.intValue());
    }

    /** The marks of the application not cleared yet, fields first in the order made, then attachments. */
    public List<ReturnMark> open(ApplicationKind kind, Long id) {
        return em.createQuery("SELECT m FROM ReturnMark m WHERE m.kind = :kind AND m.applicationId = :id"
                        + " AND m.clearedAt IS NULL ORDER BY m.id", ReturnMark.class)
                .setParameter("kind", kind).setParameter("id", id).getResultStream()
                .sorted(Comparator.comparing(ReturnMark::isOnField).reversed()).toList();
    }

    /** Every mark made with the return of this round of the application (cleared or not), in the order made. */
    public List<ReturnMark> ofRound(ApplicationKind kind, Long id, int round) {
        return em.createQuery("SELECT m FROM ReturnMark m WHERE m.kind = :kind AND m.applicationId = :id"
                        + " AND m.round = :round ORDER BY m.id", ReturnMark.class)
                .setParameter("kind", kind).setParameter("id", id).setParameter("round", round).getResultList();
    }

    /** The owner's 暂存/申报: the open field marks whose field now holds another value are cleared for good. */
    void clearChanged(@Observes ApplicationSubmitted submitted) {
        Application application = submitted.application();
        List<ReturnMark> open = open(application.kind(), application.getId());
        if (open.stream().noneMatch(ReturnMark::isOnField)) {
            return;
        }
        Map<String, DeclaredField> now = fieldsOf(application);
        open.stream().filter(ReturnMark::isOnField)
                .filter(m -> m.changedTo(Optional.ofNullable(now.get(m.getField())).map(DeclaredField::value).orElse(null)))
                .forEach(m -> m.clear(submitted.actor(), submitted.at()));
    }

    /** The owner deleted a file (also to replace it): its open marks are cleared. */
    void clearDeleted(@Observes AttachmentDeleted deleted) {
        em.createQuery("SELECT m FROM ReturnMark m WHERE m.attachmentId = :id AND m.clearedAt IS NULL", ReturnMark.class)
                .setParameter("id", deleted.attachmentId()).getResultStream()
                .forEach(m -> m.clear(deleted.actor(), deleted.at()));
    }
}
