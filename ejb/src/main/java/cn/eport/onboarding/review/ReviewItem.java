package cn.eport.onboarding.review;

import cn.eport.onboarding.workflow.ApplicationKind;
import cn.eport.onboarding.workflow.ApplicationNumber;
import cn.eport.onboarding.workflow.ApplicationStatus;

import java.time.Instant;

/**
 * One application as the review console lists it, whatever its kind: each kind's
 * {@link ReviewSource} maps its records to this view. {@code createdAt} gives its 编号 with kind and
 * id; {@code assignee} and {@code claimedAt} are null while nobody has claimed it. (Record
 * components are not EL properties: pages call {@code item.kind()}.)
 */
public record ReviewItem(ApplicationKind kind, Long id, Instant createdAt, String enterpriseUscc, String enterpriseName,
                         Instant declaredAt, String customsDistrictCode, ApplicationStatus status,
                         String assignee, Instant claimedAt) {

    /** The 编号 users see: kind, year of creation and id ({@link ApplicationNumber}). */
    public String number() {
        return ApplicationNumber.of(kind, createdAt, id);
    }
}
