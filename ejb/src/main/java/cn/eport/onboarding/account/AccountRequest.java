package cn.eport.onboarding.account;

/**
 * An administrator's request to open an account. For an ENTERPRISE account the enterprise is given
 * by USCC, name and legal person; it is registered if new and must match if already known.
 */
public record AccountRequest(String username, String displayName, Role role, char[] password,
                             String enterpriseUscc, String enterpriseName, String legalPerson) {
}
