package cn.eport.onboarding.web.api.v1;

import cn.eport.onboarding.enterprise.EnterpriseRegistration;
import cn.eport.onboarding.enterprise.RegistrationDetails;
import cn.eport.onboarding.enterprise.RegistrationRules;
import cn.eport.onboarding.enterprise.RegistrationService;
import cn.eport.onboarding.workflow.ApplicationKind;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1/registrations}: 三证合一企业信息登记 through {@link RegistrationService}, as its pages do. */
@Path("v1/registrations")
@RequestScoped
@Tag(name = "registrations", description = "三证合一企业信息登记 / unified business registration of the enterprise (F-12..F-16)")
public class RegistrationResource extends ApplicationResource<EnterpriseRegistration, RegistrationDetails, RegistrationRules.Problem> {

    @Inject
    private RegistrationService service;

    @Override
    protected FormKind<EnterpriseRegistration, RegistrationDetails, RegistrationRules.Problem> form() {
        return new FormKind<>(ApplicationKind.ENTERPRISE_REGISTRATION, service, RegistrationDetails.class, EnterpriseRegistration::getDetails, "registration");
    }
}
