package cn.eport.onboarding.web.admin;

import cn.eport.onboarding.account.PasswordPolicy;
import cn.eport.onboarding.web.i18n.Messages;

import java.io.Serializable;
import java.util.List;

/** A new password typed twice on a form, checked against the password rules before it is sent. */
public class NewPassword implements Serializable {

    private static final long serialVersionUID = 1L;

    private String value;
    private String confirmation;

    /**
     * Adds a message for every broken rule to the fields {@code <form>:password} and
     * {@code <form>:confirmation}; true when there was none.
     */
    boolean check(String username, String form, Messages messages) {
        List<PasswordPolicy.Violation> violations = PasswordPolicy.check(username, value.toCharArray());
        AccountMessages.addPasswordViolations(messages, form + ":password", violations);
        boolean confirmed = value.equals(confirmation);
        if (!confirmed) {
            AccountMessages.error(form + ":confirmation", messages.get("password.confirmationMismatch"));
        }
        return violations.isEmpty() && confirmed;
    }

    char[] chars() {
        return value.toCharArray();
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
