package cn.eport.onboarding.demo;

import cn.eport.onboarding.account.Role;
import cn.eport.onboarding.directory.CustomsEnterpriseRecord;
import cn.eport.onboarding.directory.FilingKind;
import cn.eport.onboarding.directory.FilingSystem;
import cn.eport.onboarding.directory.ForexDeregistration;
import cn.eport.onboarding.directory.ForexEnterpriseRecord;
import cn.eport.onboarding.directory.PendingFiling;
import cn.eport.onboarding.directory.RegistryRecord;
import cn.eport.onboarding.enterprise.RegistrationDetails;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The fixed demo data of the embedded default: one account per role, and one enterprise account
 * per precondition path of the spec, with the reference-directory entries that make the path
 * happen (see the README's demo accounts table). All USCCs carry a correct GB 32100 check
 * character. Never loaded in production.
 */
public final class DemoData {

    /** The password of every demo account. */
    public static final String PASSWORD = "Eport@2026";

    public record DemoEnterprise(String uscc, String name, String legalPerson) {
    }

    /**
     * An approved 三证合一 record of a demo enterprise: declared by its account, claimed and approved by
     * the demo reviewer (the loader records those transitions), so each scenario account meets exactly
     * its own obstacle in the filings and ent-a can file all three. The authorities are those of the
     * enterprise's county ({@code division}: 工商 and 技监 its code, 税务 1 + code + 0000); the 主管海关
     * are direct districts, which issue their own cards (customs-districts.csv).
     */
    public record DemoRegistration(String declaredBy, String uscc, String enterpriseType, BigDecimal capitalWanYuan,
                                   String division, String issuingAuthority, String customsDistrict, String address,
                                   LocalDate establishmentDate, String contactName, String contactPhone) {

        /** The record's details as the 三证合一 form holds them. */
        public RegistrationDetails details() {
            RegistrationDetails d = new RegistrationDetails();
            d.setLegalPersonType("1");
            d.setEnterpriseType(enterpriseType);
            d.setBusinessAuthorityCode(division);
            d.setTaxAuthorityCode("1" + division + "0000");
            d.setQualityAuthorityCode(division);
            d.setRegisteredCapital(capitalWanYuan);
            d.setCapitalUnit("WAN_YUAN");
            d.setIssuingAuthorityName(issuingAuthority);
            d.setEnterpriseStatus(RegistryRecord.STATUS_ACTIVE);
            d.setCustomsDistrictCode(customsDistrict);
            d.setCardIssuerCode(customsDistrict);
            d.setRegisteredAddress(address);
            d.setEstablishmentDate(establishmentDate);
            d.setContactName(contactName);
            d.setContactPhone(contactPhone);
            return d;
        }
    }

    /** @param scenario what a person can try with the account (for the server log and the README) */
    public record DemoAccount(String username, String displayName, Role role, String enterpriseUscc, String scenario) {
    }

    /** ent-a: known everywhere, every check passes; the registry back-fills the 三证合一 form. */
    public static final String USCC_A = "91110108MA01ABCD5T";
    /** ent-b: a normal enterprise the registry and the forex directory do not know. */
    public static final String USCC_B = "91310115MA1K4XYW7G";
    /** ent-cancelled: registry status 4 注销. */
    public static final String USCC_CANCELLED = "91440106MA5CT2GN05";
    /** ent-forex-dereg: on the forex deregistration list. */
    public static final String USCC_FOREX_DEREG = "91330106MA2H8KQE4M";
    /** ent-pending: unfinished filings in the old system and in the RA system. */
    public static final String USCC_PENDING = "91320505MA1P3DWR8D";
    /** ent-no-customs: no customs enterprise-management record. */
    public static final String USCC_NO_CUSTOMS = "91370212MA3C9UFBX3";

    public static final List<DemoEnterprise> ENTERPRISES = List.of(
            new DemoEnterprise(USCC_A, "北京海淀示例进出口贸易有限公司", "张伟"),
            new DemoEnterprise(USCC_B, "上海浦东示例国际物流有限公司", "李娜"),
            new DemoEnterprise(USCC_CANCELLED, "广州天河示例服装贸易有限公司", "陈刚"),
            new DemoEnterprise(USCC_FOREX_DEREG, "杭州西湖示例丝绸进出口有限公司", "刘洋"),
            new DemoEnterprise(USCC_PENDING, "苏州虎丘示例精密机械有限公司", "周敏"),
            new DemoEnterprise(USCC_NO_CUSTOMS, "青岛崂山示例海产品有限公司", "孙磊"));

    public static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("ent-a", "张伟（北京海淀示例）", Role.ENTERPRISE, USCC_A,
                    "approved 三证合一; known to every directory: registry back-fill, every filing possible, forex data match"),
            new DemoAccount("ent-b", "李娜（上海浦东示例）", Role.ENTERPRISE, USCC_B,
                    "approved 三证合一; unknown to the registry (no back-fill) and to the forex directory (forex filing goes to review)"),
            new DemoAccount("reviewer", "王审核", Role.REVIEWER, null, null),
            new DemoAccount("supervisor", "钱主管", Role.SUPERVISOR, null, null),
            new DemoAccount("batch", "赵值班", Role.BATCH_OPERATOR, null, null),
            new DemoAccount("admin", "系统管理员", Role.ADMIN, null, null),
            new DemoAccount("ent-cancelled", "陈刚（广州天河示例）", Role.ENTERPRISE, USCC_CANCELLED,
                    "registry status 注销: the 三证合一 application cannot be declared; no 三证合一 record, so every filing is refused"),
            new DemoAccount("ent-forex-dereg", "刘洋（杭州西湖示例）", Role.ENTERPRISE, USCC_FOREX_DEREG,
                    "approved 三证合一; on the forex deregistration list: the forex filing is refused"),
            new DemoAccount("ent-pending", "周敏（苏州虎丘示例）", Role.ENTERPRISE, USCC_PENDING,
                    "approved 三证合一; unfinished filings in the old system (MOFCOM, forex) and the RA system (customs): those filings are refused"),
            new DemoAccount("ent-no-customs", "孙磊（青岛崂山示例）", Role.ENTERPRISE, USCC_NO_CUSTOMS,
                    "approved 三证合一; no customs enterprise-management record: the customs filing is refused"));

    /** 工商 registry records (back-fill of F-12); ent-b is deliberately absent. */
    public static final List<RegistryRecord> REGISTRY_RECORDS = List.of(
            new RegistryRecord(USCC_A, "北京海淀示例进出口贸易有限公司", "张伟", "1", "6", RegistryRecord.STATUS_ACTIVE,
                    new BigDecimal("500"), "WAN_YUAN", "北京市海淀区中关村南大街5号示例大厦8层",
                    "北京市海淀区市场监督管理局", "110108", LocalDate.of(2016, 3, 18),
                    "货物进出口；技术进出口；代理进出口；销售日用品、电子产品、机械设备。"),
            new RegistryRecord(USCC_CANCELLED, "广州天河示例服装贸易有限公司", "陈刚", "1", "6",
                    RegistryRecord.STATUS_DEREGISTERED, new BigDecimal("100"), "WAN_YUAN",
                    "广州市天河区天河路100号示例中心12楼", "广州市天河区市场监督管理局", "440106",
                    LocalDate.of(2017, 5, 9), "服装、鞋帽批发；货物进出口。"),
            new RegistryRecord(USCC_FOREX_DEREG, "杭州西湖示例丝绸进出口有限公司", "刘洋", "1", "6",
                    RegistryRecord.STATUS_ACTIVE, new BigDecimal("300"), "WAN_YUAN",
                    "浙江省杭州市西湖区文三路200号示例大厦5层", "杭州市西湖区市场监督管理局", "330106",
                    LocalDate.of(2018, 1, 22), "丝绸制品、纺织品的销售；货物进出口；技术进出口。"),
            new RegistryRecord(USCC_PENDING, "苏州虎丘示例精密机械有限公司", "周敏", "1", "3",
                    RegistryRecord.STATUS_ACTIVE, new BigDecimal("2000"), "WAN_YUAN",
                    "江苏省苏州市虎丘区示例路8号", "苏州市虎丘区市场监督管理局", "320505",
                    LocalDate.of(2015, 11, 30), "精密机械零部件的研发、生产、销售；货物进出口。"),
            new RegistryRecord(USCC_NO_CUSTOMS, "青岛崂山示例海产品有限公司", "孙磊", "1", "6",
                    RegistryRecord.STATUS_ACTIVE, new BigDecimal("50"), "WAN_YUAN",
                    "山东省青岛市崂山区海尔路1号示例广场3号楼", "青岛市崂山区市场监督管理局", "370212",
                    LocalDate.of(2019, 7, 15), "水产品批发、零售；食品经营；货物进出口。"));

    /**
     * Approved 三证合一 records: every enterprise account but ent-cancelled (whose obstacle is having none)
     * has joined, so its filings meet only its own obstacle. The data follow the registry records where
     * the registry knows the enterprise.
     */
    public static final List<DemoRegistration> REGISTRATIONS = List.of(
            new DemoRegistration("ent-a", USCC_A, "6", new BigDecimal("500"), "110108", "北京市海淀区市场监督管理局", "0100",
                    "北京市海淀区中关村南大街5号示例大厦8层", LocalDate.of(2016, 3, 18), "张伟", "010-62345678"),
            new DemoRegistration("ent-b", USCC_B, "6", new BigDecimal("1000"), "310115", "上海市浦东新区市场监督管理局", "2200",
                    "上海市浦东新区世纪大道100号示例大厦20层", LocalDate.of(2019, 2, 26), "李娜", "021-58881234"),
            new DemoRegistration("ent-forex-dereg", USCC_FOREX_DEREG, "6", new BigDecimal("300"), "330106", "杭州市西湖区市场监督管理局",
                    "2900", "浙江省杭州市西湖区文三路200号示例大厦5层", LocalDate.of(2018, 1, 22), "刘洋", "0571-87654321"),
            new DemoRegistration("ent-pending", USCC_PENDING, "3", new BigDecimal("2000"), "320505", "苏州市虎丘区市场监督管理局", "2300",
                    "江苏省苏州市虎丘区示例路8号", LocalDate.of(2015, 11, 30), "周敏", "0512-66881234"),
            new DemoRegistration("ent-no-customs", USCC_NO_CUSTOMS, "6", new BigDecimal("50"), "370212", "青岛市崂山区市场监督管理局",
                    "4200", "山东省青岛市崂山区海尔路1号示例广场3号楼", LocalDate.of(2019, 7, 15), "孙磊", "0532-88886666"));

    /** 外汇企业名录 (F-42): ent-a's data matches its own account and registry record. */
    public static final List<ForexEnterpriseRecord> FOREX_ENTERPRISES = List.of(
            new ForexEnterpriseRecord(USCC_A, "北京海淀示例进出口贸易有限公司", "张伟", "110000"),
            new ForexEnterpriseRecord(USCC_NO_CUSTOMS, "青岛崂山示例海产品有限公司", "孙磊", "370200"));

    /** 外汇注销名录 (F-41). */
    public static final List<ForexDeregistration> FOREX_DEREGISTRATIONS = List.of(
            new ForexDeregistration(USCC_FOREX_DEREG, "杭州西湖示例丝绸进出口有限公司", LocalDate.of(2025, 6, 30),
                    "企业申请注销外汇登记", "330100"));

    /** 海关企管备案信息 (F-31): everyone but ent-no-customs. */
    public static final List<CustomsEnterpriseRecord> CUSTOMS_RECORDS = List.of(
            new CustomsEnterpriseRecord(USCC_A, "北京海淀示例进出口贸易有限公司", "1108960271", "0100", LocalDate.of(2016, 6, 2)),
            new CustomsEnterpriseRecord(USCC_B, "上海浦东示例国际物流有限公司", "3115964502", "2200", LocalDate.of(2019, 4, 11)),
            new CustomsEnterpriseRecord(USCC_CANCELLED, "广州天河示例服装贸易有限公司", "4401961838", "5100", LocalDate.of(2017, 8, 21)),
            new CustomsEnterpriseRecord(USCC_FOREX_DEREG, "杭州西湖示例丝绸进出口有限公司", "3301963315", "2900", LocalDate.of(2018, 3, 5)),
            new CustomsEnterpriseRecord(USCC_PENDING, "苏州虎丘示例精密机械有限公司", "3205930742", "2300", LocalDate.of(2016, 1, 12)));

    /** Unfinished filings (F-21, F-31, F-41): ent-pending's, in both systems. */
    public static final List<PendingFiling> PENDING_FILINGS = List.of(
            new PendingFiling(USCC_PENDING, FilingSystem.OLD_SYSTEM, FilingKind.MOFCOM, LocalDate.of(2026, 9, 15), "BA2026091500317"),
            new PendingFiling(USCC_PENDING, FilingSystem.OLD_SYSTEM, FilingKind.FOREX, LocalDate.of(2026, 10, 8), "WH2026100800052"),
            new PendingFiling(USCC_PENDING, FilingSystem.RA_SYSTEM, FilingKind.CUSTOMS, LocalDate.of(2026, 10, 20), "RA2026102000141"));

    private DemoData() {
    }

    static Set<Role> rolesOf(DemoAccount account) {
        return Set.of(account.role());
    }
}
