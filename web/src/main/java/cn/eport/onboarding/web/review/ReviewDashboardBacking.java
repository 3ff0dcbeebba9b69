package cn.eport.onboarding.web.review;

import cn.eport.onboarding.codetable.CodeTable;
import cn.eport.onboarding.review.dashboard.DashboardFigures;
import cn.eport.onboarding.review.dashboard.DistrictBacklog;
import cn.eport.onboarding.review.dashboard.OldestWaiting;
import cn.eport.onboarding.review.dashboard.ReviewDashboard;
import cn.eport.onboarding.web.enterprise.CodeOptions;
import cn.eport.onboarding.web.i18n.Messages;
import cn.eport.onboarding.workflow.ApplicationKind;
import cn.eport.onboarding.workflow.ApplicationStatus;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * /review/dashboard (issue 12 item 5): the review figures as charts with their tables, each waiting
 * group linking the queue filtered to exactly it. Read afresh on every request (【刷新】 reloads).
 */
@Named
@RequestScoped
public class ReviewDashboardBacking {

    @Inject
    private ReviewDashboard dashboard;

    @Inject
    private Messages messages;

    @Inject
    private CodeOptions codeOptions;

    private DashboardFigures figures;
    private DashboardCharts charts;

    public DashboardFigures getFigures() {
        if (figures == null) {
            figures = dashboard.figures();
        }
        return figures;
    }

    public DashboardCharts getCharts() {
        if (charts == null) {
            charts = new DashboardCharts(getFigures(), messages::get, this::districtLabel,
                    FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath());
        }
        return charts;
    }

    /** The 主管海关 as "code name", or 未指定 for applications that name none. */
    public String districtLabel(String code) {
        return code == null ? messages.get("review.dashboard.district.none") : codeOptions.label(CodeTable.CUSTOMS_DISTRICT, code);
    }

    public String link(ApplicationKind kind, String district, String status) {
        return getCharts().link(kind, district, ApplicationStatus.valueOf(status));
    }

    public String districtLink(DistrictBacklog row, String status) {
        return getCharts().link(null, DashboardCharts.districtParameter(row), ApplicationStatus.valueOf(status));
    }

    public String districtTotalLink(DistrictBacklog row) {
        return getCharts().allWaitingLink(null, DashboardCharts.districtParameter(row));
    }

    /** "33.3 %", or that nothing was reviewed in the period. */
    public String getReturnRateText() {
        return getFigures().returnRate().percent().map(p -> p.toPlainString() + " %")
                .orElseGet(() -> messages.get("review.dashboard.returnRate.none"));
    }

    public OldestWaiting getOldest() {
        return getFigures().oldest().orElse(null);
    }

    /** The oldest one's age: "3 天 5 小时". */
    public String getOldestAge() {
        OldestWaiting oldest = getOldest();
        return oldest == null ? "" : messages.get("review.dashboard.oldest.age", oldest.days(), oldest.hours());
    }

    /** The period the decisions and the return rate cover. */
    public String getPeriodText() {
        return messages.get("review.dashboard.period", getFigures().firstDay().toString(), getFigures().lastDay().toString());
    }

    /** Supervisors see the oldest application's number; reviewers may open it. */
    public boolean isReviewer() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole("REVIEWER");
    }
}
