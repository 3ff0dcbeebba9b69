package cn.eport.onboarding.directory;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The answer of a reference directory: the record was {@link Found found}, the directory does
 * {@link NotFound not know} the enterprise, or the directory is {@link Unavailable unavailable}
 * (try later). Adapters never throw for the last case; callers decide what each answer means
 * for their form.
 *
 * @param <T> the record type of the directory
 */
public sealed interface DirectoryResult<T> {

    record Found<T>(T record) implements DirectoryResult<T> {
        public Found {
            Objects.requireNonNull(record, "record");
        }
    }

    record NotFound<T>() implements DirectoryResult<T> {
    }

    /**
     * The directory could not answer (timeout, connection refused, server error, malformed answer,
     * database error). {@link #messageKey()} is the bundle key of the text to show the user.
     */
    record Unavailable<T>(Directory directory, Reason reason) implements DirectoryResult<T> {
        public Unavailable {
            Objects.requireNonNull(directory, "directory");
            Objects.requireNonNull(reason, "reason");
        }

        public String messageKey() {
            return directory.unavailableMessageKey();
        }
    }

    /** Why a directory was unavailable; for logs and tests, the user sees one message per directory. */
    enum Reason {
        /** No answer within the configured timeouts. */
        TIMEOUT(true),
        /** The connection could not be made or broke (refused, reset, unknown host). */
        CONNECTION_FAILED(true),
        /** HTTP 5xx or 429: the service is in trouble or busy. */
        SERVER_ERROR(true),
        /** HTTP 200 with a body that is not the JSON the contract describes. */
        MALFORMED_RESPONSE(false),
        /** Any other HTTP status (3xx, 4xx other than 404): usually a configuration error. */
        UNEXPECTED_STATUS(false),
        /** The directory table could not be read. */
        DATABASE_ERROR(false),
        /** The waiting thread was interrupted (server shutting down). */
        INTERRUPTED(false),
        /** Recent look-ups failed so often that the circuit breaker lets none through for a while. */
        CIRCUIT_OPEN(false);

        private final boolean retryable;

        Reason(boolean retryable) {
            this.retryable = retryable;
        }

        /** Whether another attempt may get a different answer. */
        public boolean retryable() {
            return retryable;
        }
    }

    static <T> DirectoryResult<T> found(T record) {
        return new Found<>(record);
    }

    static <T> DirectoryResult<T> notFound() {
        return new NotFound<>();
    }

    static <T> DirectoryResult<T> unavailable(Directory directory, Reason reason) {
        return new Unavailable<>(directory, reason);
    }

    /** The record when found, else empty. */
    default Optional<T> recordIfFound() {
        return this instanceof Found<T> found ? Optional.of(found.record()) : Optional.empty();
    }

    default boolean isFound() {
        return this instanceof Found;
    }

    default boolean isNotFound() {
        return this instanceof NotFound;
    }

    default boolean isUnavailable() {
        return this instanceof Unavailable;
    }

    /** The same answer with the record converted; not found and unavailable stay what they are. */
    default <R> DirectoryResult<R> map(Function<? super T, ? extends R> mapper) {
        if (this instanceof Found<T> found) {
            return new Found<>(mapper.apply(found.record()));
        }
        if (this instanceof Unavailable<T> unavailable) {
            return new Unavailable<>(unavailable.directory(), unavailable.reason());
        }
        return new NotFound<>();
    }
}
