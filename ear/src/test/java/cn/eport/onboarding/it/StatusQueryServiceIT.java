package cn.eport.onboarding.it;

import cn.eport.onboarding.card.LegalPersonCardNotFoundException;
import cn.eport.onboarding.card.LegalPersonCardRules;
import cn.eport.onboarding.card.LegalPersonCardService;
import cn.eport.onboarding.enterprise.RegistrationDetails;
import cn.eport.onboarding.enterprise.RegistrationNotFoundException;
import cn.eport.onboarding.enterprise.RegistrationRules;
import cn.eport.onboarding.enterprise.RegistrationService;
import cn.eport.onboarding.enterprise.SaveOutcome;
import cn.eport.onboarding.review.ReviewService;
import cn.eport.onboarding.status.ApplicationSummary;
import cn.eport.onboarding.status.StatusQuery;
import cn.eport.onboarding.status.StatusQueryService;
import cn.eport.onboarding.time.BusinessCalendar;
import cn.eport.onboarding.time.DateRange;
import cn.eport.onboarding.workflow.ApplicationStatus;
import cn.eport.onboarding.workflow.IllegalTransitionException;
import cn.eport.onboarding.workflow.WorkflowAction;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import static cn.eport.onboarding.workflow.ApplicationKind.ENTERPRISE_REGISTRATION;
import static cn.eport.onboarding.workflow.ApplicationKind.LEGAL_PERSON_CARD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 业务办理状态查询 (F-60, F-61) in the real server: every kind in one list, its query, paging, return reasons and 删除. */
@ExtendWith(ArquillianExtension.class)
class StatusQueryServiceIT extends ActingUsers {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(StatusQueryServiceIT.class);
    }

    @Inject
    private StatusQueryService status;

    @Inject
    private RegistrationService registrations;

    @Inject
    private LegalPersonCardService cards;

    @Inject
    private ReviewService reviews;

    private SaveOutcome<RegistrationRules.Problem> registrationOfA(WorkflowAction action) throws Exception {
        return a(() -> registrations.save(null, 0, UUID.randomUUID().toString(),
                action == WorkflowAction.DECLARE ? TestData.completeRegistration("0100") : new RegistrationDetails(), action));
    }

    private SaveOutcome<LegalPersonCardRules.Problem> cardOfA(WorkflowAction action) throws Exception {
        return a(() -> cards.save(null, 0, UUID.randomUUID().toString(), TestData.completeCard(), action));
    }

    private Map<String, ApplicationSummary> everythingOfA(StatusQuery query) throws Exception {
        return a(() -> status.list(query, 0, 100_000)).stream().collect(Collectors.toMap(ApplicationSummary::key, Function.identity()));
    }

    @Test
    void onlyLoggedInEnterpriseUsersMayUseIt() {
        assertThrows(EJBAccessException.class, () -> status.count(StatusQuery.ALL));
        assertThrows(EJBAccessException.class, () -> asReviewer.attempt(() -> status.count(StatusQuery.ALL)).get());
    }

    @Test
    void oneListOfBothKindsOfTheCallersEnterpriseOnly() throws Exception {
        SaveOutcome<RegistrationRules.Problem> registration = registrationOfA(WorkflowAction.SAVE_DRAFT);
        SaveOutcome<LegalPersonCardRules.Problem> card = cardOfA(WorkflowAction.SAVE_DRAFT);

        List<ApplicationSummary> newest = a(() -> status.list(StatusQuery.ALL, 0, 2));
        assertEquals(List.of("LEGAL_PERSON_CARD-" + card.id(), "ENTERPRISE_REGISTRATION-" + registration.id()),
                newest.stream().map(ApplicationSummary::key).toList(), "last changed first, both kinds");
        assertEquals(card.version(), newest.get(0).version());
        assertEquals(EnumSet.of(WorkflowAction.VIEW, WorkflowAction.MODIFY, WorkflowAction.SAVE_DRAFT, WorkflowAction.DECLARE,
                WorkflowAction.DELETE), a(() -> status.allowedActions(newest.get(0).status())));

        Map<String, ApplicationSummary> all = everythingOfA(StatusQuery.ALL);
        assertEquals(a(() -> status.count(StatusQuery.ALL)), all.size());
        assertTrue(all.values().stream().anyMatch(r -> r.kind() == ENTERPRISE_REGISTRATION));
        List<String> bSees = b(() -> status.list(StatusQuery.ALL, 0, 100_000)).stream().map(ApplicationSummary::key).toList();
        assertFalse(bSees.contains("LEGAL_PERSON_CARD-" + card.id()));
        assertFalse(bSees.contains("ENTERPRISE_REGISTRATION-" + registration.id()));
        assertEquals(b(() -> status.count(StatusQuery.ALL)), bSees.size());
    }

    @Test
    void queryByStatusAndSubmissionDate() throws Exception {
        SaveOutcome<LegalPersonCardRules.Problem> draft = cardOfA(WorkflowAction.SAVE_DRAFT);
        SaveOutcome<LegalPersonCardRules.Problem> declared = cardOfA(WorkflowAction.DECLARE);
        SaveOutcome<RegistrationRules.Problem> declaredRegistration = registrationOfA(WorkflowAction.DECLARE);
        LocalDate today = BusinessCalendar.today(Clock.systemUTC());

        Map<String, ApplicationSummary> declaredToday = everythingOfA(new StatusQuery(ApplicationStatus.DECLARED, new DateRange(today, today)));
        assertTrue(declaredToday.containsKey("LEGAL_PERSON_CARD-" + declared.id()));
        assertTrue(declaredToday.containsKey("ENTERPRISE_REGISTRATION-" + declaredRegistration.id()));
        assertFalse(declaredToday.containsKey("LEGAL_PERSON_CARD-" + draft.id()), "a draft is not declared");
        assertTrue(declaredToday.values().stream().allMatch(r -> r.status() == ApplicationStatus.DECLARED));
        assertEquals(a(() -> status.count(new StatusQuery(ApplicationStatus.DECLARED, new DateRange(today, today)))), declaredToday.size());

        assertTrue(everythingOfA(new StatusQuery(null, new DateRange(today.minusDays(30), today.minusDays(1))))
                .values().stream().noneMatch(r -> r.declaredAt() != null && !r.declaredAt().isBefore(today.atStartOfDay(BusinessCalendar.ZONE).toInstant())),
                "nothing declared today in a range that ends yesterday");
        assertFalse(everythingOfA(new StatusQuery(ApplicationStatus.DRAFT, null)).containsKey("LEGAL_PERSON_CARD-" + declared.id()));
    }

    @Test
    void pagesFollowEachOtherWithoutGapsOrRepeats() throws Exception {
        for (int i = 0; i < 4; i++) {
            cardOfA(WorkflowAction.SAVE_DRAFT);
            registrationOfA(WorkflowAction.SAVE_DRAFT);
        }
        List<String> whole = a(() -> status.list(StatusQuery.ALL, 0, 9)).stream().map(ApplicationSummary::key).toList();
        List<String> paged = new ArrayList<>();
        for (int first = 0; first < 9; first += 3) {
            int from = first;
            paged.addAll(a(() -> status.list(StatusQuery.ALL, from, 3)).stream().map(ApplicationSummary::key).toList());
        }
        assertEquals(whole, paged);
        assertEquals(9, whole.stream().distinct().count());
    }

    @Test
    void aReturnedApplicationShowsTheReviewersReason() throws Exception {
        SaveOutcome<LegalPersonCardRules.Problem> declared = cardOfA(WorkflowAction.DECLARE);
        asReviewer.attempt(() -> reviews.claim(LEGAL_PERSON_CARD, declared.id())).get();
        asReviewer.attempt(() -> reviews.returnToEnterprise(LEGAL_PERSON_CARD, declared.id(), "补办原因与上传材料不符")).get();

        ApplicationSummary row = everythingOfA(new StatusQuery(ApplicationStatus.RETURNED, null)).get("LEGAL_PERSON_CARD-" + declared.id());
        assertEquals("补办原因与上传材料不符", row.returnReason());
        assertTrue(a(() -> status.allowedActions(row.status())).contains(WorkflowAction.MODIFY));
        assertFalse(a(() -> status.allowedActions(row.status())).contains(WorkflowAction.DELETE));
        SaveOutcome<LegalPersonCardRules.Problem> draft = cardOfA(WorkflowAction.SAVE_DRAFT);
        assertNull(everythingOfA(StatusQuery.ALL).get("LEGAL_PERSON_CARD-" + draft.id()).returnReason());
    }

    @Test
    void draftsOfEitherKindAreDeletedThroughTheirOwnService() throws Exception {
        SaveOutcome<LegalPersonCardRules.Problem> card = cardOfA(WorkflowAction.SAVE_DRAFT);
        SaveOutcome<RegistrationRules.Problem> registration = registrationOfA(WorkflowAction.SAVE_DRAFT);
        SaveOutcome<LegalPersonCardRules.Problem> declared = cardOfA(WorkflowAction.DECLARE);

        assertThrows(LegalPersonCardNotFoundException.class, () -> b(() -> {
            status.delete(LEGAL_PERSON_CARD, card.id(), card.version());
            return null;
        }), "another enterprise cannot delete it");
        assertThrows(RegistrationNotFoundException.class, () -> b(() -> {
            status.delete(ENTERPRISE_REGISTRATION, registration.id(), registration.version());
            return null;
        }));
        assertThrows(IllegalTransitionException.class, () -> a(() -> {
            status.delete(LEGAL_PERSON_CARD, declared.id(), declared.version());
            return null;
        }), "declared: not deletable");

        a(() -> {
            status.delete(LEGAL_PERSON_CARD, card.id(), card.version());
            status.delete(ENTERPRISE_REGISTRATION, registration.id(), registration.version());
            return null;
        });
        Map<String, ApplicationSummary> left = everythingOfA(StatusQuery.ALL);
        assertFalse(left.containsKey("LEGAL_PERSON_CARD-" + card.id()));
        assertFalse(left.containsKey("ENTERPRISE_REGISTRATION-" + registration.id()));
        assertTrue(left.containsKey("LEGAL_PERSON_CARD-" + declared.id()));
    }
}
