package cn.eport.onboarding.review;

import cn.eport.onboarding.time.DateRange;
import cn.eport.onboarding.workflow.ApplicationKind;

import java.util.Locale;

/**
 * The review console's conditions: application kind (null = every kind), customs district code
 * (主管海关, null or blank = any, {@link #NO_DISTRICT} = none given), declaration date range, which
 * waiting applications ({@link QueueStatus}, default those not yet claimed) and whether only those
 * past their kind's service level ({@link ServiceLevels}). A range whose start is after its end
 * cannot be built ({@link DateRange}, as F-11): the page checks {@link DateRange#isValid} first and
 * shows its message instead of querying.
 */
public record ReviewQuery(ApplicationKind kind, String customsDistrictCode, DateRange declared, QueueStatus status,
                          boolean overdue) {

    /** The district condition of applications that name no 主管海关 (district codes are digits). */
    public static final String NO_DISTRICT = "NONE";

    public static final ReviewQuery ALL = new ReviewQuery(null, null, null);

    public ReviewQuery {
        customsDistrictCode = customsDistrictCode == null || customsDistrictCode.isBlank()
                ? null : customsDistrictCode.strip().toUpperCase(Locale.ROOT);
        declared = declared == null ? new DateRange(null, null) : declared;
        status = status == null ? QueueStatus.DECLARED : status;
    }

    /** The queue's default: applications not yet claimed, any age. */
    public ReviewQuery(ApplicationKind kind, String customsDistrictCode, DateRange declared) {
        this(kind, customsDistrictCode, declared, QueueStatus.DECLARED, false);
    }

    /** True when applications of this kind can match. */
    public boolean includes(ApplicationKind candidate) {
        return kind == null || kind == candidate;
    }

    /** True when only applications that name no 主管海关 match. */
    public boolean withoutDistrict() {
        return NO_DISTRICT.equals(customsDistrictCode);
    }
}
