package cn.eport.onboarding.demo;

import cn.eport.onboarding.account.Role;

import java.util.List;
import java.util.Set;

/**
 * The fixed demo data of the embedded default: one account per role and two enterprises whose
 * USCCs carry a correct GB 32100 check character. Listed in the README; never loaded in production.
 */
public final class DemoData {

    /** The password of every demo account. */
    public static final String PASSWORD = "Eport@2026";

    public record DemoEnterprise(String uscc, String name, String legalPerson) {
    }

    public record DemoAccount(String username, String displayName, Role role, String enterpriseUscc) {
    }

    public static final List<DemoEnterprise> ENTERPRISES = List.of(
            new DemoEnterprise("91110108MA01ABCD5T", "北京海淀示例进出口贸易有限公司", "张伟"),
            new DemoEnterprise("91310115MA1K4XYW7G", "上海浦东示例国际物流有限公司", "李娜"));

    public static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("ent-a", "张伟（北京海淀示例）", Role.ENTERPRISE, ENTERPRISES.get(0).uscc()),
            new DemoAccount("ent-b", "李娜（上海浦东示例）", Role.ENTERPRISE, ENTERPRISES.get(1).uscc()),
            new DemoAccount("reviewer", "王审核", Role.REVIEWER, null),
            new DemoAccount("batch", "赵值班", Role.BATCH_OPERATOR, null),
            new DemoAccount("admin", "系统管理员", Role.ADMIN, null));

    private DemoData() {
    }

    static Set<Role> rolesOf(DemoAccount account) {
        return Set.of(account.role());
    }
}
