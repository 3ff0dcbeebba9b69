package cn.eport.onboarding.web.api.v1;

import cn.eport.onboarding.mofcom.MofcomFiling;
import cn.eport.onboarding.mofcom.MofcomDetails;
import cn.eport.onboarding.mofcom.MofcomFilingRules;
import cn.eport.onboarding.mofcom.MofcomFilingService;
import cn.eport.onboarding.workflow.ApplicationKind;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1/mofcom-filings}: 对外贸易经营者备案（一家企业一份）/ foreign trade operator filing with MOFCOM, one per enterprise through {@link MofcomFilingService}, as its pages do. */
@Path("v1/mofcom-filings")
@RequestScoped
@Tag(name = "mofcom-filings", description = "对外贸易经营者备案（一家企业一份）/ foreign trade operator filing with MOFCOM, one per enterprise")
public class MofcomFilingResource extends ApplicationResource<MofcomFiling, MofcomDetails, MofcomFilingRules.Problem> {

    @Inject
    private MofcomFilingService service;

    @Override
    protected FormKind<MofcomFiling, MofcomDetails, MofcomFilingRules.Problem> form() {
        return new FormKind<>(ApplicationKind.MOFCOM_FILING, service, MofcomDetails.class, MofcomFiling::getDetails, "mofcom");
    }
}
