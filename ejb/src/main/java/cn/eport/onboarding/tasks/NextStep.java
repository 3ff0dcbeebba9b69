package cn.eport.onboarding.tasks;

/** What the enterprise does next with a function. */
public enum NextStep {
    /** 新增并申报 */
    START,
    /** 继续填写并申报 (a draft) */
    CONTINUE_DRAFT,
    /** 等待审核 (declared or under review) */
    WAIT_FOR_REVIEW,
    /** 修改后重新申报 (returned) */
    MODIFY_AND_DECLARE,
    /** 已办结: nothing left to do; view or print */
    DONE,
    /** First meet the precondition (see {@link Task#unmetPrecondition()}). */
    MEET_PRECONDITION,
    /** Nothing: the function is not open yet. */
    WAIT_FOR_OPENING
}
