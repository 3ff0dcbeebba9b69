package cn.eport.onboarding.review;

import cn.eport.onboarding.filing.Filing;
import cn.eport.onboarding.filing.JoinedRegistrations;
import cn.eport.onboarding.workflow.Application;
import cn.eport.onboarding.workflow.ApplicationKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Optional;

/**
 * Whose certificate scans go with an application: a filing's are those of its enterprise's approved
 * 三证合一 record, so the enterprise uploads them once (F-14); every other kind's are its own. What the
 * review console shows and what a 申报 declares.
 */
@ApplicationScoped
public class AttachmentOwners {

    @Inject
    private JoinedRegistrations joinedRegistrations;

    /** Empty for a filing whose enterprise has no approved 三证合一 record (any more). */
    public Optional<AttachmentOwner> of(Application application) {
        if (application instanceof Filing) {
            return joinedRegistrations.of(application.getEnterpriseUscc())
                    .map(r -> new AttachmentOwner(ApplicationKind.ENTERPRISE_REGISTRATION, r.getId(), false));
        }
        return Optional.of(new AttachmentOwner(application.kind(), application.getId(), true));
    }
}
