package cn.eport.onboarding.web.enterprise;

import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitHint;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;

import java.util.EnumSet;

/**
 * When one input of a form refused its value (a converter), Faces updates no model value at all; the
 * form's rules can then only see what the others hold if their accepted values are applied first.
 */
final class AcceptedInputs {

    private AcceptedInputs() {
    }

    /** Applies the converted values of the form's valid inputs to the model, as Update Model Values would. */
    static void apply(UIComponent form, FacesContext context) {
        form.visitTree(VisitContext.createVisitContext(context, null, EnumSet.of(VisitHint.SKIP_ITERATION, VisitHint.SKIP_UNRENDERED)),
                (visit, component) -> {
                    if (component instanceof UIInput input && input.isValid()) {
                        input.updateModel(visit.getFacesContext());
                    }
                    return VisitResult.ACCEPT;
                });
    }
}
