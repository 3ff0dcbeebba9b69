package cn.eport.onboarding.tasks;

import cn.eport.onboarding.workflow.ApplicationKind;

/**
 * The functions an enterprise works through (企业自主入网), in the order of the spec and the left
 * menu, each with the precondition the spec sets before it can start (X-2's task list).
 */
public enum EnterpriseFunction {
    /** 三证合一信息 (F-10..F-17): where every enterprise starts. */
    REGISTRATION(Precondition.NONE, ApplicationKind.ENTERPRISE_REGISTRATION),
    /** 企业商务部备案 (F-21: a 三证合一 record completed in this system). */
    MOFCOM_FILING(Precondition.REGISTRATION_APPROVED, ApplicationKind.MOFCOM_FILING),
    /** 企业海关备案授权 (F-31: joined through 三证合一). */
    CUSTOMS_FILING(Precondition.REGISTRATION_APPROVED, ApplicationKind.CUSTOMS_FILING),
    /** 企业外汇备案授权 (F-41: joined through 三证合一). */
    FOREX_FILING(Precondition.REGISTRATION_APPROVED, ApplicationKind.FOREX_FILING),
    /** 操作员信息预录入 (F-51: a 三证合一 record saved, at least as a draft). */
    OPERATOR_PRE_ENTRY(Precondition.REGISTRATION_SAVED, ApplicationKind.OPERATOR),
    /** 补办法人卡 (F-60); the spec sets no precondition of its own. */
    LEGAL_PERSON_CARD(Precondition.NONE, ApplicationKind.LEGAL_PERSON_CARD);

    private final Precondition precondition;
    private final ApplicationKind kind;

    EnterpriseFunction(Precondition precondition, ApplicationKind kind) {
        this.precondition = precondition;
        this.kind = kind;
    }

    /** The kind of application this function files. */
    public ApplicationKind kind() {
        return kind;
    }

    public Precondition precondition() {
        return precondition;
    }
}
