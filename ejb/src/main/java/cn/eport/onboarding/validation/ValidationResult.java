package cn.eport.onboarding.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of checking one code or ID number: the normalized input, the form to store, and
 * every error and warning as a bundle key with arguments ({@link ValidationProblem}). An input is
 * valid when it has no errors; warnings never make it invalid.
 */
public final class ValidationResult {

    private final String normalized;
    private final String canonical;
    private final List<ValidationProblem> errors;
    private final List<ValidationProblem> warnings;
    private final boolean overridden;

    private ValidationResult(Builder builder) {
        this.normalized = builder.normalized;
        this.canonical = builder.canonical == null ? builder.normalized : builder.canonical;
        this.errors = List.copyOf(builder.errors);
        this.warnings = List.copyOf(builder.warnings);
        this.overridden = builder.overridden;
    }

    /** One validator's checks of a normalized, non-empty input of {@code length} characters. */
    @FunctionalInterface
    interface Rule {
        void check(String value, int length, Builder result);
    }

    /** The result of {@code rule} for the normalized input; nothing entered is {@link Reason#REQUIRED}. */
    static ValidationResult check(String normalized, Rule rule) {
        Builder result = new Builder(normalized);
        if (normalized == null || normalized.isEmpty()) {
            result.error(Reason.REQUIRED);
        } else {
            rule.check(normalized, Characters.length(normalized), result);
        }
        return result.build();
    }

    public boolean isValid() {
        return errors.isEmpty();
    }

    /** The input as checked: see {@link InputNormalizer}; {@code null} for {@code null} input. */
    public String normalized() {
        return normalized;
    }

    /**
     * The form to store: the normalized input, except that a 15-digit resident ID becomes its
     * 18-digit form.
     */
    public String canonical() {
        return canonical;
    }

    public List<ValidationProblem> errors() {
        return errors;
    }

    public List<ValidationProblem> warnings() {
        return warnings;
    }

    public Optional<ValidationProblem> firstError() {
        return errors.stream().findFirst();
    }

    /**
     * Invalid only for reasons an administrator may override (a USCC check character), so the
     * input may be accepted as a known exception (see {@link UsccValidator#acceptingKnownExceptions}).
     */
    public boolean isOverridable() {
        return !errors.isEmpty() && errors.stream().allMatch(e -> e.reason().overridable());
    }

    /** Valid only because an administrator accepted it as a known exception. */
    public boolean isOverridden() {
        return overridden;
    }

    public boolean hasError(Reason reason) {
        return errors.stream().anyMatch(e -> e.reason() == reason);
    }

    public boolean hasWarning(Reason reason) {
        return warnings.stream().anyMatch(w -> w.reason() == reason);
    }

    @Override
    public String toString() {
        return "ValidationResult[" + normalized + (isValid() ? " valid" : " errors=" + errors)
                + (warnings.isEmpty() ? "" : " warnings=" + warnings) + "]";
    }

    static final class Builder {
        private final String normalized;
        private String canonical;
        private final List<ValidationProblem> errors = new ArrayList<>();
        private final List<ValidationProblem> warnings = new ArrayList<>();
        private boolean overridden;

        private Builder(String normalized) {
            this.normalized = normalized;
        }

        Builder error(Reason reason, Object... arguments) {
            errors.add(ValidationProblem.of(reason, arguments));
            return this;
        }

        Builder warning(Reason reason, Object... arguments) {
            warnings.add(ValidationProblem.of(reason, arguments));
            return this;
        }

        boolean hasErrors() {
            return !errors.isEmpty();
        }

        Builder canonical(String value) {
            this.canonical = value;
            return this;
        }

        /** Turns the (overridable) errors into warnings of the given reason. */
        Builder override(Reason warning) {
            for (ValidationProblem error : errors) {
                warnings.add(new ValidationProblem(warning, error.arguments()));
            }
            errors.clear();
            overridden = true;
            return this;
        }

        ValidationResult build() {
            return new ValidationResult(this);
        }
    }
}
