package cn.eport.onboarding.review;

import cn.eport.onboarding.time.DateRange;
import cn.eport.onboarding.workflow.ApplicationKind;

import java.util.Locale;

/**
 * The review console's conditions: application kind (null = every kind), customs district code
 * (主管海关, null or blank = any) and declaration date range. A range whose start is after its end
 * cannot be built ({@link DateRange}, as F-11): the page checks {@link DateRange#isValid} first and
 * shows its message instead of querying.
 */
public record ReviewQuery(ApplicationKind kind, String customsDistrictCode, DateRange declared) {

    public static final ReviewQuery ALL = new ReviewQuery(null, null, null);

    public ReviewQuery {
        customsDistrictCode = customsDistrictCode == null || customsDistrictCode.isBlank()
                ? null : customsDistrictCode.strip().toUpperCase(Locale.ROOT);
        declared = declared == null ? new DateRange(null, null) : declared;
    }

    /** True when applications of this kind can match. */
    public boolean includes(ApplicationKind candidate) {
        return kind == null || kind == candidate;
    }
}
