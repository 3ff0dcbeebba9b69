package cn.eport.onboarding.card;

import cn.eport.onboarding.workflow.ApplicationStatus;

import java.util.List;

/**
 * What came of 暂存 or 申报 of a 补办法人卡 application: saved (with its id, status and version), or
 * not saved because of the listed problems (the form keeps what the user typed).
 */
public record CardSaveOutcome(Long id, ApplicationStatus status, long version, List<LegalPersonCardRules.Problem> problems) {

    public boolean saved() {
        return problems.isEmpty();
    }

    static CardSaveOutcome refused(List<LegalPersonCardRules.Problem> problems) {
        return new CardSaveOutcome(null, null, -1, List.copyOf(problems));
    }

    static CardSaveOutcome of(LegalPersonCard card) {
        return new CardSaveOutcome(card.getId(), card.getStatus(), card.getVersion(), List.of());
    }
}
