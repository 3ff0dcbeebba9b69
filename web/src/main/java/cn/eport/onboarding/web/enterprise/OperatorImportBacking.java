package cn.eport.onboarding.web.enterprise;

import cn.eport.onboarding.operator.DraftsOutcome;
import cn.eport.onboarding.operator.OperatorRefusedException;
import cn.eport.onboarding.operator.OperatorService;
import cn.eport.onboarding.operator.bulk.ImportCheck;
import cn.eport.onboarding.operator.bulk.ImportRow;
import cn.eport.onboarding.operator.bulk.OperatorImportService;
import cn.eport.onboarding.operator.bulk.OperatorSheetReader;
import cn.eport.onboarding.operator.bulk.RowReject;
import cn.eport.onboarding.operator.bulk.SheetRefusedException;
import cn.eport.onboarding.web.attachment.AttachmentPanelBacking;
import cn.eport.onboarding.web.i18n.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * /enterprise/operator-import: 批量导入 of operators (issue 11 item 5). 【检查文件】 reads the chosen file
 * and lists every rejected row with its line, column and reason and the count of good rows, storing
 * nothing; 【确认导入】 (after a confirmation) saves the good rows as drafts, all or none, and returns to
 * the operator list. Only after a 三证合一 record has been saved (F-51), as the list.
 */
@Named
@ViewScoped
public class OperatorImportBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String LIST = "/enterprise/operators";
    /** The client id of the page's file input. */
    static final String FILE_INPUT = "upload:file";

    /** A rejected cell as the page lists it (a class with getters: Expression Language 5 reads no record components). */
    public static final class RejectLine implements Serializable {

        private static final long serialVersionUID = 1L;
        private final long line;
        private final String column;
        private final String reason;

        RejectLine(long line, String column, String reason) {
            this.line = line;
            this.column = column;
            this.reason = reason;
        }

        public long getLine() {
            return line;
        }

        public String getColumn() {
            return column;
        }

        public String getReason() {
            return reason;
        }
    }

    @EJB
    private OperatorImportService imports;

    @EJB
    private OperatorService operators;

    @Inject
    private Messages messages;

    private transient Part file;
    private boolean registered;
    private String fileName;
    private int rows;
    private List<ImportRow> good = List.of();
    private List<RejectLine> rejects = List.of();
    private long rejectedRows;
    private boolean checked;

    @PostConstruct
    void init() {
        registered = operators.registration().isPresent();
    }

    /** 【检查文件】. */
    public void check() {
        checked = false;
        // the file input's value is null for an empty file as for none: the part tells them apart by its name
        Part chosen = file != null ? file : AttachmentPanelBacking.requestPart(FILE_INPUT);
        if (chosen == null || chosen.getSubmittedFileName() == null || chosen.getSubmittedFileName().isBlank()) {
            error(messages.get("operatorImport.noFile"));
            return;
        }
        try {
            ImportCheck result = imports.check(read(chosen));
            Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
            fileName = chosen.getSubmittedFileName();
            rows = result.rows();
            good = result.good();
            rejectedRows = result.rejectedRows();
            rejects = result.rejects().stream().map(r -> line(r, locale)).toList();
            checked = true;
        } catch (SheetRefusedException e) {
            error(messages.get("operatorImport.refused." + e.reason().name(), String.join(separator(), e.names())));
        } catch (OperatorRefusedException e) {
            refused(e);
        } catch (IOException e) {
            error(messages.get("operatorImport.refused.UNREADABLE"));
        } finally {
            file = null;
        }
    }

    /** 【确认导入】 after the confirmation: the good rows as drafts, all or none, then the list. */
    public String confirm() {
        if (!checked || good.isEmpty()) {
            error(messages.get("operatorImport.nothingToImport"));
            return null;
        }
        try {
            DraftsOutcome outcome = imports.save(good);
            if (outcome.saved()) {
                return Redirects.withMessage(LIST, messages.get("operatorImport.saved", outcome.ids().size()));
            }
            outdated();
        } catch (OperatorRefusedException e) {
            refused(e);
        }
        return null;
    }

    private void refused(OperatorRefusedException e) {
        if (e.reason() == OperatorRefusedException.Reason.NO_REGISTRATION) {
            registered = false;
            error(messages.get(e.reason().bundleKey()));
        } else {
            outdated();
        }
    }

    /** The enterprise's operators changed since the check: nothing stored, the file to be checked again. */
    private void outdated() {
        checked = false;
        good = List.of();
        rejects = List.of();
        error(messages.get("operatorImport.outdated"));
    }

    private RejectLine line(RowReject reject, Locale locale) {
        String label = messages.get(fieldKey(reject.column().field()));
        return new RejectLine(reject.line(), reject.column().heading(),
                ProblemTexts.text(messages, locale, reject.key(), label, reject.detail()));
    }

    /** {@code operator.field.idType} for ID_TYPE: the operator form's label of the field. */
    static String fieldKey(Enum<?> field) {
        String[] words = field.name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder key = new StringBuilder("operator.field.").append(words[0]);
        for (int i = 1; i < words.length; i++) {
            key.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return key.toString();
    }

    private String separator() {
        return "zh".equals(FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage()) ? "、" : ", ";
    }

    /** The file's bytes, at most one more than the size limit: enough for the reader to refuse a larger file. */
    private static byte[] read(Part part) throws IOException {
        try (InputStream in = part.getInputStream()) {
            return in.readNBytes((int) OperatorSheetReader.SIZE_LIMIT + 1);
        }
    }

    private static void error(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    public int getMaxRows() {
        return OperatorSheetReader.MAX_ROWS;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public boolean isRegistered() {
        return registered;
    }

    public boolean isChecked() {
        return checked;
    }

    public String getFileName() {
        return fileName;
    }

    public int getRows() {
        return rows;
    }

    public int getGoodRows() {
        return good.size();
    }

    /** The confirmation's question, naming how many rows will be saved. */
    public String getConfirmQuestion() {
        return messages.get("operatorImport.confirmQuestion", good.size());
    }

    public long getRejectedRows() {
        return rejectedRows;
    }

    public List<RejectLine> getRejects() {
        return rejects;
    }
}
