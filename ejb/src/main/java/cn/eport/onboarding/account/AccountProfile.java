package cn.eport.onboarding.account;

import java.util.Set;

/** What the pages show about the logged-in user: who they are and, for enterprise staff, their enterprise. */
public record AccountProfile(String username, String displayName, Set<Role> roles,
                             String enterpriseUscc, String enterpriseName, String legalPerson) {
}
