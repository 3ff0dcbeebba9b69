package cn.eport.onboarding.it;

import cn.eport.onboarding.account.AccountService;
import cn.eport.onboarding.account.NewAccount;
import cn.eport.onboarding.account.Role;
import cn.eport.onboarding.it.RunAsEnterpriseUser.Attempt;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

import java.util.EnumSet;
import java.util.concurrent.Callable;

/**
 * Runs test code as a logged-in reviewer, like {@link RunAsEnterpriseUser}: the principal of each
 * bean is given in the test deployment's glassfish-ejb-jar.xml ({@link Deployments#earWithTests}).
 * The demo account {@value #REVIEWER} exists; tests open the other two with {@link #openAccounts}.
 */
public final class RunAsReviewer {

    /** The demo reviewer. */
    public static final String REVIEWER = "reviewer";
    /** The demo supervisor (data centre), who sees the review dashboard and the queue read-only. */
    public static final String SUPERVISOR = "supervisor";
    /** A second reviewer, without enterprise. */
    public static final String SECOND = "it-reviewer-2";
    /** A reviewer whose account also belongs to ent-a's enterprise (roles REVIEWER + ENTERPRISE). */
    public static final String OF_ENT_A = "it-reviewer-ent-a";

    /** The password of the accounts opened here (as of the demo accounts). */
    public static final String PASSWORD = "Eport@2026";
    /** ent-a's enterprise. */
    public static final String ENT_A_USCC = "91110108MA01ABCD5T";

    private RunAsReviewer() {
    }

    /** Opens the accounts of {@value #SECOND} and {@value #OF_ENT_A} unless they exist. */
    public static void openAccounts(AccountService accounts) {
        if (accounts.find(SECOND).isEmpty()) {
            accounts.open(new NewAccount(SECOND, PASSWORD.toCharArray(), "第二审核员", EnumSet.of(Role.REVIEWER), null));
        }
        if (accounts.find(OF_ENT_A).isEmpty()) {
            // a reviewer who also works for ent-a's enterprise: the account model allows REVIEWER + ENTERPRISE
            accounts.open(new NewAccount(OF_ENT_A, PASSWORD.toCharArray(), "企业内审核员",
                    EnumSet.of(Role.REVIEWER, Role.ENTERPRISE), ENT_A_USCC));
        }
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

    /** As the demo supervisor {@value #SUPERVISOR} (数据中心主管, ADR 0029). */
    @Stateless
    @RunAs("SUPERVISOR")
    @PermitAll
    public static class Supervisor {
        public <T> Attempt<T> attempt(Callable<T> work) {
            return Attempt.of(work);
        }
    }
}
