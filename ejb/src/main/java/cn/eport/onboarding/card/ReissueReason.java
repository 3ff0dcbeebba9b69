package cn.eport.onboarding.card;

/**
 * 补办原因: why the legal-person card is reissued. No code table lists them (the manual names none),
 * so the choices are fixed here and labelled from the bundle ({@code card.reason.LOST}).
 */
public enum ReissueReason {
    /** 卡片遗失 */
    LOST,
    /** 卡片损坏或无法读取 */
    DAMAGED,
    /** 其他: the user says which in a text field that is then required. */
    OTHER
}
