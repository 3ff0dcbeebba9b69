package cn.eport.onboarding.web.admin;

import cn.eport.onboarding.account.AccountAdministrationService;
import cn.eport.onboarding.account.AccountRejectedException;
import cn.eport.onboarding.web.i18n.Messages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/** /admin/account-password?username=…: an administrator sets a new password (and so unlocks the account). */
@Named
@ViewScoped
public class AccountPasswordBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AccountAdministrationService service;

    @Inject
    private Messages messages;

    private final NewPassword password = new NewPassword();
    private String username;

    public String save() {
        if (!password.check(username, "password-form", messages)) {
            return null;
        }
        try {
            service.setPassword(username, password.chars());
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

    public NewPassword getPassword() {
        return password;
    }
}
