package cn.eport.onboarding.validation;

import java.util.List;

/** A record of a file checked by its rules: the value it stands for, or what is wrong with it. */
public record RowOutcome<T>(T value, List<RowProblem> problems) {

    public static <T> RowOutcome<T> of(RowChecks checks, java.util.function.Supplier<T> value) {
        return checks.ok() ? new RowOutcome<>(value.get(), List.of()) : new RowOutcome<>(null, checks.problems());
    }

    public boolean accepted() {
        return problems.isEmpty();
    }
}
