package cn.eport.onboarding.web.query;

import cn.eport.onboarding.time.DateRange;
import cn.eport.onboarding.web.i18n.Messages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The from/to dates of a list's query as the user typed them (rendered by the {@code e:dateRange}
 * tag). 【查询】 takes them only as a valid range: a start after the end gets a message at the start
 * field, naming the two fields by their labels, and no query (F-11); 【重置】 clears them.
 */
public class DateRangeInput implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String TO_LABEL_KEY = "common.dateTo";

    private final String fromLabelKey;
    private LocalDate from;
    private LocalDate to;

    /** @param fromLabelKey the bundle key of the start field's label, e.g. 提交日期 */
    public DateRangeInput(String fromLabelKey) {
        this.fromLabelKey = fromLabelKey;
    }

    /**
     * The range to query, or empty after adding the message to the start field.
     *
     * @param fromClientId the client id of the start field, e.g. {@code query:from}
     */
    public Optional<DateRange> checked(String fromClientId, Messages messages) {
        if (!DateRange.isValid(from, to)) {
            FacesContext.getCurrentInstance().addMessage(fromClientId, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    messages.get("common.dateRange.invalid", messages.get(fromLabelKey), messages.get(TO_LABEL_KEY)), null));
            return Optional.empty();
        }
        return Optional.of(new DateRange(from, to));
    }

    public String getFromLabelKey() {
        return fromLabelKey;
    }

    public String getToLabelKey() {
        return TO_LABEL_KEY;
    }

    public void clear() {
        from = null;
        to = null;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
