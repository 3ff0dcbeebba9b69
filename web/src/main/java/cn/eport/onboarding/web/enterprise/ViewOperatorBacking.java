package cn.eport.onboarding.web.enterprise;

import cn.eport.onboarding.operator.Operator;
import cn.eport.onboarding.operator.OperatorService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** /enterprise/operator-view?id=…: one of the enterprise's operators read-only, with its files and history; 修改 where allowed. */
@Named
@ViewScoped
public class ViewOperatorBacking extends ApplicationViewBacking<Operator> {

    private static final long serialVersionUID = 1L;

    @Inject
    private OperatorService service;

    @Override
    protected OperatorService service() {
        return service;
    }

    public Operator getOperator() {
        return application();
    }
}
