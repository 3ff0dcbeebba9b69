package cn.eport.onboarding.web.enterprise;

import jakarta.faces.component.EditableValueHolder;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitHint;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;

/**
 * The order of a form's inputs as the user sees them (F-13): the error summary lists its problems in
 * this order, whichever check found them (a converter, a kind's rules) and whatever order the rules
 * have. Problems of no field come first, those of an input the form does not hold last.
 */
public final class FormOrder {

    private final List<String> clientIds;

    public FormOrder(List<String> clientIds) {
        this.clientIds = List.copyOf(clientIds);
    }

    /** The client ids of the form's inputs in component tree order (the page's order). */
    public static FormOrder of(UIComponent form, FacesContext context) {
        List<String> ids = new ArrayList<>();
        form.visitTree(VisitContext.createVisitContext(context, null, EnumSet.of(VisitHint.SKIP_ITERATION)), (visit, component) -> {
            if (component instanceof EditableValueHolder) {
                ids.add(component.getClientId(visit.getFacesContext()));
            }
            return VisitResult.ACCEPT;
        });
        return new FormOrder(ids);
    }

    /** The lines in the form's order; lines of the same input keep their order. */
    public List<ErrorSummary.Line> sorted(List<ErrorSummary.Line> lines) {
        List<ErrorSummary.Line> sorted = new ArrayList<>(lines);
        sorted.sort(Comparator.comparingInt(this::position));
        return sorted;
    }

    private int position(ErrorSummary.Line line) {
        if (line.clientId() == null) {
            return -1;
        }
        int index = clientIds.indexOf(line.clientId());
        return index < 0 ? clientIds.size() : index;
    }
}
