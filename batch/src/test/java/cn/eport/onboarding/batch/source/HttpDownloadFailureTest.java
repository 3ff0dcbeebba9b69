package cn.eport.onboarding.batch.source;

import jakarta.ws.rs.ProcessingException;
import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.net.SocketTimeoutException;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** How a failed request of the Rest Client reads to the operator (never its own message: it may quote the URL). */
class HttpDownloadFailureTest {

    @Test
    void aTimeoutAnywhereInTheCausesIsATimeout() {
        assertEquals("等待服务器答复超时", HttpSourceOpener.unreachable(
                new ProcessingException(new SocketTimeoutException("Read timed out http://user:pw@host/x"))).getMessage());
    }

    @Test
    void anythingElseIsNamedByTheRootCauseType() {
        assertEquals("无法连接服务器（ConnectException）", HttpSourceOpener.unreachable(
                new ProcessingException("http://user:pw@host/x", new ConnectException("Connection refused"))).getMessage());
    }
}
