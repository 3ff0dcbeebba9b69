package cn.eport.onboarding.directory.http;

/** Turns the JSON answer of a directory into its record. */
@FunctionalInterface
public interface ResponseReader<T> {

    /**
     * @throws MalformedResponseException when a field is missing or has the wrong type
     * @throws IllegalArgumentException   when the record refuses a value (the record's own checks)
     */
    T read(JsonRecord json) throws MalformedResponseException;
}
