package cn.eport.onboarding.it;

import cn.eport.onboarding.directory.table.DirectoryEntry;
import cn.eport.onboarding.directory.table.DirectoryEntryRepository;
import cn.eport.onboarding.enterprise.RegistrationService;
import cn.eport.onboarding.enterprise.SaveOutcome;
import cn.eport.onboarding.review.ReviewService;
import cn.eport.onboarding.workflow.ApplicationKind;
import cn.eport.onboarding.workflow.ApplicationStatus;
import cn.eport.onboarding.workflow.WorkflowAction;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;

import java.util.UUID;

/**
 * What the tests of the filings set up in the server: an enterprise of the test's own that the
 * {@link RunAsEnterpriseUser.Filer} acts for ({@link FilerEnterprise}), joined through a 三证合一
 * record declared by the enterprise and approved by the reviewer as in production, and its entries
 * in the directory tables as the nightly import would store them.
 */
@Dependent
public class FilingFixtures {

    @Inject
    private RunAsEnterpriseUser.Filer asFiler;

    @Inject
    private RunAsReviewer.Reviewer asReviewer;

    @Inject
    private FilerEnterprise filerEnterprise;

    @Inject
    private RegistrationService registrations;

    @Inject
    private ReviewService reviews;

    @Inject
    private DirectoryEntryRepository directoryEntries;

    @Inject
    private UserTransaction transaction;

    /** A new enterprise the filer acts for from now on; its USCC. */
    public String newEnterprise(String name, String legalPerson) throws Exception {
        return filerEnterprise.moveToNew(name, legalPerson);
    }

    /**
     * The filer's enterprise joins: its 三证合一 record in this customs district, declared by it and
     * approved by the reviewer; the record's id.
     */
    public Long joinThroughRegistration(String customsDistrict) throws Exception {
        SaveOutcome<?> declared = asFiler.attempt(() -> registrations.save(null, 0, UUID.randomUUID().toString(),
                TestData.completeRegistration(customsDistrict), WorkflowAction.DECLARE)).get();
        if (!declared.saved()) {
            throw new IllegalStateException("the 三证合一 record was refused: " + declared.problems());
        }
        asReviewer.attempt(() -> reviews.claim(ApplicationKind.ENTERPRISE_REGISTRATION, declared.id())).get();
        ApplicationStatus status = asReviewer.attempt(() -> reviews.approve(ApplicationKind.ENTERPRISE_REGISTRATION, declared.id()))
                .get().status();
        if (status != ApplicationStatus.APPROVED) {
            throw new IllegalStateException("the 三证合一 record is " + status);
        }
        return declared.id();
    }

    /** Directory rows, in one transaction. */
    public void seed(DirectoryEntry... rows) throws Exception {
        transaction.begin();
        try {
            for (DirectoryEntry row : rows) {
                directoryEntries.add(row);
            }
            transaction.commit();
        } catch (Exception e) {
            transaction.rollback();
            throw e;
        }
    }
}
