package cn.eport.onboarding.web.enterprise;

import cn.eport.onboarding.review.marks.OpenMark;
import cn.eport.onboarding.review.marks.ReturnMarks;
import cn.eport.onboarding.web.i18n.Messages;
import cn.eport.onboarding.workflow.ApplicationKind;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * The reviewer's open marks on the returned application a page shows (issue 12), for the shared
 * pieces of every kind's pages: the {@code e:field} tag highlights a marked field with the note at its
 * right, the attachments panel a marked file's row, the error summary lists them with links, the view
 * pages list them under the reason. Empty unless the page's bean {@link #show}s an application's.
 */
@Named
@ViewScoped
public class FormMarks implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ReturnMarks returnMarks;

    @Inject
    private Messages messages;

    private List<OpenMark> marks = List.of();

    /** The open marks of one of the caller's returned applications (the page checked it is the caller's). */
    public void show(ApplicationKind kind, Long id) {
        marks = returnMarks.open(kind, id);
    }

    /** The mark on the field of this form name, or null. */
    public OpenMark at(String field) {
        return marks.stream().filter(m -> Objects.equals(m.field(), field)).findFirst().orElse(null);
    }

    /** The mark on the attachment of this id, or null. */
    public OpenMark ofAttachment(Long attachmentId) {
        return attachmentId == null ? null
                : marks.stream().filter(m -> attachmentId.equals(m.attachmentId())).findFirst().orElse(null);
    }

    public List<OpenMark> getAll() {
        return marks;
    }

    public boolean isEmpty() {
        return marks.isEmpty();
    }

    /**
     * What the page calls the marked field or file: the field's label (its own key, else the form's
     * {@code <prefix>.field.<name>}), or the file's name.
     */
    public String subject(OpenMark mark, String messagePrefix) {
        if (!mark.isOnField()) {
            return mark.fileName();
        }
        String key = mark.labelKey() != null ? mark.labelKey() : messagePrefix + ".field." + mark.field();
        return messages.find(key).orElse(mark.field());
    }

    /** The error summary's lines of the marks: "审核意见：<label>：<note>", linked to the field's input or the file's row. */
    List<ErrorSummary.Line> summaryLines(FormPages pages) {
        return marks.stream().map(m -> new ErrorSummary.Line(
                m.isOnField() ? pages.formId() + ":" + m.field() : "attachment-" + m.attachmentId(),
                messages.get("marks.summaryLine", subject(m, pages.messagePrefix()), m.note()))).toList();
    }
}
