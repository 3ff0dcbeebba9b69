package cn.eport.onboarding.attachment;

import cn.eport.onboarding.workflow.ApplicationKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

/** Attachment metadata and content in the database; callers do the tenant and state checks. */
@ApplicationScoped
public class AttachmentRepository {

    @PersistenceContext
    private EntityManager em;

    public List<Attachment> of(ApplicationKind kind, Long applicationId) {
        return em.createQuery("SELECT a FROM Attachment a WHERE a.applicationKind = :kind AND a.applicationId = :id"
                        + " ORDER BY a.uploadedAt, a.id", Attachment.class)
                .setParameter("kind", kind).setParameter("id", applicationId).getResultList();
    }

    public long count(ApplicationKind kind, Long applicationId) {
        return em.createQuery("SELECT COUNT(a) FROM Attachment a WHERE a.applicationKind = :kind AND a.applicationId = :id",
                        Long.class)
                .setParameter("kind", kind).setParameter("id", applicationId).getSingleResult();
    }

    /** The files this enterprise staged under a form's key, in upload order (docs/adr/0011-attachment-staging.md). */
    public List<Attachment> staged(ApplicationKind kind, String stagingKey, String enterpriseUscc) {
        return em.createQuery("SELECT a FROM Attachment a WHERE a.applicationKind = :kind AND a.stagingKey = :key"
                        + " AND a.enterpriseUscc = :uscc ORDER BY a.uploadedAt, a.id", Attachment.class)
                .setParameter("kind", kind).setParameter("key", stagingKey).setParameter("uscc", enterpriseUscc)
                .getResultList();
    }

    public long countStaged(ApplicationKind kind, String stagingKey, String enterpriseUscc) {
        return em.createQuery("SELECT COUNT(a) FROM Attachment a WHERE a.applicationKind = :kind AND a.stagingKey = :key"
                        + " AND a.enterpriseUscc = :uscc", Long.class)
                .setParameter("kind", kind).setParameter("key", stagingKey).setParameter("uscc", enterpriseUscc)
                .getSingleResult();
    }

    /** The attachment, whoever it belongs to (reviewers). */
    public Optional<Attachment> find(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(Attachment.class, id));
    }

    /** The attachment if it belongs to this enterprise; empty for another enterprise's and for none. */
    public Optional<Attachment> find(Long id, String enterpriseUscc) {
        return find(id).filter(a -> a.getEnterpriseUscc().equals(enterpriseUscc));
    }

    public byte[] content(Attachment attachment) {
        AttachmentContent content = em.find(AttachmentContent.class, attachment.getId());
        if (content == null) {
            throw new IllegalStateException("Attachment " + attachment.getId() + " has no content");
        }
        return content.getContent();
    }

    public Attachment add(Attachment attachment, byte[] content) {
        em.persist(attachment);
        em.flush();
        em.persist(new AttachmentContent(attachment.getId(), content));
        return attachment;
    }

    public void remove(Attachment attachment) {
        AttachmentContent content = em.find(AttachmentContent.class, attachment.getId());
        if (content != null) {
            em.remove(content);
        }
        em.remove(attachment);
    }

    /** Every attachment of an application that is being deleted (its content goes with it). */
    public int removeAllOf(ApplicationKind kind, Long applicationId) {
        em.createQuery("DELETE FROM AttachmentContent c WHERE c.attachmentId IN"
                        + " (SELECT a.id FROM Attachment a WHERE a.applicationKind = :kind AND a.applicationId = :id)")
                .setParameter("kind", kind).setParameter("id", applicationId).executeUpdate();
        return em.createQuery("DELETE FROM Attachment a WHERE a.applicationKind = :kind AND a.applicationId = :id")
                .setParameter("kind", kind).setParameter("id", applicationId).executeUpdate();
    }
}
