package cn.eport.onboarding.operator;

import cn.eport.onboarding.validation.InputNormalizer;
import cn.eport.onboarding.validation.TextInput;
import cn.eport.onboarding.workflow.ApplicationStatus;

import java.io.Serializable;

/**
 * The query of the operator list (F-50): by 证件号码 (whole or the start of it, cleaned up as numbers
 * are), by 姓名 (a part of it), by status; any of them may be empty.
 */
public record OperatorQuery(String idNumber, String name, ApplicationStatus status) implements Serializable {

    public static final OperatorQuery ALL = new OperatorQuery(null, null, null);

    public OperatorQuery {
        String number = InputNormalizer.normalize(idNumber);
        idNumber = number == null || number.isEmpty() ? null : number;
        name = TextInput.strippedOrNull(name);
    }
}
