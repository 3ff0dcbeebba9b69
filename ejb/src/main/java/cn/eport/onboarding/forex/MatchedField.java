package cn.eport.onboarding.forex;

/**
 * The enterprise data F-42 compares with the forex enterprise directory (外汇企业名录), in the order
 * the reviewer sees them (ADR 0017): all three must agree for the filing to be approved at once.
 */
public enum MatchedField {
    /** 企业名称, compared after {@link DirectoryNames#normalized}. */
    ENTERPRISE_NAME,
    /** 法定代表人, compared after {@link DirectoryNames#normalized}; a directory entry without one does not agree. */
    LEGAL_PERSON,
    /** 主管外汇局: the code chosen on the form must be the directory's. */
    FOREX_BUREAU
}
