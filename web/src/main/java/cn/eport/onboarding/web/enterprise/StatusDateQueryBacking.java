package cn.eport.onboarding.web.enterprise;

import cn.eport.onboarding.time.DateRange;
import cn.eport.onboarding.web.i18n.Messages;
import cn.eport.onboarding.web.query.DateRangeInput;
import cn.eport.onboarding.workflow.ApplicationStatus;
import jakarta.inject.Inject;

import java.io.Serializable;

/**
 * The query conditions the enterprise's lists share (F-11, F-60): 信息状态 and 提交日期 from/to in a
 * form {@code query}. 【查询】 refuses a start after the end with a message and leaves the list as it
 * was; 【重置】 restores the defaults. Each list turns the conditions into its own query.
 */
public abstract class StatusDateQueryBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    protected Messages messages;

    private ApplicationStatus status;
    private final DateRangeInput dates = new DateRangeInput("statusQuery.declaredFrom");

    /** The list's query from now on: status null for all, the range as valid. */
    protected abstract void query(ApplicationStatus status, DateRange declared);

    /** 查询 */
    public void search() {
        dates.checked("query:from", messages).ifPresent(range -> query(status, range));
    }

    /** 重置: status and dates back to their defaults. */
    public void reset() {
        status = null;
        dates.clear();
        query(null, new DateRange(null, null));
    }

    public ApplicationStatus[] getStatuses() {
        return ApplicationStatus.values();
    }

    public ApplicationStatus getStatus() {
        return status;
    }

    public void setStatus(ApplicationStatus status) {
        this.status = status;
    }

    public DateRangeInput getDates() {
        return dates;
    }
}
