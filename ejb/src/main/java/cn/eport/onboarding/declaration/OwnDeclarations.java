package cn.eport.onboarding.declaration;

import cn.eport.onboarding.account.AccountRepository;
import cn.eport.onboarding.audit.AccessRefusals;
import cn.eport.onboarding.enterprise.ApplicationNotFoundException;
import cn.eport.onboarding.review.ReviewSource;
import cn.eport.onboarding.workflow.Application;
import cn.eport.onboarding.workflow.ApplicationKind;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Optional;

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
    private AccessRefusals refusals;

    @Inject
    @Any
    private Instance<ReviewSource> applications;

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
        String uscc = accounts.requireEnterpriseOf(session.getCallerPrincipal().getName()).getUscc();
        Optional<Application> found = id == null || kind == null ? Optional.empty()
                : applications.stream().filter(s -> s.kind() == kind).findFirst().flatMap(s -> s.find(id));
        if (found.isEmpty() || !uscc.equals(found.get().getEnterpriseUscc())) {
            throw notFound(kind, id, found.map(Application::getEnterpriseUscc).orElse(null));
        }
    }

    private ApplicationNotFoundException notFound(ApplicationKind kind, Long id, String ownerUscc) {
        if (kind != null && id != null) {
            refusals.notFound(kind.name(), id, ownerUscc);
        }
        return new ApplicationNotFoundException(kind, id, "No declared version of " + kind + " " + id + " for this enterprise");
    }
}
