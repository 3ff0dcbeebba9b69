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
import cn.eport.onboarding.web.api.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /api/v1/me}: whom the token stands for (its account and the account's enterprise). */
@Path("v1/me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("ENTERPRISE")
@Tag(name = "account")
@SecurityRequirement(name = "bearer")
public class MeResource {

    @Inject
    private AccountService accounts;

    @GET
    @Operation(summary = "The token's account and its enterprise")
    @APIResponse(responseCode = "200", description = "The caller",
            content = @Content(schema = @Schema(ref = "Me")))
    @APIResponse(responseCode = "401", description = "No valid token (missing, unknown, revoked or expired)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Me me(@Context SecurityContext security) {
        AccountProfile profile = accounts.profile(security.getUserPrincipal().getName()).orElseThrow();
        return Me.of(profile);
    }
}
