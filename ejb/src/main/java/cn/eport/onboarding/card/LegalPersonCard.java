package cn.eport.onboarding.card;

import cn.eport.onboarding.enterprise.Enterprise;
import cn.eport.onboarding.enterprise.EnterpriseApplication;
import cn.eport.onboarding.workflow.ApplicationKind;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.Valid;

import java.time.Instant;

/**
 * 补办法人卡: an enterprise's application to reissue its legal-person IC card (F-60), with the reason
 * and the legal person's ID document. The legal person's name comes from the account's enterprise.
 */
@Entity
@Table(name = "legal_person_card")
public class LegalPersonCard extends EnterpriseApplication {

    @Id
    @SequenceGenerator(name = "legal_person_card_seq", sequenceName = "legal_person_card_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "legal_person_card_seq")
    private Long id;

    @Valid
    @Embedded
    private CardDetails details = new CardDetails();

    protected LegalPersonCard() {
    }

    public LegalPersonCard(Enterprise enterprise, String creationToken, Instant now) {
        super(enterprise, creationToken, now);
    }

    @Override
    public ApplicationKind kind() {
        return ApplicationKind.LEGAL_PERSON_CARD;
    }

    public void replaceDetails(CardDetails newDetails, String requestToken, Instant at) {
        this.details = newDetails.copy();
        changedBy(requestToken, at);
    }

    @Override
    public Long getId() {
        return id;
    }

    public CardDetails getDetails() {
        return details.copy();
    }
}
