package cn.eport.onboarding.workflow;

/**
 * The kinds of application that go through the state machine, each with the prefix of its
 * {@link ApplicationNumber} (pinyin initials of its Chinese name, so the number tells its kind).
 */
public enum ApplicationKind {
    /** 三证合一信息 (F-10..F-17) */
    ENTERPRISE_REGISTRATION("SZ"),
    /** 补办法人卡 (F-60) */
    LEGAL_PERSON_CARD("BK"),
    /** 企业商务部备案 (F-20..F-23) */
    MOFCOM_FILING("SW"),
    /** 企业海关备案授权 (F-30..F-32) */
    CUSTOMS_FILING("HG"),
    /** 企业外汇备案授权 (F-40..F-43) */
    FOREX_FILING("WH"),
    /** 操作员信息预录入 (F-50..F-53) */
    OPERATOR("CZ");

    private final String numberPrefix;

    ApplicationKind(String numberPrefix) {
        this.numberPrefix = numberPrefix;
    }

    public String numberPrefix() {
        return numberPrefix;
    }
}
