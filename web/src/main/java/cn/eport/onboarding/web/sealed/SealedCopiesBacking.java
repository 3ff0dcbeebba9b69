package cn.eport.onboarding.web.sealed;

import cn.eport.onboarding.declaration.sealed.SealedDeclaration;
import cn.eport.onboarding.declaration.sealed.SealedDeclarationService;
import cn.eport.onboarding.workflow.ApplicationKind;
import cn.eport.onboarding.workflow.ApplicationStatus;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The sealed PDFs of an application on its pages (tags e:sealedCopies and e:printButton): one per 申报,
 * under the caller's rules ({@link SealedDeclarationService}), and what 打印 opens.
 */
@Named("sealedCopies")
@RequestScoped
public class SealedCopiesBacking {

    /** While the application is in one of these, what the page shows is exactly what was last declared. */
    private static final Set<ApplicationStatus> AS_DECLARED =
            EnumSet.of(ApplicationStatus.DECLARED, ApplicationStatus.UNDER_REVIEW, ApplicationStatus.APPROVED);

    @Inject
    private SealedDeclarationService sealed;

    private final Map<String, List<SealedDeclaration>> read = new HashMap<>();

    /** Every sealed PDF of the application the caller may see, first 申报 first. */
    public List<SealedDeclaration> of(String kind, Long applicationId) {
        ApplicationKind k = kind(kind);
        if (k == null || applicationId == null) {
            return List.of();
        }
        return read.computeIfAbsent(k + "/" + applicationId, key -> sealed.of(k, applicationId));
    }

    /**
     * The sealed PDF 打印 opens: the latest, while the application stands as it was declared; null for a
     * draft, or a returned application being changed, which print the page itself.
     */
    public SealedDeclaration toPrint(String kind, Long applicationId, ApplicationStatus status) {
        List<SealedDeclaration> all = of(kind, applicationId);
        return all.isEmpty() || !AS_DECLARED.contains(status) ? null : all.get(all.size() - 1);
    }

    private static ApplicationKind kind(String name) {
        try {
            return name == null ? null : ApplicationKind.valueOf(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
