package cn.eport.onboarding.customs;

import cn.eport.onboarding.review.NumbersExhaustedException;
import cn.eport.onboarding.workflow.ApplicationApproved;
import cn.eport.onboarding.workflow.ApplicationKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Gives a customs filing its 海关注册编码 when the reviewer approves it, in the approving transaction:
 * the number is there exactly when the filing is 备案通过. The sequence number comes from the locked
 * counter row of the number's prefix ({@link CustomsCodeCounters}), so concurrent approvals never share one;
 * when the prefix's 9,999 numbers are given, the approval is refused ({@link NumbersExhaustedException}).
 */
@ApplicationScoped
public class CustomsRegistrationCodes {

    @Inject
    private CustomsCodeCounters counters;

    void assign(@Observes ApplicationApproved event) {
        if (event.application() instanceof CustomsFiling filing) {
            CustomsFilingDetails d = filing.getDetails();
            String prefix = CustomsRegistrationCode.prefix(d.getDivisionCode(), d.getEconomicZone(), d.getEconomicType());
            int sequence = counters.next(prefix)
                    .orElseThrow(() -> new NumbersExhaustedException(ApplicationKind.CUSTOMS_FILING, filing.getId(), prefix));
            filing.assignFilingNumber(CustomsRegistrationCode.of(prefix, sequence), event.at());
        }
    }
}
