package cn.eport.onboarding.web.api.v1;

import cn.eport.onboarding.forex.ForexFiling;
import cn.eport.onboarding.forex.ForexFilingDetails;
import cn.eport.onboarding.forex.ForexFilingRules;
import cn.eport.onboarding.forex.ForexFilingService;
import cn.eport.onboarding.workflow.ApplicationKind;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1/forex-filings}: 外汇名录登记（一家企业一份）/ foreign exchange directory filing, one per enterprise through {@link ForexFilingService}, as its pages do. */
@Path("v1/forex-filings")
@RequestScoped
@Tag(name = "forex-filings", description = "外汇名录登记（一家企业一份）/ foreign exchange directory filing, one per enterprise")
public class ForexFilingResource extends ApplicationResource<ForexFiling, ForexFilingDetails, ForexFilingRules.Problem> {

    @Inject
    private ForexFilingService service;

    @Override
    protected FormKind<ForexFiling, ForexFilingDetails, ForexFilingRules.Problem> form() {
        return new FormKind<>(ApplicationKind.FOREX_FILING, service, ForexFilingDetails.class, ForexFiling::getDetails, "forex");
    }
}
