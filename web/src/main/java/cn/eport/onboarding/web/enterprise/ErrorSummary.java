package cn.eport.onboarding.web.enterprise;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The error summary at the top of a form: each problem is shown at its field and listed at the
 * top with a link to the field; problems of no field are listed without a link. Rendered by the
 * {@code e:errorSummary} tag.
 */
public class ErrorSummary implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One entry: the field's client id (null for none) and the text. */
    public record Line(String clientId, String text) implements Serializable {
    }

    private final List<Line> lines = new ArrayList<>();

    public void clear() {
        lines.clear();
    }

    /** A problem of the input with this client id: message at the field and a linked entry. */
    public void field(String clientId, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        lines.add(new Line(clientId, text));
    }

    /**
     * The inputs' own refusals of this request (converters, required values: their messages are at
     * their fields already) join the summary; returns their client ids.
     */
    public Set<String> refusedInputs(FacesContext context) {
        Set<String> refused = new TreeSet<>();
        for (Iterator<String> ids = context.getClientIdsWithMessages(); ids.hasNext(); ) {
            String clientId = ids.next();
            if (clientId == null) {
                continue;
            }
            refused.add(clientId);
            for (Iterator<FacesMessage> messages = context.getMessages(clientId); messages.hasNext(); ) {
                lines.add(new Line(clientId, messages.next().getSummary()));
            }
        }
        return refused;
    }

    /** The lines in the form's order. */
    public void order(FormOrder order) {
        List<Line> sorted = order.sorted(lines);
        lines.clear();
        lines.addAll(sorted);
    }

    /** A problem of the whole form. */
    public void global(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        lines.add(new Line(null, text));
    }

    public List<Line> getLines() {
        return lines;
    }
}
