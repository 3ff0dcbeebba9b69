package cn.eport.onboarding.codetable;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The code tables (参数表, R-2). All of them live in one database table, {@code code_entry}, keyed by
 * (table, code); {@link #name()} is what the {@code table_name} column holds.
 * <p>
 * Each table knows how many characters must be typed before code suggestion answers (F-13, F-23,
 * F-32, F-43); the small lists answer from the first keystroke (their whole list fits in one answer).
 */
public enum CodeTable {
    /** 关区/海关: 主管海关 and 备案海关, with the card-issuing office (发卡机构) of each district. F-32: 2. */
    CUSTOMS_DISTRICT(2),
    /** 工商审核单位 (market-regulation authorities). F-13: 2. */
    BUSINESS_REGISTRATION_AUTHORITY(2),
    /** 税务审核单位 (tax bureaus). F-13: 4. */
    TAX_AUTHORITY(4),
    /** 技监审核单位 (quality and technical supervision, legacy organization-code issuers). F-13: 1. */
    QUALITY_SUPERVISION_AUTHORITY(1),
    /** 外汇局 (SAFE branches). F-43: 2. */
    FOREX_BUREAU(2),
    /** 商务部备案 主管机关 (commerce departments and bureaus). F-23: 1. */
    MOFCOM_AUTHORITY(1),
    /** 企业类型, including 9 其他企业. */
    ENTERPRISE_TYPE(0),
    /** 法人类型. */
    LEGAL_PERSON_TYPE(0),
    /** 企业状态. */
    ENTERPRISE_STATUS(0),
    /** 注册资金单位 (元, 万元). */
    CAPITAL_UNIT(0),
    /** 随附单据类型 (F-14). */
    DOCUMENT_TYPE(0),
    /** 证件类型. */
    ID_TYPE(0),
    /** 行政区划 (GB/T 2260, 6 digits: province, city, county), the customs filing's 行政区划. F-32's rule: 2. */
    ADMINISTRATIVE_DIVISION(2),
    /** 经济区划 of the customs filing (1 经济特区 … 9 其他): the 5th digit of the 海关注册编码. */
    ECONOMIC_ZONE(0),
    /** 行业种类: the sections (门类 A–T) of GB/T 4754-2017 国民经济行业分类. */
    INDUSTRY(0),
    /** 企业经营类别 of the customs filing (进出口货物收发货人, 报关企业, …). */
    CUSTOMS_BUSINESS_CATEGORY(0);

    private final int minSuggestLength;

    CodeTable(int minSuggestLength) {
        this.minSuggestLength = minSuggestLength;
    }

    /** Characters to type before suggestions appear; shorter input gets none. */
    public int minSuggestLength() {
        return minSuggestLength;
    }

    /** The name in URLs: {@code CUSTOMS_DISTRICT} is {@code customs-district}. */
    public String pathSegment() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The table a URL segment names ({@link #pathSegment()}), if any. */
    public static Optional<CodeTable> fromPathSegment(String segment) {
        return Arrays.stream(values()).filter(t -> t.pathSegment().equals(segment)).findFirst();
    }
}
