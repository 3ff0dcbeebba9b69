package cn.eport.onboarding.web.api.v1;

import cn.eport.onboarding.card.CardDetails;
import cn.eport.onboarding.card.LegalPersonCard;
import cn.eport.onboarding.card.LegalPersonCardService;
import cn.eport.onboarding.customs.CustomsFiling;
import cn.eport.onboarding.customs.CustomsFilingDetails;
import cn.eport.onboarding.customs.CustomsFilingService;
import cn.eport.onboarding.enterprise.EnterpriseRegistration;
import cn.eport.onboarding.enterprise.RegistrationDetails;
import cn.eport.onboarding.enterprise.RegistrationService;
import cn.eport.onboarding.forex.ForexFiling;
import cn.eport.onboarding.forex.ForexFilingDetails;
import cn.eport.onboarding.forex.ForexFilingService;
import cn.eport.onboarding.mofcom.MofcomDetails;
import cn.eport.onboarding.mofcom.MofcomFiling;
import cn.eport.onboarding.mofcom.MofcomFilingService;
import cn.eport.onboarding.operator.Operator;
import cn.eport.onboarding.operator.OperatorDetails;
import cn.eport.onboarding.operator.OperatorService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/** Each {@link ApiKind} with the service its pages use, as {@link ApplicationResource} serves it. */
@RequestScoped
public class FormKinds {

    @Inject
    private RegistrationService registrations;

    @Inject
    private LegalPersonCardService cards;

    @Inject
    private MofcomFilingService mofcomFilings;

    @Inject
    private CustomsFilingService customsFilings;

    @Inject
    private ForexFilingService forexFilings;

    @Inject
    private OperatorService operators;

    public FormKind<?, ?, ?> of(ApiKind kind) {
        return switch (kind) {
            case REGISTRATIONS -> new FormKind<>(kind.kind(), registrations, RegistrationDetails.class, EnterpriseRegistration::getDetails, "registration");
            case LEGAL_PERSON_CARDS -> new FormKind<>(kind.kind(), cards, CardDetails.class, LegalPersonCard::getDetails, "card");
            case MOFCOM_FILINGS -> new FormKind<>(kind.kind(), mofcomFilings, MofcomDetails.class, MofcomFiling::getDetails, "mofcom");
            case CUSTOMS_FILINGS -> new FormKind<>(kind.kind(), customsFilings, CustomsFilingDetails.class, CustomsFiling::getDetails, "customs");
            case FOREX_FILINGS -> new FormKind<>(kind.kind(), forexFilings, ForexFilingDetails.class, ForexFiling::getDetails, "forex");
            case OPERATORS -> new FormKind<>(kind.kind(), operators, OperatorDetails.class, Operator::getDetails, "operator");
        };
    }
}
