package cn.eport.onboarding.web.enterprise;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

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

    /** A problem of the whole form. */
    public void global(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        lines.add(new Line(null, text));
    }

    public List<Line> getLines() {
        return lines;
    }
}
