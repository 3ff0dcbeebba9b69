package cn.eport.onboarding.web.history;

import cn.eport.onboarding.web.i18n.Messages;
import cn.eport.onboarding.workflow.HistoryEntry;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The lines of the 办理记录 tag in the page's language ({@link TransitionWording}). */
@Named("historyTexts")
@RequestScoped
public class HistoryTexts {

    @Inject
    private Messages messages;

    /** What happened: 申报：暂存 → 申报, 审核通过, … */
    public String what(HistoryEntry entry) {
        return TransitionWording.describe(entry, messages::get);
    }

    /** Who did it: display name, or 系统自动审核. */
    public String who(HistoryEntry entry) {
        return TransitionWording.actor(entry, messages::get);
    }
}
