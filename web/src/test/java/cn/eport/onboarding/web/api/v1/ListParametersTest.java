package cn.eport.onboarding.web.api.v1;

import cn.eport.onboarding.web.api.ApiLanguage;
import cn.eport.onboarding.web.api.ApiRefusal;
import cn.eport.onboarding.web.api.FieldError;
import cn.eport.onboarding.web.api.Problem;
import cn.eport.onboarding.workflow.ApplicationStatus;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ListParametersTest {

    @Test
    void theFiltersBecomeTheStatusQueryAndThePageItsRows() {
        ListParameters.ListQuery list = read(new ListParameters("returned", "2026-01-01", "2026-12-31", "2", "20"), ApiLanguage.CHINESE);
        assertEquals(ApplicationStatus.RETURNED, list.query().status());
        assertEquals(LocalDate.of(2026, 1, 1), list.query().declared().from());
        assertEquals(40, list.first());
        ListParameters.ListQuery defaults = read(new ListParameters(null, null, null, null, null), ApiLanguage.CHINESE);
        assertNull(defaults.query().status());
        assertEquals(0, defaults.page());
        assertEquals(20, defaults.size());
    }

    @Test
    void everyUnreadableParameterIsNamedInOne400InTheCallersLanguage() {
        Problem problem = refused(new ListParameters("SOMETIMES", "2026-02-30", null, "-1", String.valueOf(ListParameters.MAX_SIZE + 1)),
                ApiLanguage.ENGLISH);
        assertEquals(400, problem.status());
        assertEquals(QueryParameters.INVALID, problem.code());
        assertTrue(problem.accepted().contains("DECLARED"));
        assertEquals(List.of("status", "declaredFrom", "page", "size"), problem.errors().stream().map(FieldError::field).toList());
        assertTrue(problem.errors().get(0).message().contains("SOMETIMES"), problem.errors().get(0).message());
    }

    @Test
    void aStartAfterTheEndIsThe422OfTheStatusPage() {
        Problem problem = refused(new ListParameters(null, "2026-12-31", "2026-01-01", null, null), ApiLanguage.CHINESE);
        assertEquals(422, problem.status());
        assertEquals("declaredFrom", problem.errors().get(0).field());
    }

    private static ListParameters.ListQuery read(ListParameters parameters, ApiLanguage language) {
        return parameters.read(new QueryParameters(language), language);
    }

    private static Problem refused(ListParameters parameters, ApiLanguage language) {
        return assertThrows(ApiRefusal.class, () -> read(parameters, language)).problem();
    }
}
