package cn.eport.onboarding.web.enterprise;

import cn.eport.onboarding.card.LegalPersonCard;
import cn.eport.onboarding.card.LegalPersonCardService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** /enterprise/legal-person-card-view?id=…: one 补办法人卡 application read-only, with its history; 打印 where allowed. */
@Named
@ViewScoped
public class ViewLegalPersonCardBacking extends ApplicationViewBacking<LegalPersonCard> {

    private static final long serialVersionUID = 1L;

    @Inject
    private LegalPersonCardService service;

    @Override
    protected LegalPersonCardService service() {
        return service;
    }

    public LegalPersonCard getCard() {
        return application();
    }
}
