package cn.eport.onboarding.tasks;

/**
 * The functions an enterprise works through (企业自主入网), in the order of the spec and the left
 * menu, each with the precondition the spec sets before it can start (X-2's task list).
 */
public enum EnterpriseFunction {
    /** 三证合一信息 (F-10..F-17): where every enterprise starts. */
    REGISTRATION(Precondition.NONE),
    /** 企业商务部备案 (F-21: a 三证合一 record completed in this system). */
    MOFCOM_FILING(Precondition.REGISTRATION_APPROVED),
    /** 企业海关备案授权 (F-31: joined through 三证合一). */
    CUSTOMS_FILING(Precondition.REGISTRATION_APPROVED),
    /** 企业外汇备案授权 (F-41: joined through 三证合一). */
    FOREX_FILING(Precondition.REGISTRATION_APPROVED),
    /** 操作员信息预录入 (F-51: a 三证合一 record saved, at least as a draft). */
    OPERATOR_PRE_ENTRY(Precondition.REGISTRATION_SAVED),
    /** 补办法人卡 (F-60); the spec sets no precondition of its own. */
    LEGAL_PERSON_CARD(Precondition.NONE);

    private final Precondition precondition;

    EnterpriseFunction(Precondition precondition) {
        this.precondition = precondition;
    }

    public Precondition precondition() {
        return precondition;
    }
}
