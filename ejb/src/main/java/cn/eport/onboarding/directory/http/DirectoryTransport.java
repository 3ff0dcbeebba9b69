package cn.eport.onboarding.directory.http;

import java.util.Map;

/**
 * One request to a directory service, as bytes: the Rest Client in the server
 * ({@link RestClientTransport}), a canned answer in unit tests.
 */
@FunctionalInterface
public interface DirectoryTransport {

    /**
     * @param query the query parameters ({@code system}, {@code kind}); absent ones are not sent
     * @throws DirectoryUnreachable when no answer came (timeout, connection refused or broken)
     */
    RawAnswer get(String resource, String uscc, Map<String, String> query) throws DirectoryUnreachable;

    /**
     * The status and, for 200, the body; {@code tooLarge} when the body passed
     * {@link HttpDirectoryClient#MAX_BODY_BYTES} (then {@code body} is empty).
     */
    record RawAnswer(int status, byte[] body, boolean tooLarge) {

        public static RawAnswer of(int status, byte[] body) {
            return new RawAnswer(status, body, false);
        }
    }
}
