package cn.eport.onboarding.directory.http;

/**
 * An HTTP 200 answer that is not what the contract (docs/directories-http.md) describes. The
 * message names the problem and the field, never a value: values may be personal data.
 */
public class MalformedResponseException extends Exception {

    public MalformedResponseException(String problem) {
        super(problem);
    }
}
