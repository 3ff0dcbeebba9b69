package cn.eport.onboarding.mofcom;

/**
 * 经营者类型 of the 对外贸易经营者备案登记表: the kinds of foreign-trade operator the form and the
 * filing system distinguish (no code table lists them; labelled from the bundle,
 * {@code mofcom.operatorType.<name>}). See docs/filings.md for the source.
 */
public enum OperatorType {
    /** 国有企业 */
    STATE_OWNED,
    /** 集体企业 */
    COLLECTIVE,
    /** 私营企业 */
    PRIVATE,
    /** 外商投资企业 (中外合资、中外合作、外商独资) */
    FOREIGN_INVESTED,
    /** 个体工商户 (独资经营者) */
    INDIVIDUAL_BUSINESS,
    /** 外国（地区）企业 */
    FOREIGN_ENTERPRISE,
    /** 其他 */
    OTHER
}
