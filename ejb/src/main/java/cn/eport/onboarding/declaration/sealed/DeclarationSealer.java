package cn.eport.onboarding.declaration.sealed;

import cn.eport.onboarding.audit.AuditAction;
import cn.eport.onboarding.audit.AuditDetails;
import cn.eport.onboarding.audit.AuditTrail;
import cn.eport.onboarding.audit.Sha256;
import cn.eport.onboarding.codetable.CodeEntry;
import cn.eport.onboarding.codetable.CodeTable;
import cn.eport.onboarding.declaration.ApplicationDeclared;
import cn.eport.onboarding.declaration.CodeNames;
import cn.eport.onboarding.declaration.Declaration;
import cn.eport.onboarding.declaration.DeclarationSnapshot;
import cn.eport.onboarding.declaration.pdf.SealedPdfRenderer;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;

/**
 * Seals every 申报 (issue 12 item 3): on {@link ApplicationDeclared}, in the 申报's own transaction,
 * renders what was declared to the sealed PDF, stores it with its SHA-256 and records the audit entry
 * {@link AuditAction#SEALED} on the application. A failure here rolls the 申报 back: no declaration
 * without its sealed copy.
 */
@Stateless
@PermitAll
public class DeclarationSealer {

    private static final SealedPdfRenderer RENDERER = new SealedPdfRenderer();

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CodeNames codes;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    public void seal(@Observes ApplicationDeclared event) {
        Declaration declaration = event.declaration();
        String snapshotSha256 = em.find(DeclarationSnapshot.class, event.snapshotId()).getContentSha256();
        byte[] pdf = RENDERER.render(declaration, snapshotSha256,
                type -> codes.entry(CodeTable.DOCUMENT_TYPE, type).map(CodeEntry::getNameZh).orElse(null));
        String sha256 = Sha256.hex(pdf);
        SealedDeclaration sealed = new SealedDeclaration(event.snapshotId(), declaration, pdf.length, sha256, clock.instant());
        em.persist(sealed);
        em.persist(new SealedDeclarationContent(sealed.getId(), pdf));
        audit.record(event.actor(), AuditAction.SEALED, declaration.kind().name(), String.valueOf(declaration.applicationId()),
                declaration.enterpriseUscc(), AuditDetails.sealed(declaration.round(), sha256));
    }
}
