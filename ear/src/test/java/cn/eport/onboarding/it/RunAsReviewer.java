package cn.eport.onboarding.it;

import cn.eport.onboarding.it.RunAsEnterpriseUser.Attempt;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

import java.util.concurrent.Callable;

/**
 * Runs test code as a logged-in reviewer, like {@link RunAsEnterpriseUser}: the principal of each
 * bean is given in the test deployment's glassfish-ejb-jar.xml ({@link Deployments#earWithTests}).
 * The demo account {@value #REVIEWER} exists; the tests open the other two accounts themselves
 * ({@link ReviewServiceIT}).
 */
public final class RunAsReviewer {

    /** The demo reviewer. */
    public static final String REVIEWER = "reviewer";
    /** A second reviewer, without enterprise. */
    public static final String SECOND = "it-reviewer-2";
    /** A reviewer whose account also belongs to ent-a's enterprise (roles REVIEWER + ENTERPRISE). */
    public static final String OF_ENT_A = "it-reviewer-ent-a";

    private RunAsReviewer() {
    }

    /** As {@value #REVIEWER}. */
    @Stateless
    @RunAs("REVIEWER")
    @PermitAll
    public static class Reviewer {
        public <T> Attempt<T> attempt(Callable<T> work) {
            return Attempt.of(work);
        }
    }

    /** As {@value #SECOND}. */
    @Stateless
    @RunAs("REVIEWER")
    @PermitAll
    public static class SecondReviewer {
        public <T> Attempt<T> attempt(Callable<T> work) {
            return Attempt.of(work);
        }
    }

    /** As {@value #OF_ENT_A}. */
    @Stateless
    @RunAs("REVIEWER")
    @PermitAll
    public static class ReviewerOfEntA {
        public <T> Attempt<T> attempt(Callable<T> work) {
            return Attempt.of(work);
        }
    }
}
