package cn.eport.onboarding.web.api.v1;

import cn.eport.onboarding.card.LegalPersonCard;
import cn.eport.onboarding.card.CardDetails;
import cn.eport.onboarding.card.LegalPersonCardRules;
import cn.eport.onboarding.card.LegalPersonCardService;
import cn.eport.onboarding.workflow.ApplicationKind;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1/legal-person-cards}: 补办法人卡 through {@link LegalPersonCardService}, as its pages do. */
@Path("v1/legal-person-cards")
@RequestScoped
@Tag(name = "legal-person-cards", description = "补办法人卡 / reissue of the legal person's card")
public class LegalPersonCardResource extends ApplicationResource<LegalPersonCard, CardDetails, LegalPersonCardRules.Problem> {

    @Inject
    private LegalPersonCardService service;

    @Override
    protected FormKind<LegalPersonCard, CardDetails, LegalPersonCardRules.Problem> form() {
        return new FormKind<>(ApplicationKind.LEGAL_PERSON_CARD, service, CardDetails.class, LegalPersonCard::getDetails, "card");
    }
}
