package cn.eport.onboarding.directory;

/** The business of a filing: 商务部备案, 海关备案, 外汇备案. */
public enum FilingKind {
    MOFCOM,
    CUSTOMS,
    FOREX
}
