package cn.eport.onboarding.workflow;

/** What somebody may do with an application; pages show a button for each allowed action. */
public enum WorkflowAction {
    /** 查看: read-only view. */
    VIEW(false),
    /** 打印: clean print layout. */
    PRINT(false),
    /** 修改: open the entry form on an existing record. */
    MODIFY(false),
    /** 暂存: save without submitting. */
    SAVE_DRAFT(true),
    /** 申报: submit for review. */
    DECLARE(true),
    /** 删除: remove a draft for good. */
    DELETE(true),
    /** Reviewer takes a declared application into review. */
    CLAIM(true),
    /** 审核通过 */
    APPROVE(true),
    /** 退回, always with a reason. */
    RETURN(true);

    private final boolean changesRecord;

    WorkflowAction(boolean changesRecord) {
        this.changesRecord = changesRecord;
    }

    /** False for actions that only look (view, print, open the form). */
    public boolean changesRecord() {
        return changesRecord;
    }
}
