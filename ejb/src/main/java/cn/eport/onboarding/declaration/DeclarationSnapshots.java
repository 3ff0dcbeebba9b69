package cn.eport.onboarding.declaration;

import cn.eport.onboarding.attachment.Attachment;
import cn.eport.onboarding.attachment.AttachmentRepository;
import cn.eport.onboarding.enterprise.EnterpriseApplication;
import cn.eport.onboarding.review.AttachmentOwners;
import cn.eport.onboarding.workflow.ApplicationKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * The snapshot of every 申报 (docs/adr/0026-declaration-snapshots.md): {@link #record} stores what was
 * declared, in the 申报's transaction, and tells the observers of {@link ApplicationDeclared}; the
 * queries read them back. No access rules here: callers scope the application first
 * ({@link OwnDeclarations}, {@code ReviewDeclarations}).
 */
@ApplicationScoped
public class DeclarationSnapshots {

    @PersistenceContext
    private EntityManager em;

    @Inject
    @Any
    private Instance<DeclarationSource> sources;

    @Inject
    private AttachmentOwners attachmentOwners;

    @Inject
    private AttachmentRepository attachments;

    @Inject
    private Event<ApplicationDeclared> declared;

    /**
     * Stores the application as it is declared now (its fields by its kind's {@link DeclarationSource},
     * the certificate scans that go with it) as the next round, then fires {@link ApplicationDeclared}
     * synchronously: an observer's failure rolls the 申报 back.
     */
    public Declaration record(EnterpriseApplication application, String actor) {
        ApplicationKind kind = application.kind();
        int round = 1 + count(kind, application.getId());
        Declaration declaration = new Declaration(kind, application.getId(), application.getNumber(),
                application.getEnterpriseUscc(), application.getEnterpriseName(), round,
                application.getDeclaredAt().truncatedTo(ChronoUnit.MICROS), actor,
                source(kind).fields(application), declaredAttachments(application));
        DeclarationSnapshot snapshot = new DeclarationSnapshot(declaration);
        em.persist(snapshot);
        em.flush();
        declared.fire(new ApplicationDeclared(declaration, snapshot.getId(), actor));
        return declaration;
    }

    /** The declared versions of an application, first round first (none for one never declared). */
    public List<DeclarationVersion> versions(ApplicationKind kind, Long applicationId) {
        return em.createQuery("SELECT s FROM DeclarationSnapshot s WHERE s.applicationKind = :kind AND s.applicationId = :id"
                        + " ORDER BY s.round", DeclarationSnapshot.class)
                .setParameter("kind", kind).setParameter("id", applicationId)
                .getResultStream().map(DeclarationSnapshot::version).toList();
    }

    /** What one round of an application declared. */
    public Optional<Declaration> declaration(ApplicationKind kind, Long applicationId, int round) {
        return snapshot(kind, applicationId, round).map(DeclarationSnapshot::declaration);
    }

    /** One round's stored snapshot, its JSON text and hash as kept. */
    public Optional<DeclarationSnapshot> snapshot(ApplicationKind kind, Long applicationId, int round) {
        return em.createQuery("SELECT s FROM DeclarationSnapshot s WHERE s.applicationKind = :kind AND s.applicationId = :id"
                        + " AND s.round = :round", DeclarationSnapshot.class)
                .setParameter("kind", kind).setParameter("id", applicationId).setParameter("round", round)
                .getResultStream().findFirst();
    }

    /**
     * What changed from the round before the latest to the latest (the re-declaration after a return);
     * empty while the application was declared once or never.
     */
    public Optional<DeclarationDiff> latestChanges(ApplicationKind kind, Long applicationId) {
        List<DeclarationSnapshot> lastTwo = em.createQuery("SELECT s FROM DeclarationSnapshot s WHERE s.applicationKind = :kind"
                        + " AND s.applicationId = :id ORDER BY s.round DESC", DeclarationSnapshot.class)
                .setParameter("kind", kind).setParameter("id", applicationId).setMaxResults(2).getResultList();
        return lastTwo.size() < 2 ? Optional.empty()
                : Optional.of(DeclarationDiff.between(lastTwo.get(1).declaration(), lastTwo.get(0).declaration()));
    }

    private int count(ApplicationKind kind, Long applicationId) {
        return em.createQuery("SELECT COUNT(s) FROM DeclarationSnapshot s WHERE s.applicationKind = :kind AND s.applicationId = :id",
                        Long.class)
                .setParameter("kind", kind).setParameter("id", applicationId).getSingleResult().intValue();
    }

    private List<DeclaredAttachment> declaredAttachments(EnterpriseApplication application) {
        return attachmentOwners.of(application)
                .map(owner -> attachments.of(owner.kind(), owner.id()).stream().map(DeclarationSnapshots::declared).toList())
                .orElse(List.of());
    }

    private static DeclaredAttachment declared(Attachment a) {
        return new DeclaredAttachment(a.getId(), a.getDocumentType(), a.getDisplayName(), a.getSize(), a.getSha256());
    }

    private DeclarationSource source(ApplicationKind kind) {
        return sources.stream().filter(s -> s.kind() == kind).findFirst()
                .orElseThrow(() -> new IllegalStateException("no DeclarationSource for " + kind));
    }
}
