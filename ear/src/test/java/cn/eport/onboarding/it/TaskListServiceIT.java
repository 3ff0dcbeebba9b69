package cn.eport.onboarding.it;

import cn.eport.onboarding.enterprise.RegistrationRules;
import cn.eport.onboarding.enterprise.RegistrationService;
import cn.eport.onboarding.enterprise.SaveOutcome;
import cn.eport.onboarding.review.ReviewService;
import cn.eport.onboarding.tasks.EnterpriseFunction;
import cn.eport.onboarding.tasks.NextStep;
import cn.eport.onboarding.tasks.Task;
import cn.eport.onboarding.tasks.TaskListService;
import cn.eport.onboarding.tasks.TaskState;
import cn.eport.onboarding.workflow.ApplicationKind;
import cn.eport.onboarding.workflow.ApplicationStatus;
import cn.eport.onboarding.workflow.WorkflowAction;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The home page's task list in the real server: each enterprise sees its own 三证合一, as it moves on. */
@ExtendWith(ArquillianExtension.class)
class TaskListServiceIT extends ActingUsers {

    private static final ApplicationKind K = ApplicationKind.ENTERPRISE_REGISTRATION;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(TaskListServiceIT.class);
    }

    @Inject
    private TaskListService taskList;

    @Inject
    private RegistrationService registrations;

    @Inject
    private ReviewService reviews;

    private SaveOutcome<RegistrationRules.Problem> save(Long id, long version, WorkflowAction action) {
        return registrations.save(id, version, UUID.randomUUID().toString(), TestData.completeRegistration("0100"), action);
    }

    private static Task registrationTask(List<Task> tasks) {
        assertEquals(EnterpriseFunction.REGISTRATION, tasks.get(0).function(), "三证合一 comes first");
        return tasks.get(0);
    }

    @Test
    void onlyEnterpriseUsersHaveATaskList() {
        assertThrows(EJBAccessException.class, () -> taskList.tasks(), "not logged in");
        assertThrows(EJBAccessException.class, () -> reviewer(() -> taskList.tasks()), "a reviewer has no enterprise");
    }

    @Test
    void eachEnterpriseSeesTheStatusOfItsOwnLatestRegistration() throws Exception {
        SaveOutcome<RegistrationRules.Problem> aDraft = a(() -> save(null, 0, WorkflowAction.SAVE_DRAFT));
        SaveOutcome<RegistrationRules.Problem> bDeclared = b(() -> save(null, 0, WorkflowAction.DECLARE));

        assertEquals(new Task(EnterpriseFunction.REGISTRATION, TaskState.STARTED, ApplicationStatus.DRAFT, aDraft.id(),
                a(() -> registrations.find(aDraft.id())).getNumber(), NextStep.CONTINUE_DRAFT, null), registrationTask(a(() -> taskList.tasks())));
        assertEquals(new Task(EnterpriseFunction.REGISTRATION, TaskState.STARTED, ApplicationStatus.DECLARED, bDeclared.id(),
                b(() -> registrations.find(bDeclared.id())).getNumber(), NextStep.WAIT_FOR_REVIEW, null),
                registrationTask(b(() -> taskList.tasks())), "B sees its own record, not A's newer one");
        assertTrue(registrationTask(a(() -> taskList.tasks())).applicationNumber().matches("SZ20\\d\\d-0*" + aDraft.id()),
                "the 编号 tells kind, year and id");

        // A works on the draft again: still A's latest, and B's list does not change
        SaveOutcome<RegistrationRules.Problem> aDeclared = a(() -> save(aDraft.id(), aDraft.version(), WorkflowAction.DECLARE));
        Task aNow = registrationTask(a(() -> taskList.tasks()));
        assertEquals(ApplicationStatus.DECLARED, aNow.status());
        assertEquals(aDeclared.id(), aNow.applicationId());
        assertEquals(bDeclared.id(), registrationTask(b(() -> taskList.tasks())).applicationId());
    }

    @Test
    void theTaskFollowsTheReviewAndAnApprovedRecordMeetsTheFilingsPrecondition() throws Exception {
        Long id = a(() -> save(null, 0, WorkflowAction.DECLARE)).id();
        reviewer(() -> reviews.claim(K, id));
        assertEquals(NextStep.WAIT_FOR_REVIEW, registrationTask(a(() -> taskList.tasks())).nextStep());
        assertEquals(ApplicationStatus.UNDER_REVIEW, registrationTask(a(() -> taskList.tasks())).status());

        reviewer(() -> reviews.returnToEnterprise(K, id, "联系电话有误"));
        Task returned = registrationTask(a(() -> taskList.tasks()));
        assertEquals(ApplicationStatus.RETURNED, returned.status());
        assertEquals(NextStep.MODIFY_AND_DECLARE, returned.nextStep());

        long version = a(() -> registrations.find(id)).getVersion();
        a(() -> save(id, version, WorkflowAction.DECLARE));
        reviewer(() -> reviews.claim(K, id));
        reviewer(() -> reviews.approve(K, id));
        List<Task> approved = a(() -> taskList.tasks());
        assertEquals(ApplicationStatus.APPROVED, registrationTask(approved).status());
        assertEquals(NextStep.DONE, registrationTask(approved).nextStep());
        for (Task filing : approved.subList(1, approved.size() - 1)) {
            assertNull(filing.unmetPrecondition(), filing + ": the approved 三证合一 meets every precondition");
            assertNull(filing.obstacle(), filing + ": ent-a meets every filing's preconditions");
        }
        Task mofcom = approved.get(1);
        assertEquals(EnterpriseFunction.MOFCOM_FILING, mofcom.function());
        assertTrue(mofcom.state() == TaskState.NOT_STARTED || mofcom.state() == TaskState.STARTED, "商务部备案 is open to ent-a: " + mofcom);
        assertTrue(approved.stream().noneMatch(t -> t.state() == TaskState.CANNOT_START));
        Task card = approved.get(approved.size() - 1);
        assertEquals(EnterpriseFunction.LEGAL_PERSON_CARD, card.function());
        assertTrue(card.state() == TaskState.NOT_STARTED || card.state() == TaskState.STARTED, "补办法人卡 is open: " + card);
    }
}
