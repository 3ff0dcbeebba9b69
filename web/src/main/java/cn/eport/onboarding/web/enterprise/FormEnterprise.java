package cn.eport.onboarding.web.enterprise;

import cn.eport.onboarding.enterprise.Enterprise;
import cn.eport.onboarding.enterprise.EnterpriseApplication;

import java.io.Serializable;

/** The enterprise an entry form is for, shown read-only at its top: USCC, name and legal person (bean getters for EL). */
public final class FormEnterprise implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String uscc;
    private final String name;
    private final String legalPerson;

    private FormEnterprise(String uscc, String name, String legalPerson) {
        this.uscc = uscc;
        this.name = name;
        this.legalPerson = legalPerson;
    }

    /** As the account's enterprise holds it (a new application). */
    public static FormEnterprise of(Enterprise enterprise) {
        return new FormEnterprise(enterprise.getUscc(), enterprise.getName(), enterprise.getLegalPerson());
    }

    /** As a stored application (or the 三证合一 record it takes them from) holds it. */
    public static FormEnterprise of(EnterpriseApplication application) {
        return new FormEnterprise(application.getEnterpriseUscc(), application.getEnterpriseName(), application.getLegalPerson());
    }

    public String getUscc() {
        return uscc;
    }

    public String getName() {
        return name;
    }

    public String getLegalPerson() {
        return legalPerson;
    }
}
