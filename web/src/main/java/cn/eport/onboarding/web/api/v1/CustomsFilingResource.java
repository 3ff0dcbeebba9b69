package cn.eport.onboarding.web.api.v1;

import cn.eport.onboarding.customs.CustomsFiling;
import cn.eport.onboarding.customs.CustomsFilingDetails;
import cn.eport.onboarding.customs.CustomsFilingRules;
import cn.eport.onboarding.customs.CustomsFilingService;
import cn.eport.onboarding.workflow.ApplicationKind;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1/customs-filings}: 海关报关单位备案（一家企业一份）/ customs declarant filing, one per enterprise through {@link CustomsFilingService}, as its pages do. */
@Path("v1/customs-filings")
@RequestScoped
@Tag(name = "customs-filings", description = "海关报关单位备案（一家企业一份）/ customs declarant filing, one per enterprise")
public class CustomsFilingResource extends ApplicationResource<CustomsFiling, CustomsFilingDetails, CustomsFilingRules.Problem> {

    @Inject
    private CustomsFilingService service;

    @Override
    protected FormKind<CustomsFiling, CustomsFilingDetails, CustomsFilingRules.Problem> form() {
        return new FormKind<>(ApplicationKind.CUSTOMS_FILING, service, CustomsFilingDetails.class, CustomsFiling::getDetails, "customs");
    }
}
