package cn.eport.onboarding.batch.source;

import java.io.IOException;

/**
 * A download that failed; its message is for the operator (Chinese), names the file without
 * credentials and says what went wrong. Not retried: another attempt would get the same answer
 * (a 3xx or 4xx other than 404).
 */
public class HttpDownloadFailure extends IOException {

    public HttpDownloadFailure(String message) {
        super(message);
    }

    /** Timeout, connection refused or broken, HTTP 5xx or 429: retried by Fault Tolerance. */
    public static class Unreachable extends HttpDownloadFailure {

        public Unreachable(String message) {
            super(message);
        }
    }
}
