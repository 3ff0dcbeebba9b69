package cn.eport.onboarding.web.attachment;

import cn.eport.onboarding.attachment.Attachment;
import cn.eport.onboarding.attachment.AttachmentRefusedException;
import cn.eport.onboarding.attachment.AttachmentRules;
import cn.eport.onboarding.attachment.AttachmentService;
import cn.eport.onboarding.web.i18n.Messages;
import cn.eport.onboarding.workflow.ApplicationKind;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;

/**
 * The attachment panel of a page (tag {@code e:attachments}, WEB-INF/tags/attachments.xhtml): the
 * files of one application, or of a new application's form while it has no id yet (staged under the
 * form's key, docs/adr/0011-attachment-staging.md). Upload and delete in editable mode; the list with
 * download links for everyone who may see the application. What the panel works on (kind, id, key)
 * comes from the page's own beans on the server, never from the browser; the service checks the
 * tenant, the state machine and the file rules. One editable panel per page.
 */
@Named("attachmentPanel")
@ViewScoped
public class AttachmentPanelBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The id, inside the panel's form, of the file input; the panel's messages are shown there. */
    static final String FILE_INPUT = "file";

    /** What a panel shows: an application's files, or a new application's files staged under its form's key. */
    record Target(ApplicationKind kind, Long applicationId, String stagingKey) {
        boolean staged() {
            return applicationId == null;
        }
    }

    @Inject
    private AttachmentService service;

    @Inject
    private Messages messages;

    private String documentType;
    private transient Part file;
    private Long deleting;
    private String deletingName;

    /** The rows as last shown, so that a row's button acts on the row the user saw. */
    private transient List<Attachment> rows;
    private transient Target rowsOf;

    /** The files, in upload order; none for a new application without a staging key. */
    public List<Attachment> rows(ApplicationKind kind, Long applicationId, String stagingKey) {
        Target target = new Target(kind, applicationId, stagingKey);
        if (rows == null || !target.equals(rowsOf)) {
            rows = load(target);
            rowsOf = target;
        }
        return rows;
    }

    private List<Attachment> load(Target target) {
        if (!target.staged()) {
            return service.list(target.kind(), target.applicationId());
        }
        return target.stagingKey() == null ? List.of() : service.listStaged(target.kind(), target.stagingKey());
    }

    /** 【上传】: the chosen 单据类型 and file; every refusal is a message next to the file input. */
    public void upload(String panelId, ApplicationKind kind, Long applicationId, String stagingKey) {
        Target target = new Target(kind, applicationId, stagingKey);
        String messageFor = panelId + ":" + FILE_INPUT;
        if (documentType == null) {
            error(messageFor, messages.get(AttachmentRefusedException.Reason.UNKNOWN_DOCUMENT_TYPE.bundleKey()));
            return;
        }
        Part chosen = file != null ? file : requestPart(messageFor);
        if (chosen == null || chosen.getSubmittedFileName() == null || chosen.getSubmittedFileName().isBlank()) {
            error(messageFor, messages.get("attachment.noFile"));
            return;
        }
        try {
            byte[] content = read(chosen);
            Attachment stored = target.staged()
                    ? service.uploadStaged(kind, stagingKey, documentType, chosen.getSubmittedFileName(), content)
                    : service.upload(kind, applicationId, documentType, chosen.getSubmittedFileName(), content);
            info(messageFor, messages.get("attachment.uploaded", stored.getDisplayName()));
            documentType = null;
        } catch (AttachmentRefusedException e) {
            error(messageFor, messages.get(e.reason().bundleKey()));
        } catch (IOException e) {
            error(messageFor, messages.get("attachment.uploadFailed"));
        } finally {
            file = null;
            rows = null;
        }
    }

    /**
     * The part as sent. The file input's value is null for an empty file as for none; the part tells
     * them apart by its file name, so that an empty file gets the service's answer, not "choose a file".
     */
    public static Part requestPart(String name) {
        try {
            return ((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest()).getPart(name);
        } catch (IOException | ServletException | IllegalStateException e) {
            return null;
        }
    }

    /**
     * The file's bytes, at most one more than the rules accept: enough for the service to refuse
     * a file of 4 MB or more, without holding more of it.
     */
    private static byte[] read(Part part) throws IOException {
        try (InputStream in = part.getInputStream()) {
            return in.readNBytes((int) AttachmentRules.SIZE_LIMIT + 1);
        }
    }

    /** 【删除】 of a row: remembers which file the confirmation dialog asks about. */
    public void askDelete(Attachment attachment) {
        deleting = attachment.getId();
        deletingName = attachment.getDisplayName();
    }

    /** 【确定】 in the confirmation dialog. */
    public void confirmDelete(String panelId, ApplicationKind kind, Long applicationId, String stagingKey) {
        if (deleting == null) {
            return;
        }
        Target target = new Target(kind, applicationId, stagingKey);
        String messageFor = panelId + ":" + FILE_INPUT;
        try {
            if (target.staged()) {
                service.deleteStaged(kind, stagingKey, deleting);
            } else {
                service.delete(deleting);
            }
            info(messageFor, messages.get("attachment.deleted", deletingName));
        } catch (AttachmentRefusedException e) {
            error(messageFor, messages.get(e.reason().bundleKey()));
        } finally {
            deleting = null;
            rows = null;
        }
    }

    /** Files larger than this are refused in the browser: the server would not take the request (web.xml). */
    public long getBrowserLimit() {
        return UploadSizeFilter.BROWSER_LIMIT;
    }

    public String getDocumentType() {
        return documentType;
    }

    public void setDocumentType(String documentType) {
        this.documentType = documentType;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public String getDeletingName() {
        return deletingName;
    }

    private static void info(String clientId, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    private static void error(String clientId, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }
}
