package cn.eport.onboarding.it;

import cn.eport.onboarding.enterprise.ConcurrentChangeException;
import cn.eport.onboarding.enterprise.EnterpriseRegistration;
import cn.eport.onboarding.enterprise.RegistrationDetails;
import cn.eport.onboarding.enterprise.RegistrationNotFoundException;
import cn.eport.onboarding.enterprise.RegistrationQuery;
import cn.eport.onboarding.enterprise.RegistrationRules;
import cn.eport.onboarding.enterprise.RegistrationService;
import cn.eport.onboarding.enterprise.SaveOutcome;
import cn.eport.onboarding.time.DateRange;
import cn.eport.onboarding.workflow.ApplicationStatus;
import cn.eport.onboarding.workflow.HistoryEntry;
import cn.eport.onboarding.workflow.IllegalTransitionException;
import cn.eport.onboarding.workflow.WorkflowAction;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 三证合一 records in the real server: tenant scoping, the state machine, resubmission, concurrent edits. */
@ExtendWith(ArquillianExtension.class)
class RegistrationServiceIT extends ActingUsers {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(RegistrationServiceIT.class);
    }

    @Inject
    private RegistrationService registrations;

    private SaveOutcome<RegistrationRules.Problem> draftAsA(RegistrationDetails details) throws Exception {
        return a(() -> registrations.save(null, 0, UUID.randomUUID().toString(), details, WorkflowAction.SAVE_DRAFT));
    }

    @Test
    void onlyLoggedInEnterpriseUsersMayUseIt() {
        assertThrows(EJBAccessException.class, () -> registrations.count(RegistrationQuery.ALL));
    }

    @Test
    void aDraftBelongsToTheCallersEnterpriseOnly() throws Exception {
        SaveOutcome<RegistrationRules.Problem> saved = draftAsA(TestData.completeRegistration("0100"));
        assertTrue(saved.saved());
        assertEquals(ApplicationStatus.DRAFT, saved.status());
        EnterpriseRegistration mine = a(() -> registrations.find(saved.id()));
        assertEquals("91110108MA01ABCD5T", mine.getEnterpriseUscc());
        assertEquals("北京海淀示例进出口贸易有限公司", mine.getEnterpriseName());

        assertThrows(RegistrationNotFoundException.class, () -> b(() -> registrations.find(saved.id())));
        assertThrows(RegistrationNotFoundException.class, () -> b(() -> {
            registrations.delete(saved.id(), saved.version());
            return null;
        }));
        assertThrows(RegistrationNotFoundException.class, () -> b(() -> registrations.save(saved.id(), saved.version(),
                UUID.randomUUID().toString(), TestData.completeRegistration("0100"), WorkflowAction.DECLARE)));
        List<Long> bSees = b(() -> registrations.list(RegistrationQuery.ALL, 0, 1000)).stream()
                .map(EnterpriseRegistration::getId).toList();
        assertFalse(bSees.contains(saved.id()));
        assertEquals(ApplicationStatus.DRAFT, a(() -> registrations.find(saved.id())).getStatus(), "A's record unchanged");
    }

    @Test
    void aResentSubmissionCreatesNothingTwice() throws Exception {
        String token = UUID.randomUUID().toString();
        long before = a(() -> registrations.count(RegistrationQuery.ALL));
        SaveOutcome<RegistrationRules.Problem> first = a(() -> registrations.save(null, 0, token, TestData.completeRegistration("0100"), WorkflowAction.DECLARE));
        SaveOutcome<RegistrationRules.Problem> again = a(() -> registrations.save(null, 0, token, TestData.completeRegistration("0100"), WorkflowAction.DECLARE));
        assertEquals(first.id(), again.id());
        assertEquals(before + 1, a(() -> registrations.count(RegistrationQuery.ALL)));
        assertEquals(1, a(() -> registrations.history(first.id())).size(), "one transition NEW → DECLARED");
    }

    @Test
    void declaringNeedsEveryRequiredFieldAndRecordsTheTransition() throws Exception {
        SaveOutcome<RegistrationRules.Problem> draft = draftAsA(new RegistrationDetails());
        assertTrue(draft.saved(), "an empty draft may be saved");

        RegistrationDetails partial = TestData.completeRegistration("0100");
        partial.setContactPhone(null);
        SaveOutcome<RegistrationRules.Problem> refused = a(() -> registrations.save(draft.id(), draft.version(), UUID.randomUUID().toString(),
                partial, WorkflowAction.DECLARE));
        assertEquals(List.of(new RegistrationRules.Problem(RegistrationRules.Field.CONTACT_PHONE, RegistrationRules.REQUIRED)),
                refused.problems());
        assertEquals(ApplicationStatus.DRAFT, a(() -> registrations.find(draft.id())).getStatus(), "nothing half saved");

        SaveOutcome<RegistrationRules.Problem> declared = a(() -> registrations.save(draft.id(), draft.version(), UUID.randomUUID().toString(),
                TestData.completeRegistration("0100"), WorkflowAction.DECLARE));
        assertEquals(ApplicationStatus.DECLARED, declared.status());
        List<HistoryEntry> history = a(() -> registrations.history(draft.id()));
        assertEquals(List.of("null>DRAFT", "DRAFT>DECLARED"),
                history.stream().map(t -> t.from() + ">" + t.to()).toList());
        assertEquals("ent-a", history.get(1).actor());
        assertEquals("张伟（北京海淀示例）", history.get(1).actorName());

        assertThrows(IllegalTransitionException.class, () -> a(() -> {
            registrations.delete(draft.id(), declared.version());
            return null;
        }), "only drafts may be deleted");
        List<EnterpriseRegistration> declaredToday = a(() -> registrations.list(new RegistrationQuery(
                ApplicationStatus.DECLARED, new DateRange(java.time.LocalDate.now().minusDays(1), java.time.LocalDate.now().plusDays(1))),
                0, 1000));
        assertTrue(declaredToday.stream().anyMatch(r -> r.getId().equals(draft.id())));
    }

    @Test
    void aChangeFromAnOldFormIsRefusedNotSilentlyApplied() throws Exception {
        SaveOutcome<RegistrationRules.Problem> draft = draftAsA(TestData.completeRegistration("0100"));
        RegistrationDetails mine = TestData.completeRegistration("0100");
        mine.setContactName("王五");
        a(() -> registrations.save(draft.id(), draft.version(), UUID.randomUUID().toString(), mine, WorkflowAction.SAVE_DRAFT));

        RegistrationDetails theirs = TestData.completeRegistration("0100");
        theirs.setContactName("赵六");
        assertThrows(ConcurrentChangeException.class, () -> a(() -> registrations.save(draft.id(), draft.version(),
                UUID.randomUUID().toString(), theirs, WorkflowAction.SAVE_DRAFT)));
        assertEquals("王五", a(() -> registrations.find(draft.id())).getDetails().getContactName());
    }

    @Test
    void aDraftCanBeDeletedForGood() throws Exception {
        SaveOutcome<RegistrationRules.Problem> draft = draftAsA(TestData.completeRegistration("0100"));
        a(() -> {
            registrations.delete(draft.id(), draft.version());
            return null;
        });
        assertThrows(RegistrationNotFoundException.class, () -> a(() -> registrations.find(draft.id())));
    }
}
