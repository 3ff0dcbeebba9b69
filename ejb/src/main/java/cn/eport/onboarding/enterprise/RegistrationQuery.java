package cn.eport.onboarding.enterprise;

import cn.eport.onboarding.time.DateRange;
import cn.eport.onboarding.workflow.ApplicationStatus;

/** The list conditions of F-11: status (null = all) and submission date range. */
public record RegistrationQuery(ApplicationStatus status, DateRange declared) {

    public static final RegistrationQuery ALL = new RegistrationQuery(null, new DateRange(null, null));
}
