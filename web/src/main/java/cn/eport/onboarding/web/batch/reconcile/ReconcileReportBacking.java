package cn.eport.onboarding.web.batch.reconcile;

import cn.eport.onboarding.batch.reconcile.ReconcileReport;
import cn.eport.onboarding.batch.reconcile.ReportLine;
import cn.eport.onboarding.batch.run.StepCounter;
import cn.eport.onboarding.web.paging.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.LazyDataModel;

import java.io.Serializable;
import java.util.List;

/**
 * Backs the fragment {@code WEB-INF/batch/reports/review-reconcile.xhtml} that the console includes
 * on an execution's page: the count of each category and the report's lines, paged in the
 * database and filtered by category, of the run (job instance) the page shows.
 */
@Named
@ViewScoped
public class ReconcileReportBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The categories of the report, in the order the fragment shows them. */
    private static final List<StepCounter> CATEGORIES = List.of(StepCounter.APPLIED, StepCounter.ALREADY_APPLIED,
            StepCounter.UNKNOWN_APPLICATION, StepCounter.ILLEGAL_TRANSITION, StepCounter.CONFLICTING_DECISION, StepCounter.REJECTED);

    @Inject
    private ReconcileReport report;

    private StepCounter category;
    private long modelInstanceId;
    private LazyDataModel<ReportLine> lines;

    public List<StepCounter> getCategories() {
        return CATEGORIES;
    }

    public long count(long instanceId, StepCounter counted) {
        return report.count(instanceId, counted);
    }

    /** The lines of the run in the chosen category (all when none is chosen). */
    public LazyDataModel<ReportLine> lines(long instanceId) {
        if (lines == null || modelInstanceId != instanceId) {
            modelInstanceId = instanceId;
            lines = new PagedModel<>(() -> report.count(instanceId, category),
                    (first, max) -> report.lines(instanceId, category, first, max), ReportLine::recordNo);
        }
        return lines;
    }

    /** Where the CSV of the run is downloaded, below the context path. */
    public String downloadPath(long instanceId) {
        return ReconcileReportDownload.PATH + "/" + instanceId;
    }

    public StepCounter getCategory() {
        return category;
    }

    public void setCategory(StepCounter category) {
        this.category = category;
    }
}
