package cn.eport.onboarding.web.api.v1;

import cn.eport.onboarding.account.AccountProfile;
import cn.eport.onboarding.account.AccountService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

/** {@code GET /api/v1/me}: whom the token stands for (its account and the account's enterprise). */
@Path("v1/me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("ENTERPRISE")
public class MeResource {

    @Inject
    private AccountService accounts;

    @GET
    public Me me(@Context SecurityContext security) {
        AccountProfile profile = accounts.profile(security.getUserPrincipal().getName()).orElseThrow();
        return Me.of(profile);
    }
}
