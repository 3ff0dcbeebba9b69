package cn.eport.onboarding.declaration.pdf;

import cn.eport.onboarding.declaration.Declaration;
import cn.eport.onboarding.declaration.DeclaredAttachment;
import cn.eport.onboarding.declaration.DeclaredField;
import cn.eport.onboarding.workflow.ApplicationKind;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Hand-built declarations for the renderer's tests and benchmark: a typical 三证合一 with three
 * attachments, and a large one that runs over several pages.
 */
public final class SampleDeclarations {

    /** Document types of table DOCUMENT_TYPE as the samples use them. */
    public static final Map<String, String> DOCUMENT_TYPES = Map.of(
            "01", "营业执照", "02", "组织机构代码证", "03", "税务登记证");

    /** What stands for the SHA-256 of the samples' snapshots. */
    public static final String SNAPSHOT_SHA256 = "5f0c6e1d2b3a4958677a8b9c0d1e2f30415263748596a7b8c9d0e1f203142536";

    private SampleDeclarations() {
    }

    /** The sample rendered as the server renders it. */
    public static byte[] render(SealedPdfRenderer renderer, Declaration declaration) {
        return renderer.render(declaration, SNAPSHOT_SHA256, DOCUMENT_TYPES::get);
    }

    public static Declaration typical() {
        List<DeclaredField> fields = List.of(
                field("legalPersonType", "1", "1 企业法人"),
                field("enterpriseType", "110", "110 国有企业"),
                field("businessAuthority", "310115", "310115 浦东新区市场监督管理局"),
                field("taxAuthority", "13101150000", "13101150000 国家税务总局上海市浦东新区税务局"),
                field("qualityAuthority", "310115", "310115 浦东新区质量技术监督局"),
                field("registeredCapital", "5000.00", "5,000.00"),
                field("capitalUnit", "CNY", "CNY 人民币"),
                field("issuingAuthority", "上海市浦东新区市场监督管理局", "上海市浦东新区市场监督管理局"),
                field("enterpriseStatus", "1", "1 存续"),
                field("customsDistrict", "2200", "2200 上海海关"),
                field("cardIssuer", "2201", "2201 上海电子口岸数据分中心"),
                field("registeredAddress", "中国（上海）自由贸易试验区张杨路 500 号 12 层 1201 室",
                        "中国（上海）自由贸易试验区张杨路 500 号 12 层 1201 室"),
                field("establishmentDate", "2015-03-18", "2015-03-18"),
                field("contactName", "王晓明", "王晓明"),
                field("contactPhone", "021-58881234", "021-58881234"));
        List<DeclaredAttachment> attachments = List.of(
                new DeclaredAttachment(11L, "01", "营业执照副本.pdf", 245_812, sha(1)),
                new DeclaredAttachment(12L, "02", "organization-code.jpg", 1_048_200, sha(2)),
                new DeclaredAttachment(13L, "03", "税务登记证.png", 87_004, sha(3)));
        return declaration(1, fields, attachments);
    }

    /** Forty long fields and twenty attachments (the most an application may hold): several pages. */
    public static Declaration large() {
        List<DeclaredField> fields = new ArrayList<>(typical().fields());
        String[] names = {"registeredAddress", "issuingAuthority", "contactName", "enterpriseTypeOther"};
        for (int i = 0; i < 40; i++) {
            String value = ("第" + (i + 1) + "段：经营范围包括货物进出口、技术进出口、国际货物运输代理、仓储服务（不含危险化学品），"
                    + "Import and export of goods and technology, international freight forwarding. ").repeat(3);
            fields.add(field(names[i % names.length], value, value));
        }
        List<DeclaredAttachment> attachments = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            attachments.add(new DeclaredAttachment(100L + i, "0" + (1 + i % 3), "证明文件-" + (i + 1) + "-scan.pdf", 3_000_000L + i, sha(10 + i)));
        }
        return declaration(2, fields, attachments);
    }

    public static Declaration declaration(int round, List<DeclaredField> fields, List<DeclaredAttachment> attachments) {
        return new Declaration(ApplicationKind.ENTERPRISE_REGISTRATION, 123L, "SZ2026-000123", "91310115MA1K4XYZ3Q",
                "上海东方明珠国际贸易有限公司", round, Instant.parse("2026-12-06T02:15:30Z"), "ent-a", fields, attachments);
    }

    public static DeclaredField field(String name, String value, String display) {
        return new DeclaredField(name, "registration.field." + name, value, display, null);
    }

    /** A distinct, well-formed SHA-256 (hex, lower case) per seed. */
    public static String sha(int seed) {
        StringBuilder hex = new StringBuilder();
        while (hex.length() < 64) {
            hex.append(Integer.toHexString(Integer.rotateLeft(0x9e3779b9 * (seed + hex.length() + 1), seed % 31) | 0x10000000));
        }
        return hex.substring(0, 64);
    }
}
