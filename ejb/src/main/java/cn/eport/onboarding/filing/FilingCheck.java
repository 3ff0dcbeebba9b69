package cn.eport.onboarding.filing;

import cn.eport.onboarding.directory.Directory;

import java.util.List;
import java.util.Objects;

/**
 * The answer of {@link FilingPreconditions}: the enterprise may file ({@link Clear}), may not
 * ({@link Blocked}, with the obstacle and the arguments of its message), or a directory that decides
 * it could not be reached ({@link Unavailable}: try again later, nothing typed is lost).
 */
public sealed interface FilingCheck {

    record Clear() implements FilingCheck {
    }

    /** @param arguments the message's arguments after none or more (e.g. the pending filing's reference and date) */
    record Blocked(FilingObstacle obstacle, List<Object> arguments) implements FilingCheck {
        public Blocked {
            Objects.requireNonNull(obstacle, "obstacle");
            arguments = List.copyOf(arguments);
        }
    }

    record Unavailable(Directory directory) implements FilingCheck {
        public Unavailable {
            Objects.requireNonNull(directory, "directory");
        }
    }

    static FilingCheck clear() {
        return new Clear();
    }

    static FilingCheck blocked(FilingObstacle obstacle, Object... arguments) {
        return new Blocked(obstacle, List.of(arguments));
    }

    default boolean isClear() {
        return this instanceof Clear;
    }
}
