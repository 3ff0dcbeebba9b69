package cn.eport.onboarding.web.batch;

import cn.eport.onboarding.batch.control.JobControlService;
import cn.eport.onboarding.batch.control.JobRefusedException;
import cn.eport.onboarding.batch.run.Reject;
import cn.eport.onboarding.batch.run.StepRecords;
import cn.eport.onboarding.web.i18n.LocaleBacking;
import cn.eport.onboarding.web.i18n.Messages;
import cn.eport.onboarding.web.i18n.SupportedLanguage;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * {@code /batch/rejects.csv?id=<execution id>}: every reject of the execution's job instance as CSV,
 * UTF-8 with a byte-order mark so that Excel reads the Chinese. Streamed from the database, never
 * all in memory. Malformed id 400, unknown 404; batch operators and administrators only (web.xml).
 */
@WebServlet("/batch/rejects.csv")
public class RejectsCsvServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String[] COLUMNS = {"step", "source", "line", "field", "reason", "raw"};

    @EJB
    private JobControlService jobs;

    @EJB
    private StepRecords records;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long executionId;
        try {
            executionId = Long.parseLong(String.valueOf(request.getParameter("id")));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        long instanceId;
        try {
            instanceId = jobs.execution(executionId).instanceId();
        } catch (JobRefusedException unknown) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        ResourceBundle texts = ResourceBundle.getBundle(Messages.BUNDLE, locale(request));
        response.setContentType("text/csv");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Disposition", "attachment; filename=\"rejects-" + executionId + ".csv\"");
        Writer out = response.getWriter();
        out.write('\uFEFF');
        String[] header = new String[COLUMNS.length];
        for (int i = 0; i < COLUMNS.length; i++) {
            header[i] = texts.getString("batch.reject." + COLUMNS[i]);
        }
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.EXCEL.builder().setHeader(header).get())) {
            records.forEachReject(instanceId, 0, Integer.MAX_VALUE, reject -> print(csv, reject));
        }
    }

    private static void print(CSVPrinter csv, Reject reject) {
        try {
            csv.printRecord(reject.stepName(), reject.sourceName(), reject.line(), reject.field(), reject.reason(), reject.rawText());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The language the user chose (its cookie), Chinese by default. */
    private static Locale locale(HttpServletRequest request) {
        String tag = null;
        if (request.getCookies() != null) {
            for (jakarta.servlet.http.Cookie cookie : request.getCookies()) {
                if (LocaleBacking.COOKIE.equals(cookie.getName())) {
                    tag = cookie.getValue();
                }
            }
        }
        return SupportedLanguage.fromTag(tag).locale();
    }
}
