package cn.eport.onboarding.it;

import cn.eport.onboarding.enterprise.RegistrationRules;
import cn.eport.onboarding.enterprise.RegistrationService;
import cn.eport.onboarding.enterprise.SaveOutcome;
import cn.eport.onboarding.review.ReviewService;
import cn.eport.onboarding.workflow.ApplicationStatus;
import cn.eport.onboarding.workflow.WorkflowAction;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static cn.eport.onboarding.workflow.ApplicationKind.ENTERPRISE_REGISTRATION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The review console's pages for a reviewer whose account belongs to the application's enterprise
 * they see why they may not review it, get no buttons, and a posted 认领 changes nothing.
 * In the container because such an account (REVIEWER + ENTERPRISE) can only be opened through the
 * service; the pages are requested over the server's own HTTP listener like a browser would.
 */
@ExtendWith(ArquillianExtension.class)
class ReviewOwnEnterpriseIT extends ActingUsers {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(ReviewOwnEnterpriseIT.class, HttpSession.class);
    }

    @Inject
    private RegistrationService registrations;

    @Inject
    private ReviewService reviews;

    @Test
    void aReviewerOfTheEnterpriseSeesWhyAndCannotClaim() throws Exception {
        SaveOutcome<RegistrationRules.Problem> declared = asA.attempt(() -> registrations.save(null, 0, UUID.randomUUID().toString(),
                TestData.completeRegistration("0100"), WorkflowAction.DECLARE)).get();
        String page = "review/application?kind=ENTERPRISE_REGISTRATION&id=" + declared.id();

        HttpSession own = HttpSession.loggedIn(HttpSession.ownServer(), RunAsReviewer.OF_ENT_A, RunAsReviewer.PASSWORD);
        HttpResponse<String> shown = own.get(page);
        assertEquals(200, shown.statusCode());
        assertTrue(shown.body().contains("id=\"own-enterprise\""), "the refusal is shown");
        assertTrue(shown.body().contains("不能审核本企业的申请"));
        assertFalse(shown.body().contains("id=\"app:claim\""), "no 认领");
        assertFalse(shown.body().contains("id=\"v-uscc\""), "nor the application's facts");

        Map<String, String> claim = new LinkedHashMap<>();
        claim.put("app", "app");
        claim.put("app:claim", "app:claim");
        claim.putAll(HttpSession.formState(shown.body()));
        HttpResponse<String> posted = own.post(page, claim);
        assertTrue(posted.statusCode() < 400, "answered " + posted.statusCode() + " " + posted.headers().map() + "\n" + posted.body());
        assertEquals(ApplicationStatus.DECLARED, asReviewer.attempt(() -> reviews.item(ENTERPRISE_REGISTRATION, declared.id())).get().status(),
                "the posted 认领 changed nothing");

        HttpResponse<String> toAnother = HttpSession.loggedIn(HttpSession.ownServer(), RunAsReviewer.REVIEWER, RunAsReviewer.PASSWORD).get(page);
        assertTrue(toAnother.body().contains("id=\"app:claim\""), "another reviewer may claim it");
        assertFalse(toAnother.body().contains("id=\"own-enterprise\""));
    }
}
