package cn.eport.onboarding.web.review;

import cn.eport.onboarding.declaration.Declaration;
import cn.eport.onboarding.declaration.DeclarationVersion;
import cn.eport.onboarding.review.ReviewDeclarations;
import cn.eport.onboarding.review.ReviewItem;
import cn.eport.onboarding.review.marks.ReturnMark;
import cn.eport.onboarding.web.i18n.SupportedLanguage;
import cn.eport.onboarding.workflow.ApplicationStatus;
import cn.eport.onboarding.workflow.HistoryEntry;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The declared versions of the application on the review page and, once it was declared again after
 * a return, what changed since ({@link ChangesSinceReturn}) with the notes the reviewer marked the returned
 * round with (issue 12 item 1). Reads the application the page loaded
 * ({@link ReviewApplicationBacking}); nothing for a reviewer of the application's own enterprise.
 */
@Named
@ViewScoped
public class ReviewChangesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ReviewApplicationBacking page;

    @Inject
    private ReviewDeclarations declarations;

    private boolean loaded;
    private List<DeclarationVersion> versions = List.of();
    private ChangesSinceReturn changes;

    private void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        ReviewItem item = page.getItem();
        if (item == null || page.isOwnEnterprise()) {
            return;
        }
        versions = declarations.versions(item.kind(), item.id());
        if (versions.size() >= 2) {
            int to = versions.get(versions.size() - 1).round();
            Declaration later = declarations.declaration(item.kind(), item.id(), to);
            int from = versions.get(versions.size() - 2).round();
            boolean english = SupportedLanguage.of(FacesContext.getCurrentInstance().getViewRoot().getLocale()) == SupportedLanguage.EN;
            List<ReturnMark> marks = declarations.marksOfReturn(item.kind(), item.id(), from);
            Map<String, String> fieldNotes = marks.stream().filter(ReturnMark::isOnField)
                    .collect(Collectors.toMap(ReturnMark::getField, ReturnMark::getNote, (a, b) -> a));
            Map<Long, String> attachmentNotes = marks.stream().filter(m -> m.getAttachmentId() != null)
                    .collect(Collectors.toMap(ReturnMark::getAttachmentId, ReturnMark::getNote, (a, b) -> a));
            Declaration earlier = declarations.declaration(item.kind(), item.id(), from);
            changes = ChangesSinceReturn.of(earlier, later, lastReturnReason(), fieldNotes, attachmentNotes, english);
        }
    }

    /** The reason of the latest 退回 in the history (the one the enterprise answered by declaring again). */
    private String lastReturnReason() {
        List<HistoryEntry> history = page.getHistory() == null ? List.of() : page.getHistory();
        String reason = null;
        for (HistoryEntry entry : history) {
            if (entry.to() == ApplicationStatus.RETURNED) {
                reason = entry.reason();
            }
        }
        return reason;
    }

    /** Every declared version, first round first. */
    public List<DeclarationVersion> getVersions() {
        load();
        return versions;
    }

    /** What changed since the return; null before a second 申报. */
    public ChangesSinceReturn getChanges() {
        load();
        return changes;
    }
}
