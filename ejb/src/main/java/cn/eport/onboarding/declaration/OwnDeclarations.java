package cn.eport.onboarding.declaration;

import cn.eport.onboarding.account.AccountRepository;
import cn.eport.onboarding.enterprise.ApplicationNotFoundException;
import cn.eport.onboarding.workflow.ApplicationKind;
import cn.eport.onboarding.review.EnterpriseApplications;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.List;

/**
 * An enterprise user's own declared versions, of any kind: only of an application of the caller's
 * enterprise. Any other id (another enterprise's, one that does not exist, a round never declared)
 * is "not found", and the refusal is audited ({@link AccessRefusals}).
 */
@Stateless
@RolesAllowed("ENTERPRISE")
public class OwnDeclarations {

    @Resource
    private SessionContext session;

    @Inject
    private AccountRepository accounts;

    @Inject
    private EnterpriseApplications applications;

    @Inject
    private DeclarationSnapshots snapshots;

    /** The application's declared versions, first round first; none for a draft never declared. */
    public List<DeclarationVersion> versions(ApplicationKind kind, Long id) {
        requireOwn(kind, id);
        return snapshots.versions(kind, id);
    }

    /** What one round declared. */
    public Declaration declaration(ApplicationKind kind, Long id, int round) {
        requireOwn(kind, id);
        return snapshots.declaration(kind, id, round).orElseThrow(() -> notFound(kind, id, null));
    }

    private void requireOwn(ApplicationKind kind, Long id) {
        applications.own(kind, id, accounts.requireEnterpriseOf(session.getCallerPrincipal().getName()).getUscc());
    }

    private ApplicationNotFoundException notFound(ApplicationKind kind, Long id, String ownerUscc) {
        return applications.notFound(kind, id, ownerUscc);
    }
}
