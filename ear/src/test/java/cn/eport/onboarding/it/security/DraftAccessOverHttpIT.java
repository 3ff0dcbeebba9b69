package cn.eport.onboarding.it.security;

import cn.eport.onboarding.it.HttpSession;
import cn.eport.onboarding.it.RunAsReviewer;
import cn.eport.onboarding.workflow.ApplicationKind;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 8 point 3 over HTTP, as the probe found it: ent-a saves a draft of each kind with a file; the
 * reviewer's review page and download of them answer 404, as for ids that do not exist, and 200 once
 * ent-a has declared them.
 */
@ExtendWith(ArquillianExtension.class)
class DraftAccessOverHttpIT extends ApplicationsOfA {

    @Deployment
    static EnterpriseArchive deployment() {
        return earWith(DraftAccessOverHttpIT.class);
    }

    @Test
    void aRegistrationDraftIsNotFoundForTheReviewerUntilDeclared() throws Exception {
        notFoundUntilDeclared(draftOfA(ApplicationKind.ENTERPRISE_REGISTRATION));
    }

    @Test
    void aCardDraftIsNotFoundForTheReviewerUntilDeclared() throws Exception {
        notFoundUntilDeclared(draftOfA(ApplicationKind.LEGAL_PERSON_CARD));
    }

    @Test
    void anOperatorDraftIsNotFoundForTheReviewerUntilDeclared() throws Exception {
        notFoundUntilDeclared(draftOfA(ApplicationKind.OPERATOR));
    }

    private void notFoundUntilDeclared(Filed draft) throws Exception {
        HttpSession reviewer = HttpSession.loggedIn(HttpSession.ownServer(), RunAsReviewer.REVIEWER, RunAsReviewer.PASSWORD);
        Filed none = new Filed(draft.kind(), draft.id() + 1_000_000_000L, draft.file() + 1_000_000_000L, null);

        HttpResponse<String> page = reviewer.get(draft.reviewPage());
        assertEquals(404, page.statusCode(), draft.reviewPage());
        assertEquals(404, reviewer.get(none.reviewPage()).statusCode(), "as for an id that does not exist");
        for (String secret : new String[]{draft.fileName(), USCC_OF_A, "北京海淀示例进出口贸易有限公司", "id=\"history\""}) {
            assertFalse(page.body().contains(secret), "nothing of the draft: " + secret);
        }
        HttpResponse<byte[]> file = reviewer.getBytes("attachments/" + draft.file());
        assertEquals(404, file.statusCode());
        assertFalse(new String(file.body(), StandardCharsets.ISO_8859_1).contains("%PDF"));
        assertEquals(404, reviewer.getBytes("attachments/" + none.file()).statusCode());

        declareAsA(draft);
        HttpResponse<String> declared = reviewer.get(draft.reviewPage());
        assertEquals(200, declared.statusCode());
        assertTrue(declared.body().contains(draft.fileName()), "its files are listed");
        assertTrue(declared.body().contains(USCC_OF_A));
        assertTrue(declared.body().contains("id=\"history\""));
        HttpResponse<byte[]> downloaded = reviewer.getBytes("attachments/" + draft.file());
        assertEquals(200, downloaded.statusCode());
        assertArrayEquals(PDF, downloaded.body());
    }
}
