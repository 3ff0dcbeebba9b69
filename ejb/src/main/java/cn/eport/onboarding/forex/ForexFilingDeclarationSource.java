package cn.eport.onboarding.forex;

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

import static cn.eport.onboarding.forex.ForexFilingRules.Field.*;

/** What a 外汇备案 declares: its form's fields in order, with the registered address the form shows read-only. */
@ApplicationScoped
public class ForexFilingDeclarationSource implements DeclarationSource {

    @Inject
    private CodeNames codes;

    public ForexFilingDeclarationSource() {
    }

    public ForexFilingDeclarationSource(CodeNames codes) {
        this.codes = codes;
    }

    @Override
    public ApplicationKind kind() {
        return ApplicationKind.FOREX_FILING;
    }

    @Override
    public List<DeclaredField> fields(Application application) {
        ForexFilingDetails d = ((ForexFiling) application).getDetails();
        return DeclaredFields.of("forex", codes)
                .code(FOREX_BUREAU, CodeTable.FOREX_BUREAU, d.getForexBureauCode())
                .text("registeredAddress", "forex.field.registeredAddress", d.getRegisteredAddress())
                .text(BUSINESS_SCOPE, d.getBusinessScope())
                .text(CONTACT_NAME, d.getContactName())
                .text(CONTACT_PHONE, d.getContactPhone())
                .text(CONTACT_EMAIL, d.getContactEmail())
                .list();
    }
}
