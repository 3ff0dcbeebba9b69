package cn.eport.onboarding.web.enterprise;

import cn.eport.onboarding.review.marks.MarkedApplication;
import cn.eport.onboarding.review.marks.ReturnMarks;
import cn.eport.onboarding.web.i18n.Messages;
import cn.eport.onboarding.workflow.ApplicationKind;
import cn.eport.onboarding.workflow.ApplicationStatus;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Map;

/**
 * "N 处需修改" of a returned application with N open marks of the reviewer (issue 12), for the
 * enterprise's lists (task list, status query): the counts of all its applications are read once a
 * request, whatever the number of rows.
 */
@Named
@RequestScoped
public class MarksToFix {

    @Inject
    private ReturnMarks returnMarks;

    @Inject
    private Messages messages;

    private Map<MarkedApplication, Long> counts;

    /** The words for the row, or null when it is not returned or has no open mark. */
    public String of(ApplicationKind kind, Long id, ApplicationStatus status) {
        if (status != ApplicationStatus.RETURNED || id == null) {
            return null;
        }
        if (counts == null) {
            counts = returnMarks.openCounts();
        }
        Long count = counts.get(new MarkedApplication(kind, id));
        return count == null ? null : messages.get("marks.toFix", count);
    }
}
