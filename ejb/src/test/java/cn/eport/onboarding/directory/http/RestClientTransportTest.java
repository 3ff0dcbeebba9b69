package cn.eport.onboarding.directory.http;

import cn.eport.onboarding.directory.DirectoryResult.Reason;
import jakarta.ws.rs.ProcessingException;
import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** How a request that got no answer is classified; the requests themselves are tested in HttpDirectoryAdaptersIT. */
class RestClientTransportTest {

    @Test
    void aTimeoutAnywhereInTheCausesIsATimeout() {
        DirectoryUnreachable e = RestClientTransport.unreachable(new ProcessingException(new SocketTimeoutException("Read timed out")));
        assertEquals(Reason.TIMEOUT, e.reason());
    }

    @Test
    void otherFailuresAreConnectionFailuresNamedByType() {
        DirectoryUnreachable refused = RestClientTransport.unreachable(new ProcessingException(new ConnectException("refused")));
        assertEquals(Reason.CONNECTION_FAILED, refused.reason());
        assertEquals("ConnectException", refused.getMessage());
        DirectoryUnreachable unknown = RestClientTransport.unreachable(
                new ProcessingException("GET http://dir.example.cn/api/registry-records/91110108MA01ABCD5T",
                        new UnknownHostException("dir.example.cn")));
        assertFalse(unknown.getMessage().contains("91110108MA01ABCD5T"), "the USCC asked for never reaches the log");
    }
}
