package cn.eport.onboarding.web.security;

import cn.eport.onboarding.account.AccountService;
import cn.eport.onboarding.account.LoginOutcome;
import cn.eport.onboarding.account.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

import java.util.stream.Collectors;

/** The database identity store: accounts, PBKDF2 hashes and the lock-out rule live in {@link AccountService}. */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    private AccountService accounts;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        LoginOutcome outcome = accounts.authenticate(credential.getCaller(), credential.getPassword().getValue());
        if (outcome instanceof LoginOutcome.Authenticated ok) {
            return new CredentialValidationResult(ok.username(),
                    ok.roles().stream().map(Role::name).collect(Collectors.toSet()));
        }
        return CredentialValidationResult.INVALID_RESULT;
    }
}
