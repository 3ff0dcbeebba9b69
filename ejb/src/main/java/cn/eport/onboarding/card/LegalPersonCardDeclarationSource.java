package cn.eport.onboarding.card;

import cn.eport.onboarding.codetable.CodeTable;
import cn.eport.onboarding.declaration.DeclaredFields;
import cn.eport.onboarding.declaration.FormDeclarationSource;
import cn.eport.onboarding.workflow.ApplicationKind;
import jakarta.enterprise.context.ApplicationScoped;

import static cn.eport.onboarding.card.LegalPersonCardRules.Field.*;

/** What a 补办法人卡 application declares: its form's fields in order, with the back-filled 发卡机构. */
@ApplicationScoped
public class LegalPersonCardDeclarationSource extends FormDeclarationSource<LegalPersonCard> {

    public LegalPersonCardDeclarationSource() {
        super(ApplicationKind.LEGAL_PERSON_CARD, LegalPersonCard.class, "card");
    }

    @Override
    protected DeclaredFields fields(LegalPersonCard application, DeclaredFields form) {
        CardDetails d = application.getDetails();
        return form
                .choice(REASON, d.getReason(), "card.reason.")
                .text(REASON_OTHER, d.getReasonOther())
                .code(ID_TYPE, CodeTable.ID_TYPE, d.getIdTypeCode())
                .text(ID_NUMBER, d.getIdNumber())
                .code(CUSTOMS_DISTRICT, CodeTable.CUSTOMS_DISTRICT, d.getCustomsDistrictCode())
                .text("cardIssuer", "card.field.cardIssuer", d.getCardIssuerCode())
                .text(CONTACT_NAME, d.getContactName())
                .text(CONTACT_PHONE, d.getContactPhone());
    }
}
