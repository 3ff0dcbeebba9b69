package cn.eport.onboarding.it;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

import java.util.concurrent.Callable;

/**
 * Runs test code as a logged-in enterprise user, for in-container tests of services that take the
 * caller's enterprise from the security context. The principal of each bean is the demo account
 * given in the test deployment's glassfish-ejb-jar.xml (see {@link Deployments#earWithTests}).
 * Each call is one transaction. Exceptions come back as they were thrown: this test module does
 * not know the services' application exceptions, so letting them cross its bean boundary would
 * wrap them in EJBException.
 */
public final class RunAsEnterpriseUser {

    private RunAsEnterpriseUser() {
    }

    /** The value of the work, or the exception it threw. */
    public record Attempt<T>(T value, Exception failure) {

        /** The value, or the work's exception thrown again. */
        public T get() throws Exception {
            if (failure != null) {
                throw failure;
            }
            return value;
        }

        static <T> Attempt<T> of(Callable<T> work) {
            try {
                return new Attempt<>(work.call(), null);
            } catch (Exception e) {
                return new Attempt<>(null, e);
            }
        }
    }

    /** As ent-a (enterprise 91110108MA01ABCD5T). */
    @Stateless
    @RunAs("ENTERPRISE")
    @PermitAll
    public static class EntA {
        public <T> Attempt<T> attempt(Callable<T> work) {
            return Attempt.of(work);
        }
    }

    /** As ent-b (enterprise 91310115MA1K4XYW7G). */
    @Stateless
    @RunAs("ENTERPRISE")
    @PermitAll
    public static class EntB {
        public <T> Attempt<T> attempt(Callable<T> work) {
            return Attempt.of(work);
        }
    }

    /** As {@value FilerEnterprise#FILER}, whose enterprise a test chooses with {@link FilerEnterprise#moveToNew}. */
    @Stateless
    @RunAs("ENTERPRISE")
    @PermitAll
    public static class Filer {
        public <T> Attempt<T> attempt(Callable<T> work) {
            return Attempt.of(work);
        }
    }
}
