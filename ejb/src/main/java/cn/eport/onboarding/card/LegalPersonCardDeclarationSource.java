package cn.eport.onboarding.card;

import cn.eport.onboarding.codetable.CodeTable;
import cn.eport.onboarding.declaration.CodeNames;
import cn.eport.onboarding.declaration.DeclarationSource;
import cn.eport.onboarding.declaration.DeclaredField;
import cn.eport.onboarding.declaration.DeclaredFields;
import cn.eport.onboarding.workflow.Application;
import cn.eport.onboarding.workflow.ApplicationKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

import static cn.eport.onboarding.card.LegalPersonCardRules.Field.*;

/** What a 补办法人卡 application declares: its form's fields in order, with the back-filled 发卡机构. */
@ApplicationScoped
public class LegalPersonCardDeclarationSource implements DeclarationSource {

    @Inject
    private CodeNames codes;

    public LegalPersonCardDeclarationSource() {
    }

    public LegalPersonCardDeclarationSource(CodeNames codes) {
        this.codes = codes;
    }

    @Override
    public ApplicationKind kind() {
        return ApplicationKind.LEGAL_PERSON_CARD;
    }

    @Override
    public List<DeclaredField> fields(Application application) {
        CardDetails d = ((LegalPersonCard) application).getDetails();
        return DeclaredFields.of("card", codes)
                .choice(REASON, d.getReason(), "card.reason.")
                .text(REASON_OTHER, d.getReasonOther())
                .code(ID_TYPE, CodeTable.ID_TYPE, d.getIdTypeCode())
                .text(ID_NUMBER, d.getIdNumber())
                .code(CUSTOMS_DISTRICT, CodeTable.CUSTOMS_DISTRICT, d.getCustomsDistrictCode())
                .text("cardIssuer", "card.field.cardIssuer", d.getCardIssuerCode())
                .text(CONTACT_NAME, d.getContactName())
                .text(CONTACT_PHONE, d.getContactPhone())
                .list();
    }
}
