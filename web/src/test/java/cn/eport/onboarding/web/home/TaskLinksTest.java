package cn.eport.onboarding.web.home;

import cn.eport.onboarding.account.Role;
import cn.eport.onboarding.tasks.EnterpriseFunction;
import cn.eport.onboarding.tasks.FunctionProgress;
import cn.eport.onboarding.tasks.Task;
import cn.eport.onboarding.tasks.TaskRules;
import cn.eport.onboarding.web.frame.MainMenu;
import cn.eport.onboarding.web.frame.MenuItem;
import cn.eport.onboarding.workflow.ApplicationStatus;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static cn.eport.onboarding.tasks.EnterpriseFunction.LEGAL_PERSON_CARD;
import static cn.eport.onboarding.tasks.EnterpriseFunction.MOFCOM_FILING;
import static cn.eport.onboarding.tasks.EnterpriseFunction.REGISTRATION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TaskLinksTest {

    private static Task registration(ApplicationStatus status) {
        return TaskRules.task(REGISTRATION, new FunctionProgress(42L, "SZ2026-000042", status, Set.of(status)), true);
    }

    @Test
    void everyFunctionLeadsToItsPageInTheEnterpriseMenu() {
        List<String> menu = MainMenu.visibleTo(EnumSet.of(Role.ENTERPRISE)).stream()
                .flatMap(g -> g.items().stream()).map(MenuItem::path).toList();
        for (EnterpriseFunction function : EnterpriseFunction.values()) {
            assertTrue(menu.contains(TaskLinks.functionPage(function)), function + " → " + TaskLinks.functionPage(function));
        }
    }

    @Test
    void theRegistrationNextStepOpensTheFormOrTheRecordAsTheStateMachineAllows() {
        assertEquals("/enterprise/registration-edit", TaskLinks.nextStepPage(TaskRules.task(REGISTRATION, FunctionProgress.NONE, true)));
        assertEquals("/enterprise/registration-edit?id=42", TaskLinks.nextStepPage(registration(ApplicationStatus.DRAFT)));
        assertEquals("/enterprise/registration-edit?id=42", TaskLinks.nextStepPage(registration(ApplicationStatus.RETURNED)));
        assertEquals("/enterprise/registration-view?id=42", TaskLinks.nextStepPage(registration(ApplicationStatus.DECLARED)));
        assertEquals("/enterprise/registration-view?id=42", TaskLinks.nextStepPage(registration(ApplicationStatus.UNDER_REVIEW)));
        assertEquals("/enterprise/registration-view?id=42", TaskLinks.nextStepPage(registration(ApplicationStatus.APPROVED)));
    }

    @Test
    void theCardNextStepOpensItsFormOrTheApplication() {
        assertEquals("/enterprise/legal-person-card-edit", TaskLinks.nextStepPage(TaskRules.task(LEGAL_PERSON_CARD, FunctionProgress.NONE, true)));
        assertEquals("/enterprise/legal-person-card-edit?id=7", TaskLinks.nextStepPage(TaskRules.task(LEGAL_PERSON_CARD,
                new FunctionProgress(7L, "SZ2026-000007", ApplicationStatus.RETURNED, Set.of(ApplicationStatus.RETURNED)), true)));
        assertEquals("/enterprise/legal-person-card-view?id=7", TaskLinks.nextStepPage(TaskRules.task(LEGAL_PERSON_CARD,
                new FunctionProgress(7L, "SZ2026-000007", ApplicationStatus.UNDER_REVIEW, Set.of(ApplicationStatus.UNDER_REVIEW)), true)));
    }

    @Test
    void greyedTasksLeadNowhere() {
        assertNull(TaskLinks.nextStepPage(TaskRules.task(MOFCOM_FILING, null, true)), "not open");
        assertNull(TaskLinks.nextStepPage(TaskRules.task(MOFCOM_FILING, FunctionProgress.NONE, false)), "cannot start");
        assertEquals("/enterprise/mofcom-filing", TaskLinks.nextStepPage(TaskRules.task(MOFCOM_FILING, FunctionProgress.NONE, true)));
    }
}
