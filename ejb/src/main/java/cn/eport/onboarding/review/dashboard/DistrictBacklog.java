package cn.eport.onboarding.review.dashboard;

/** The waiting applications of one 主管海关 over every kind; {@code districtCode} null for those that name none. */
public record DistrictBacklog(String districtCode, WaitingCounts counts) {
}
