package cn.eport.onboarding.it;

import cn.eport.onboarding.account.AccountService;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;

import java.util.concurrent.Callable;

/**
 * What an in-container test does as one of the run-as users of the test deployment: ent-a, ent-b,
 * the demo reviewer, a second reviewer and a reviewer whose account belongs to ent-a's enterprise
 * (the accounts of the last two are opened before each test where missing).
 * Each call is one transaction; the work's exception comes back as thrown.
 */
public abstract class ActingUsers {

    @Inject
    protected RunAsEnterpriseUser.EntA asA;

    @Inject
    protected RunAsEnterpriseUser.EntB asB;

    @Inject
    protected RunAsEnterpriseUser.Filer asFiler;

    @Inject
    protected RunAsReviewer.Reviewer asReviewer;

    @Inject
    protected RunAsReviewer.SecondReviewer asSecond;

    @Inject
    protected RunAsReviewer.ReviewerOfEntA asReviewerOfA;

    @Inject
    private AccountService accounts;

    /** The reviewer accounts the run-as beans stand for, beyond the demo reviewer. */
    @BeforeEach
    void reviewerAccountsExist() {
        RunAsReviewer.openAccounts(accounts);
    }

    protected <T> T a(Callable<T> work) throws Exception {
        return asA.attempt(work).get();
    }

    protected <T> T b(Callable<T> work) throws Exception {
        return asB.attempt(work).get();
    }

    /** As it-filer, on the enterprise the test gave it ({@link FilerEnterprise#moveToNew}). */
    protected <T> T filer(Callable<T> work) throws Exception {
        return asFiler.attempt(work).get();
    }

    protected <T> T reviewer(Callable<T> work) throws Exception {
        return asReviewer.attempt(work).get();
    }

    protected <T> T second(Callable<T> work) throws Exception {
        return asSecond.attempt(work).get();
    }

    protected <T> T reviewerOfA(Callable<T> work) throws Exception {
        return asReviewerOfA.attempt(work).get();
    }
}
