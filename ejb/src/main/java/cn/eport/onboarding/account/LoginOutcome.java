package cn.eport.onboarding.account;

import java.util.Set;

/**
 * What a login attempt came to. The reason of a refusal is for the log only: the user always sees
 * one generic message, so nobody learns which part was wrong or that an account exists (F-1).
 */
public sealed interface LoginOutcome {

    record Authenticated(String username, Set<Role> roles) implements LoginOutcome {
    }

    record Refused(Reason reason) implements LoginOutcome {
    }

    enum Reason {
        BAD_CREDENTIALS,
        LOCKED
    }
}
