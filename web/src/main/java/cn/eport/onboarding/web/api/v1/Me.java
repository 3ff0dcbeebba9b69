package cn.eport.onboarding.web.api.v1;

import cn.eport.onboarding.account.AccountProfile;
import cn.eport.onboarding.account.Role;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The caller of the token API.
 *
 * @param role           the account's role ({@code ENTERPRISE}: only enterprise accounts hold tokens)
 * @param enterpriseUscc the enterprise's 统一社会信用代码
 */
@Schema(name = "Me")
@JsonbPropertyOrder({"username", "displayName", "role", "enterpriseUscc", "enterpriseName"})
public record Me(@Schema(example = "ent-a") String username, @Schema(example = "张三") String displayName,
                 @Schema(example = "ENTERPRISE") String role, @Schema(example = "91120116MA05JXXX0A") String enterpriseUscc,
                 @Schema(example = "天津示例贸易有限公司") String enterpriseName) {

    static Me of(AccountProfile profile) {
        String role = profile.roles().contains(Role.ENTERPRISE) ? Role.ENTERPRISE.name()
                : profile.roles().stream().map(Role::name).sorted().findFirst().orElse(null);
        return new Me(profile.username(), profile.displayName(), role, profile.enterpriseUscc(), profile.enterpriseName());
    }
}
