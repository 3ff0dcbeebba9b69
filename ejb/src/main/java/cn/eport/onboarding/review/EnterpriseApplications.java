package cn.eport.onboarding.review;

import cn.eport.onboarding.audit.AccessRefusals;
import cn.eport.onboarding.enterprise.ApplicationNotFoundException;
import cn.eport.onboarding.workflow.Application;
import cn.eport.onboarding.workflow.ApplicationKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.util.Optional;

/**
 * An application of any kind as one enterprise may see it, for the features that serve every kind
 * at once (declared versions, a reviewer's marks): found through its kind's {@link ReviewSource}, and
 * for an id of another enterprise, one that does not exist or a kind without a source, the audited
 * "not found" ({@link AccessRefusals}), the same answer for all.
 */
@ApplicationScoped
public class EnterpriseApplications {

    @Inject
    @Any
    private Instance<ReviewSource> sources;

    @Inject
    private AccessRefusals refusals;

    /** The application if it is the enterprise's (by USCC), else the refusal. */
    public Application own(ApplicationKind kind, Long id, String enterpriseUscc) {
        Optional<Application> found = id == null || kind == null ? Optional.empty()
                : sources.stream().filter(s -> s.kind() == kind).findFirst().flatMap(s -> s.find(id));
        if (found.isEmpty() || enterpriseUscc == null || !enterpriseUscc.equals(found.get().getEnterpriseUscc())) {
            throw notFound(kind, id, found.map(Application::getEnterpriseUscc).orElse(null));
        }
        return found.get();
    }

    /** The audited "not found" of an id asked for by an enterprise; {@code ownerUscc} when the record exists. */
    public ApplicationNotFoundException notFound(ApplicationKind kind, Long id, String ownerUscc) {
        if (kind != null && id != null) {
            refusals.notFound(kind.name(), id, ownerUscc);
        }
        return new ApplicationNotFoundException(kind, id, "no such application of " + kind + " " + id + " for this enterprise");
    }
}
