package cn.eport.onboarding.operator.bulk;

import cn.eport.onboarding.operator.OperatorInput;

import java.io.Serializable;

/** A row of an import file that passed every check: its line and the operator it stands for. */
public record ImportRow(long line, OperatorInput input) implements Serializable {
}
