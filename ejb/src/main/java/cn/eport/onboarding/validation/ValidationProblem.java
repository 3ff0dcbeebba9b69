package cn.eport.onboarding.validation;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One reason why an input is invalid (or a warning about it), with the values its text needs,
 * by name: {@code {position}=3, {character}=O}.
 */
public record ValidationProblem(Reason reason, Map<String, Object> arguments) {

    public ValidationProblem {
        Objects.requireNonNull(reason, "reason");
        arguments = Map.copyOf(arguments);
        if (!arguments.keySet().equals(Set.copyOf(reason.parameters()))) {
            throw new IllegalArgumentException(reason + " takes " + reason.parameters() + ", not " + arguments.keySet());
        }
    }

    /** A problem with its arguments in the order {@link Reason#parameters()} names them. */
    static ValidationProblem of(Reason reason, Object... values) {
        if (values.length != reason.parameters().size()) {
            throw new IllegalArgumentException(reason + " takes " + reason.parameters());
        }
        Map<String, Object> arguments = new HashMap<>();
        for (int i = 0; i < values.length; i++) {
            arguments.put(reason.parameters().get(i), values[i]);
        }
        return new ValidationProblem(reason, arguments);
    }

    /** The key of the text in {@code ValidationMessages.properties}. */
    public String key() {
        return reason.key();
    }

    public Object argument(String name) {
        return arguments.get(name);
    }
}
