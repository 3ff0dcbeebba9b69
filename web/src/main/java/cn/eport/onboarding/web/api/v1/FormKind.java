package cn.eport.onboarding.web.api.v1;

import cn.eport.onboarding.enterprise.EnterpriseApplication;
import cn.eport.onboarding.enterprise.FieldProblem;
import cn.eport.onboarding.enterprise.OwnApplications;
import cn.eport.onboarding.workflow.ApplicationKind;

import java.util.function.Function;

/**
 * One application kind as the API serves it: the kind's own service (the same the pages use), the type
 * of its details (the JSON body of create and update), how a stored application gives them back, and
 * the bundle prefix of its field labels (the pages' own, so a problem reads as on the form).
 *
 * @param <A> the kind's entity
 * @param <D> the kind's details
 * @param <P> the kind's rule problems
 */
public record FormKind<A extends EnterpriseApplication, D, P extends FieldProblem>(
        ApplicationKind kind, OwnApplications<A, D, P> service, Class<D> detailsType, Function<A, D> detailsOf,
        String messagePrefix) {

    public D detailsOf(A application) {
        return detailsOf.apply(application);
    }
}
