package cn.eport.onboarding.tasks;

import java.util.List;
import java.util.Objects;

/**
 * What stops an enterprise from starting a function beyond the function's {@link Precondition}, as
 * its task source finds it (a filing's failed precondition, F-21/F-31/F-41): the bundle key of its
 * message and the message's arguments.
 */
public record TaskObstacle(String messageKey, List<Object> arguments) {

    public TaskObstacle {
        Objects.requireNonNull(messageKey, "messageKey");
        arguments = List.copyOf(arguments);
    }
}
