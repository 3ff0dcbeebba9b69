package cn.eport.onboarding.web.admin;

import cn.eport.onboarding.account.AccountAdministrationService;
import cn.eport.onboarding.account.AccountRejectedException;
import cn.eport.onboarding.account.PasswordPolicy;
import cn.eport.onboarding.web.i18n.Messages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/** /admin/account-password?username=…: an administrator sets a new password (and so unlocks the account). */
@Named
@ViewScoped
public class AccountPasswordBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AccountAdministrationService service;

    @Inject
    private Messages messages;

    private String username;
    private String password;
    private String confirmation;

    public String save() {
        List<PasswordPolicy.Violation> violations = PasswordPolicy.check(username, password.toCharArray());
        boolean valid = violations.isEmpty();
        AccountMessages.addPasswordViolations(messages, "password-form:password", violations);
        if (!password.equals(confirmation)) {
            AccountMessages.error("password-form:confirmation", messages.get("password.confirmationMismatch"));
            valid = false;
        }
        if (!valid) {
            return null;
        }
        try {
            service.setPassword(username, password.toCharArray());
        } catch (AccountRejectedException e) {
            AccountMessages.add(messages, null, e);
            return null;
        }
        FacesContext context = FacesContext.getCurrentInstance();
        context.getExternalContext().getFlash().setKeepMessages(true);
        context.addMessage(null, new FacesMessage(messages.get("admin.accounts.passwordSet", username)));
        return "/admin/accounts?faces-redirect=true";
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
