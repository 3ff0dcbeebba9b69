package cn.eport.onboarding.operator;

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
 * 操作员信息预录入: one member of an enterprise's staff who will hold an E-Port card (F-50..F-53),
 * entered by the enterprise and reviewed like every application. One entry per person
 * (证件类别 + 证件号码) and enterprise.
 */
@Entity
@Table(name = "enterprise_operator")
public class Operator extends EnterpriseApplication {

    @Id
    @SequenceGenerator(name = "enterprise_operator_seq", sequenceName = "enterprise_operator_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "enterprise_operator_seq")
    private Long id;

    @Valid
    @Embedded
    private OperatorDetails details = new OperatorDetails();

    protected Operator() {
    }

    public Operator(Enterprise enterprise, String creationToken, Instant now) {
        super(enterprise, creationToken, now);
    }

    @Override
    public ApplicationKind kind() {
        return ApplicationKind.OPERATOR;
    }

    public void replaceDetails(OperatorDetails newDetails, String requestToken, Instant at) {
        this.details = newDetails.copy();
        changedBy(requestToken, at);
    }

    @Override
    public Long getId() {
        return id;
    }

    public OperatorDetails getDetails() {
        return details.copy();
    }
}
