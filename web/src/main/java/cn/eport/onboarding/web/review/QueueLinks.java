package cn.eport.onboarding.web.review;

import cn.eport.onboarding.review.QueueStatus;
import cn.eport.onboarding.review.ReviewQuery;
import cn.eport.onboarding.workflow.ApplicationKind;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The address of the review queue filtered as a figure of the dashboard counts: the queue page takes
 * the same parameters as view parameters ({@code review/queue.xhtml}), so the link can be bookmarked
 * and the queue's count is the figure's.
 */
public final class QueueLinks {

    public static final String PAGE = "/review/queue";
    public static final String KIND = "kind";
    public static final String DISTRICT = "district";
    public static final String STATUS = "status";
    public static final String OVERDUE = "overdue";

    private QueueLinks() {
    }

    /**
     * The queue's path (from the context root) with the conditions given; null ones are left out.
     *
     * @param district a 主管海关 code, or {@link ReviewQuery#NO_DISTRICT} for applications naming none
     */
    public static String of(ApplicationKind kind, String district, QueueStatus status, boolean overdue) {
        List<String> parameters = new ArrayList<>();
        if (kind != null) {
            parameters.add(KIND + "=" + kind.name());
        }
        if (district != null) {
            parameters.add(DISTRICT + "=" + URLEncoder.encode(district, StandardCharsets.UTF_8));
        }
        if (status != null) {
            parameters.add(STATUS + "=" + status.name());
        }
        if (overdue) {
            parameters.add(OVERDUE + "=true");
        }
        return parameters.isEmpty() ? PAGE : PAGE + "?" + String.join("&", parameters);
    }
}
