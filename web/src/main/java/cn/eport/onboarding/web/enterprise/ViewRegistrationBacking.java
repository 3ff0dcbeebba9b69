package cn.eport.onboarding.web.enterprise;

import cn.eport.onboarding.enterprise.EnterpriseRegistration;
import cn.eport.onboarding.enterprise.RegistrationService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** /enterprise/registration-view?id=…: one 三证合一 record read-only, with its history; 打印 where allowed (F-16, F-17). */
@Named
@ViewScoped
public class ViewRegistrationBacking extends ApplicationViewBacking<EnterpriseRegistration> {

    private static final long serialVersionUID = 1L;

    @Inject
    private RegistrationService service;

    @Override
    protected RegistrationService service() {
        return service;
    }

    public EnterpriseRegistration getRegistration() {
        return application();
    }
}
