package cn.eport.onboarding.review;

import cn.eport.onboarding.workflow.ApplicationKind;
import cn.eport.onboarding.workflow.ApplicationStatus;

import java.time.Instant;

/**
 * One application as the review console lists it, whatever its kind: each kind's
 * {@link ReviewSource} maps its records to this view. {@code assignee} and {@code claimedAt} are
 * null while nobody has claimed it. (Record components are not EL properties: pages call
 * {@code item.kind()}.)
 */
public record ReviewItem(ApplicationKind kind, Long id, String enterpriseUscc, String enterpriseName,
                         Instant declaredAt, String customsDistrictCode, ApplicationStatus status,
                         String assignee, Instant claimedAt) {
}
