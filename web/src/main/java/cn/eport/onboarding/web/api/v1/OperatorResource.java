package cn.eport.onboarding.web.api.v1;

import cn.eport.onboarding.operator.Operator;
import cn.eport.onboarding.operator.OperatorDetails;
import cn.eport.onboarding.operator.OperatorRules;
import cn.eport.onboarding.operator.OperatorService;
import cn.eport.onboarding.workflow.ApplicationKind;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1/operators}: 企业操作员 through {@link OperatorService}, as its pages do. */
@Path("v1/operators")
@RequestScoped
@Tag(name = "operators", description = "企业操作员 / the enterprise's operators (needs a saved 三证合一 record)")
public class OperatorResource extends ApplicationResource<Operator, OperatorDetails, OperatorRules.Problem> {

    @Inject
    private OperatorService service;

    @Override
    protected FormKind<Operator, OperatorDetails, OperatorRules.Problem> form() {
        return new FormKind<>(ApplicationKind.OPERATOR, service, OperatorDetails.class, Operator::getDetails, "operator");
    }
}
