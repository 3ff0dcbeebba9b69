package cn.eport.onboarding.status;

import cn.eport.onboarding.workflow.ApplicationKind;
import cn.eport.onboarding.workflow.ApplicationStatus;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static cn.eport.onboarding.workflow.ApplicationKind.ENTERPRISE_REGISTRATION;
import static cn.eport.onboarding.workflow.ApplicationKind.LEGAL_PERSON_CARD;
import static org.junit.jupiter.api.Assertions.assertEquals;

class StatusRulesTest {

    private static ApplicationSummary row(ApplicationKind kind, long id, String updatedAt) {
        return new ApplicationSummary(kind, id, 0, ApplicationStatus.DRAFT, Instant.parse(updatedAt), Instant.parse(updatedAt), null, null);
    }

    private static List<String> keys(List<ApplicationSummary> rows) {
        return rows.stream().map(ApplicationSummary::key).toList();
    }

    @Test
    void aThreeCertificateRecordAndACardWithTheSameIdHaveDifferentNumbers() {
        assertEquals("SZ2026-000004", row(ENTERPRISE_REGISTRATION, 4, "2026-11-03T00:00:00Z").number());
        assertEquals("BK2026-000004", row(LEGAL_PERSON_CARD, 4, "2026-11-03T00:00:00Z").number());
    }

    @Test
    void kindsAreMergedLastChangedFirst() {
        List<ApplicationSummary> registrations = List.of(row(ENTERPRISE_REGISTRATION, 7, "2026-11-03T00:00:00Z"),
                row(ENTERPRISE_REGISTRATION, 5, "2026-11-01T00:00:00Z"));
        List<ApplicationSummary> cards = List.of(row(LEGAL_PERSON_CARD, 60, "2026-11-02T00:00:00Z"));
        assertEquals(List.of("ENTERPRISE_REGISTRATION-7", "LEGAL_PERSON_CARD-60", "ENTERPRISE_REGISTRATION-5"),
                keys(StatusRules.page(List.of(registrations, cards), 0, 10)));
    }

    @Test
    void tiesAreBrokenTheSameWayOnEveryPage() {
        String same = "2026-11-01T00:00:00Z";
        List<ApplicationSummary> registrations = List.of(row(ENTERPRISE_REGISTRATION, 9, same), row(ENTERPRISE_REGISTRATION, 8, same));
        List<ApplicationSummary> cards = List.of(row(LEGAL_PERSON_CARD, 3, same));
        assertEquals(List.of("ENTERPRISE_REGISTRATION-9", "ENTERPRISE_REGISTRATION-8", "LEGAL_PERSON_CARD-3"),
                keys(StatusRules.page(List.of(cards, registrations), 0, 10)));
    }

    /** Each kind delivers its first (first + max) rows; every page of the merge equals the page of one sorted list. */
    @Test
    void pagesOfTheMergeAreThePagesOfOneList() {
        List<ApplicationSummary> registrations = new ArrayList<>();
        List<ApplicationSummary> cards = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            String at = Instant.parse("2026-11-01T00:00:00Z").plusSeconds(i * 37L % 11 * 60).toString();
            (i % 3 == 0 ? cards : registrations).add(row(i % 3 == 0 ? LEGAL_PERSON_CARD : ENTERPRISE_REGISTRATION, 100 + i, at));
        }
        List<ApplicationSummary> all = new ArrayList<>(registrations);
        all.addAll(cards);
        all.sort(StatusRules.ORDER);
        registrations.sort(StatusRules.ORDER);
        cards.sort(StatusRules.ORDER);
        for (int first = 0; first < 25; first += 5) {
            int limit = first + 5;
            List<ApplicationSummary> page = StatusRules.page(List.of(
                    registrations.subList(0, Math.min(limit, registrations.size())),
                    cards.subList(0, Math.min(limit, cards.size()))), first, 5);
            assertEquals(all.subList(Math.min(first, all.size()), Math.min(limit, all.size())), page, "page from " + first);
        }
    }
}
