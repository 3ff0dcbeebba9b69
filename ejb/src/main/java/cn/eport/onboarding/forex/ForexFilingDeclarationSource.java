package cn.eport.onboarding.forex;

import cn.eport.onboarding.codetable.CodeTable;
import cn.eport.onboarding.declaration.DeclaredFields;
import cn.eport.onboarding.declaration.FormDeclarationSource;
import cn.eport.onboarding.workflow.ApplicationKind;
import jakarta.enterprise.context.ApplicationScoped;

import static cn.eport.onboarding.forex.ForexFilingRules.Field.*;

/** What a 外汇备案 declares: its form's fields in order, with the registered address the form shows read-only. */
@ApplicationScoped
public class ForexFilingDeclarationSource extends FormDeclarationSource<ForexFiling> {

    public ForexFilingDeclarationSource() {
        super(ApplicationKind.FOREX_FILING, ForexFiling.class, "forex");
    }

    @Override
    protected DeclaredFields fields(ForexFiling application, DeclaredFields form) {
        ForexFilingDetails d = application.getDetails();
        return form
                .code(FOREX_BUREAU, CodeTable.FOREX_BUREAU, d.getForexBureauCode())
                .text("registeredAddress", "forex.field.registeredAddress", d.getRegisteredAddress())
                .text(BUSINESS_SCOPE, d.getBusinessScope())
                .text(CONTACT_NAME, d.getContactName())
                .text(CONTACT_PHONE, d.getContactPhone())
                .text(CONTACT_EMAIL, d.getContactEmail());
    }
}
