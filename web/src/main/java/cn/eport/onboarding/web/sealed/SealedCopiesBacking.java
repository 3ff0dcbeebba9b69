package cn.eport.onboarding.web.sealed;

import cn.eport.onboarding.declaration.DeclarationVersion;
import cn.eport.onboarding.declaration.sealed.SealedDeclaration;
import cn.eport.onboarding.declaration.sealed.SealedDeclarationService;
import cn.eport.onboarding.workflow.ApplicationKind;
import cn.eport.onboarding.workflow.ApplicationStatus;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The sealed PDFs of an application on its pages, under the caller's rules ({@link SealedDeclarationService}):
 * the one of each declared version (tag e:declaredVersions) and the one 打印 opens (tag e:printButton).
 */
@Named("sealedCopies")
@RequestScoped
public class SealedCopiesBacking {

    /** While the application is in one of these, what the page shows is exactly what was last declared. */
    private static final Set<ApplicationStatus> AS_DECLARED =
            EnumSet.of(ApplicationStatus.DECLARED, ApplicationStatus.UNDER_REVIEW, ApplicationStatus.APPROVED);

    @Inject
    private SealedDeclarationService sealed;

    private final Map<Long, Optional<SealedDeclaration>> bySnapshot = new HashMap<>();

    /** The sealed PDF of one declared version; null when the caller may see none. */
    public SealedDeclaration of(DeclarationVersion version) {
        return version == null ? null
                : bySnapshot.computeIfAbsent(version.snapshotId(), id -> sealed.ofSnapshot(id)).orElse(null);
    }

    /**
     * The sealed PDF 打印 opens: the latest, while the application stands as it was declared; null for a
     * draft, or a returned application being changed, which print the page itself.
     */
    public SealedDeclaration toPrint(String kind, Long applicationId, ApplicationStatus status) {
        ApplicationKind k = kind(kind);
        if (k == null || applicationId == null || !AS_DECLARED.contains(status)) {
            return null;
        }
        return sealed.latest(k, applicationId).orElse(null);
    }

    private static ApplicationKind kind(String name) {
        try {
            return name == null ? null : ApplicationKind.valueOf(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
