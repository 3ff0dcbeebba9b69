package cn.eport.onboarding.status;

import cn.eport.onboarding.time.DateRange;
import cn.eport.onboarding.workflow.ApplicationStatus;

/**
 * The conditions of 业务办理状态查询 (F-60): status (null = all) and submission date range. A range
 * whose start is after its end cannot be built ({@link DateRange}): the page checks
 * {@link DateRange#isValid} first and shows its message instead of querying.
 */
public record StatusQuery(ApplicationStatus status, DateRange declared) {

    public static final StatusQuery ALL = new StatusQuery(null, null);

    public StatusQuery {
        declared = declared == null ? new DateRange(null, null) : declared;
    }
}
