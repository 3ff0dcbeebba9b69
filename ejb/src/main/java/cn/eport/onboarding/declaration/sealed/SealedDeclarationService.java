package cn.eport.onboarding.declaration.sealed;

import cn.eport.onboarding.account.AccountRepository;
import cn.eport.onboarding.audit.AccessRefusals;
import cn.eport.onboarding.audit.AuditAction;
import cn.eport.onboarding.audit.AuditDetails;
import cn.eport.onboarding.audit.AuditTrail;
import cn.eport.onboarding.enterprise.Enterprise;
import cn.eport.onboarding.workflow.ApplicationKind;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The sealed PDFs for the people who may read them (issue 12 item 3): an enterprise user those of
 * their own enterprise's applications, a reviewer those of every enterprise but the one their own
 * account belongs to. A sealed PDF exists only from a 申报 on, so a reviewer never sees a draft's.
 * Any other id answers as one that does not exist, and the refused lookup is audited
 * ({@link AccessRefusals}); each download is audited ({@link AuditAction#SEALED_DOWNLOADED}).
 */
@Stateless
@RolesAllowed({"ENTERPRISE", "REVIEWER"})
public class SealedDeclarationService {

    /** The audit trail's subject type of a refused sealed PDF (the subject id is the sealed PDF's). */
    public static final String SUBJECT_TYPE = "SEALED_DECLARATION";

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext session;

    @Inject
    private AccountRepository accounts;

    @Inject
    private AuditTrail audit;

    @Inject
    private AccessRefusals refusals;

    /** The sealed PDFs of one application the caller may see, first round first; empty for any other. */
    public List<SealedDeclaration> of(ApplicationKind kind, Long applicationId) {
        if (kind == null || applicationId == null) {
            return List.of();
        }
        return em.createQuery("SELECT s FROM SealedDeclaration s WHERE s.applicationKind = :kind AND s.applicationId = :id"
                        + " ORDER BY s.round", SealedDeclaration.class)
                .setParameter("kind", kind).setParameter("id", applicationId)
                .getResultStream().filter(visibleToCaller()).toList();
    }

    /** The sealed PDF of one declaration snapshot, if the caller may see it. */
    public Optional<SealedDeclaration> ofSnapshot(Long snapshotId) {
        if (snapshotId == null) {
            return Optional.empty();
        }
        return em.createQuery("SELECT s FROM SealedDeclaration s WHERE s.snapshotId = :snapshot", SealedDeclaration.class)
                .setParameter("snapshot", snapshotId).getResultStream().filter(visibleToCaller()).findFirst();
    }

    /** The latest sealed PDF of an application the caller may see (what 打印 opens). */
    public Optional<SealedDeclaration> latest(ApplicationKind kind, Long applicationId) {
        List<SealedDeclaration> all = of(kind, applicationId);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    /** The PDF and its bytes, the download audited. */
    public SealedDownload download(Long id) {
        SealedDeclaration sealed = (id == null ? null : em.find(SealedDeclaration.class, id));
        if (sealed == null || !visibleToCaller().test(sealed)) {
            refusals.notFound(SUBJECT_TYPE, id, sealed == null ? null : sealed.getEnterpriseUscc());
            throw new SealedNotFoundException(id);
        }
        byte[] content = em.find(SealedDeclarationContent.class, sealed.getId()).getContent();
        audit.record(caller(), AuditAction.SEALED_DOWNLOADED, sealed.getApplicationKind().name(),
                String.valueOf(sealed.getApplicationId()), sealed.getEnterpriseUscc(),
                AuditDetails.sealed(sealed.getRound(), sealed.getSha256()));
        return new SealedDownload(sealed, content);
    }

    /**
     * Own enterprise's for an enterprise user; every other enterprise's for a reviewer (an account with
     * both roles: both).
     */
    private Predicate<SealedDeclaration> visibleToCaller() {
        Optional<String> own = accounts.enterpriseOf(caller()).map(Enterprise::getUscc);
        boolean enterprise = session.isCallerInRole("ENTERPRISE");
        boolean reviewer = session.isCallerInRole("REVIEWER");
        return sealed -> {
            boolean ownEnterprise = own.filter(uscc -> uscc.equals(sealed.getEnterpriseUscc())).isPresent();
            return ownEnterprise ? enterprise : reviewer;
        };
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
