package cn.eport.onboarding.it.security;

import cn.eport.onboarding.batch.control.JobControlService.ExecutionState;
import cn.eport.onboarding.it.Deployments;
import cn.eport.onboarding.it.HttpSession;
import cn.eport.onboarding.it.RunAsBatchOperator;
import cn.eport.onboarding.it.RunAsReviewer;
import jakarta.ejb.EJB;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The role sweep of the reconciliation report's CSV download ({@code /batch/reports/review-reconcile/{instance}}):
 * batch operators only; a malformed id is 400, a run without a report 404, never a 500. And the
 * report's console fragment, rendered by a test page that includes it as the console does.
 */
@ExtendWith(ArquillianExtension.class)
class BatchReportAccessIT {

    private static final String PATH = "batch/reports/review-reconcile/";

    /** Includes the fragment as the console's execution page does, for the run given as ?instance=. */
    private static final String FRAGMENT_PAGE = """
            <ui:composition xmlns="http://www.w3.org/1999/xhtml" xmlns:ui="jakarta.faces.facelets"
                            template="/WEB-INF/templates/frame.xhtml">
                <ui:param name="pageTitle" value="reconciliation report"/>
                <ui:define name="content">
                    <ui:include src="/WEB-INF/batch/reports/review-reconcile.xhtml">
                        <ui:param name="instanceId" value="#{param.instance}"/>
                        <ui:param name="executionId" value="#{param.execution}"/>
                    </ui:include>
                </ui:define>
            </ui:composition>
            """;

    @Deployment
    static EnterpriseArchive deployment() {
        EnterpriseArchive ear = Deployments.earWithTests(BatchReportAccessIT.class, HttpSession.class);
        ear.getAsType(WebArchive.class, Deployments.WAR).addAsWebResource(new StringAsset(FRAGMENT_PAGE), "batch/it-reconcile-report.xhtml");
        return ear;
    }

    @EJB
    private RunAsBatchOperator.BatchOperator asBatch;

    @Test
    void onlyBatchOperatorsDownloadTheReportAndBadIdsAreTheClientsMistake() throws Exception {
        Path source = Files.createTempFile("review-results-", ".csv");
        Files.writeString(source, "decision_id,application_no,kind,uscc,decision,reason,reviewer,decided_at\n"
                + "IT-ACCESS-1,SZ2026-987654321,,,审核通过,,王后台,2026-12-05 21:30:00\n"
                + "IT-ACCESS-2,SZ2026-987654321,,,同意,,王后台,2026-12-05 21:31:00\n", StandardCharsets.UTF_8);
        Properties parameters = new Properties();
        parameters.setProperty("source", source.toString());
        ExecutionState run = asBatch.run("review-reconcile", parameters, Duration.ofMinutes(2));
        assertEquals("COMPLETED", run.batchStatus(), run.exitStatus());
        String report = PATH + run.instanceId();

        assertTrue(HttpSession.sendsToLogin(HttpSession.anonymous(HttpSession.ownServer()).get(report)), "anonymous: to the login");
        for (String user : new String[]{"ent-a", RunAsReviewer.REVIEWER}) {
            HttpSession other = HttpSession.loggedIn(HttpSession.ownServer(), user, RunAsReviewer.PASSWORD);
            assertEquals(403, other.get(report).statusCode(), user);
        }

        HttpSession operator = HttpSession.loggedIn(HttpSession.ownServer(), RunAsBatchOperator.OPERATOR, RunAsReviewer.PASSWORD);
        HttpResponse<byte[]> csv = operator.getBytes(report);
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF行号,决定编号,业务类型,申请编号,统一社会信用代码,审核结果,审核人,审核时间,类别,说明"), text);
        assertTrue(text.contains("2,IT-ACCESS-1,三证合一信息,SZ2026-987654321,,审核通过,王后台,2026-12-05 21:30:00,UNKNOWN_APPLICATION,"), text);

        for (String id : new String[]{"abc", "-1", "0", "99999999999999999999", "1'", "1%27%20or%201=1", ""}) {
            assertEquals(400, operator.get(PATH + id).statusCode(), "malformed id " + id);
        }
        assertEquals(404, operator.get(PATH + "987654321987").statusCode(), "no such run");

        HttpResponse<String> page = operator.get("batch/it-reconcile-report?instance=" + run.instanceId() + "&execution=" + run.executionId());
        assertEquals(200, page.statusCode());
        String html = page.body();
        assertEquals("1", count(html, "UNKNOWN_APPLICATION", "申请不存在"));
        assertEquals("1", count(html, "REJECTED", "格式错误"));
        assertEquals("0", count(html, "APPLIED", "已执行"));
        assertTrue(html.contains("未找到申请编号为 SZ2026-987654321 的三证合一信息申请"), "the lines, with their messages");
        assertTrue(html.contains("IT-ACCESS-2"));
        assertTrue(html.contains("href=\"/eport/batch/reports/review-reconcile/" + run.instanceId() + "\""), "the download link");
    }

    /** The count the fragment shows for a category, under its label. */
    private static String count(String html, String category, String label) {
        Matcher m = Pattern.compile("data-category=\"" + category + "\">\\s*<span class=\"reconcile-count-label\">" + label
                + "</span>\\s*<span class=\"reconcile-count-value\">(\\d+)</span>").matcher(html);
        assertTrue(m.find(), category + " in " + html);
        return m.group(1);
    }
}
