package cn.eport.onboarding.it;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

import java.util.concurrent.Callable;

/**
 * Runs test code as the demo reviewer (role REVIEWER), like {@link RunAsEnterpriseUser} does for the
 * enterprise users; its principal is set in the test deployment ({@link Deployments#earWithTests}).
 */
@Stateless
@RunAs("REVIEWER")
@PermitAll
public class RunAsReviewer {

    public <T> RunAsEnterpriseUser.Attempt<T> attempt(Callable<T> work) {
        return RunAsEnterpriseUser.Attempt.of(work);
    }
}
