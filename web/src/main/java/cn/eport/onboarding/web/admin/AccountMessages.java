package cn.eport.onboarding.web.admin;

import cn.eport.onboarding.account.AccountRejectedException;
import cn.eport.onboarding.account.PasswordPolicy;
import cn.eport.onboarding.validation.ValidationTexts;
import cn.eport.onboarding.web.i18n.Messages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import java.util.List;

/** Turns refusals of the account services into messages in the user's language. */
final class AccountMessages {

    private AccountMessages() {
    }

    static void add(Messages messages, String clientId, AccountRejectedException e) {
        String text = messages.get("admin.account.error." + e.reason().name());
        error(clientId, e.problem()
                .map(p -> text + " " + ValidationTexts.forLocale(FacesContext.getCurrentInstance().getViewRoot().getLocale()).format(p))
                .orElse(text));
    }

    static void addPasswordViolations(Messages messages, String clientId, List<PasswordPolicy.Violation> violations) {
        violations.forEach(v -> error(clientId, messages.get("password.policy." + v.name(),
                PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH)));
    }

    static void error(String clientId, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }
}
