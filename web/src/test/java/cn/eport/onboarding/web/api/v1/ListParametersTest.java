package cn.eport.onboarding.web.api.v1;

import cn.eport.onboarding.status.StatusQuery;
import cn.eport.onboarding.web.api.ApiLanguage;
import cn.eport.onboarding.web.api.Problem;
import cn.eport.onboarding.workflow.ApplicationStatus;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ListParametersTest {

    @Test
    void theFiltersBecomeTheStatusQueryAndThePageItsRows() {
        ListParameters parameters = new ListParameters("RETURNED", "2026-01-01", "2026-12-31", 3, 20);
        StatusQuery query = parameters.query(ApiLanguage.CHINESE);
        assertEquals(ApplicationStatus.RETURNED, query.status());
        assertEquals(LocalDate.of(2026, 1, 1), query.declared().from());
        assertEquals(40, parameters.first());
        assertNull(new ListParameters(null, null, null, 1, 20).query(ApiLanguage.CHINESE).status());
    }

    @Test
    void whatTheQueryCannotTakeIsA400InTheCallersLanguage() {
        Problem unknown = refused(new ListParameters("SOMETIMES", null, null, 1, 20), ApiLanguage.ENGLISH);
        assertTrue(unknown.accepted().contains("DECLARED"));
        assertTrue(unknown.detail().contains("status"), unknown.detail());
        assertTrue(refused(new ListParameters(null, "2026-02-30", null, 1, 20), ApiLanguage.ENGLISH).detail().contains("declaredFrom"));
        assertEquals(400, refused(new ListParameters(null, "2026-12-31", "2026-01-01", 1, 20), ApiLanguage.CHINESE).status());
        assertEquals(400, refused(new ListParameters(null, null, null, 0, 20), ApiLanguage.CHINESE).status());
        assertEquals(400, refused(new ListParameters(null, null, null, 1, ListParameters.MAX_SIZE + 1), ApiLanguage.CHINESE).status());
    }

    private static Problem refused(ListParameters parameters, ApiLanguage language) {
        return assertThrows(ApiRefusal.class, () -> parameters.query(language)).problem();
    }
}
