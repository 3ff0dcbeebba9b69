package cn.eport.onboarding.web.admin;

import cn.eport.onboarding.account.AccountAdministrationService;
import cn.eport.onboarding.account.AccountRejectedException;
import cn.eport.onboarding.account.AccountRequest;
import cn.eport.onboarding.account.Role;
import cn.eport.onboarding.web.i18n.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/** /admin/account-new: an administrator opens an account; enterprise accounts name their enterprise. */
@Named
@ViewScoped
public class NewAccountBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AccountAdministrationService service;

    @Inject
    private Messages messages;

    private String username;
    private String displayName;
    private Role role = Role.ENTERPRISE;
    private final NewPassword password = new NewPassword();
    private String enterpriseUscc;
    private String enterpriseName;
    private String legalPerson;

    public String save() {
        if (!inputComplete()) {
            return null;
        }
        try {
            service.open(new AccountRequest(username, displayName, role, password.chars(),
                    enterpriseUscc, enterpriseName, legalPerson));
        } catch (AccountRejectedException e) {
            AccountMessages.add(messages, fieldOf(e.reason()), e);
            return null;
        }
        FacesContext context = FacesContext.getCurrentInstance();
        context.getExternalContext().getFlash().setKeepMessages(true);
        context.addMessage(null, new jakarta.faces.application.FacesMessage(
                messages.get("admin.accounts.opened", username.strip().toLowerCase(java.util.Locale.ROOT))));
        return "/admin/accounts?faces-redirect=true";
    }

    /** Rules that span fields; single-field rules (required, lengths) are on the page. */
    private boolean inputComplete() {
        boolean complete = password.check(username, "account", messages);
        if (isEnterpriseRole()) {
            complete &= requireFilled(enterpriseUscc, "account:uscc", "admin.account.uscc");
            complete &= requireFilled(enterpriseName, "account:enterpriseName", "admin.account.enterpriseName");
            complete &= requireFilled(legalPerson, "account:legalPerson", "admin.account.legalPerson");
        }
        return complete;
    }

    private boolean requireFilled(String value, String clientId, String labelKey) {
        if (value == null || value.isBlank()) {
            AccountMessages.error(clientId, messages.get("jakarta.faces.component.UIInput.REQUIRED", messages.get(labelKey)));
            return false;
        }
        return true;
    }

    private static String fieldOf(AccountRejectedException.Reason reason) {
        return switch (reason) {
            case USERNAME_TAKEN, INVALID_USERNAME -> "account:username";
            case INVALID_USCC, ENTERPRISE_DATA_MISMATCH -> "account:uscc";
            case WEAK_PASSWORD -> "account:password";
            default -> null;
        };
    }

    public boolean isEnterpriseRole() {
        return role == Role.ENTERPRISE;
    }

    public Role[] getRoles() {
        return Role.values();
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public NewPassword getPassword() {
        return password;
    }

    public String getEnterpriseUscc() {
        return enterpriseUscc;
    }

    public void setEnterpriseUscc(String enterpriseUscc) {
        this.enterpriseUscc = enterpriseUscc;
    }

    public String getEnterpriseName() {
        return enterpriseName;
    }

    public void setEnterpriseName(String enterpriseName) {
        this.enterpriseName = enterpriseName;
    }

    public String getLegalPerson() {
        return legalPerson;
    }

    public void setLegalPerson(String legalPerson) {
        this.legalPerson = legalPerson;
    }
}
