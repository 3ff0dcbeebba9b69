package cn.eport.onboarding.account;

import java.util.Set;

/** A request to open an account; {@code enterpriseUscc} is required for ENTERPRISE and absent otherwise. */
public record NewAccount(String username, char[] password, String displayName, Set<Role> roles,
                         String enterpriseUscc) {
}
