package cn.eport.onboarding.web.batch.reconcile;

import cn.eport.onboarding.batch.reconcile.ReconcileReport;
import cn.eport.onboarding.time.BusinessCalendar;
import cn.eport.onboarding.web.attachment.FileDownload;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * The reconciliation report of a run of review-reconcile as CSV (UTF-8 with BOM):
 * {@code /batch/reports/review-reconcile/{instanceId}}, behind web.xml's batch-operator constraint
 * and the report service's roles. A malformed id is 400; a run without a report is 404.
 */
@WebServlet(urlPatterns = ReconcileReportDownload.PATH + "/*")
public class ReconcileReportDownload extends HttpServlet {

    public static final String PATH = "/batch/reports/review-reconcile";
    private static final long serialVersionUID = 1L;

    @EJB
    private transient ReconcileReport report;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Long instanceId = idOf(request.getPathInfo());
        if (instanceId == null) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        if (!report.exists(instanceId)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"review-reconcile-" + instanceId + ".csv\"");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", FileDownload.CACHE_CONTROL);
        try (Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8)) {
            report.writeCsv(instanceId, out, BusinessCalendar.ZONE);
        }
    }

    /** The id in "/123"; null for anything else. */
    static Long idOf(String pathInfo) {
        if (pathInfo == null || !pathInfo.matches("/[1-9][0-9]{0,17}")) {
            return null;
        }
        return Long.valueOf(pathInfo.substring(1));
    }
}
