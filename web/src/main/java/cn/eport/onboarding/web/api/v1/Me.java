package cn.eport.onboarding.web.api.v1;

import cn.eport.onboarding.account.AccountProfile;
import cn.eport.onboarding.account.Role;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/**
 * The caller of the token API.
 *
 * @param role           the account's role ({@code ENTERPRISE}: only enterprise accounts hold tokens)
 * @param enterpriseUscc the enterprise's 统一社会信用代码
 */
@JsonbPropertyOrder({"username", "displayName", "role", "enterpriseUscc", "enterpriseName"})
public record Me(String username, String displayName, String role, String enterpriseUscc, String enterpriseName) {

    static Me of(AccountProfile profile) {
        String role = profile.roles().contains(Role.ENTERPRISE) ? Role.ENTERPRISE.name()
                : profile.roles().stream().map(Role::name).sorted().findFirst().orElse(null);
        return new Me(profile.username(), profile.displayName(), role, profile.enterpriseUscc(), profile.enterpriseName());
    }
}
