package cn.eport.onboarding.apitoken;

import cn.eport.onboarding.account.Role;

import java.util.Set;

/** Whom an accepted API token stands for: its account, with the account's roles. */
public record ApiTokenCaller(String username, Set<Role> roles) {

    public ApiTokenCaller {
        roles = Set.copyOf(roles);
    }
}
