package cn.eport.onboarding.it.security;

import cn.eport.onboarding.it.AdminPassword;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * The Payara admin port of the domains we create (issue 8): it wants the domain's own password,
 * which only the domain's password file holds, and it, JMX, IIOP and the JMS broker listen on
 * 127.0.0.1 only. No deployment: these are properties of the server.
 */
class AdminPortIT {

    private static final int ADMIN_PORT = Integer.getInteger("payara.adminPort");
    private static final int PORT_BASE = Integer.getInteger("eport.it.portbase");
    private static final String VERSION = "http://127.0.0.1:" + ADMIN_PORT + "/management/domain/version";

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void refusesCallsWithoutThePassword() {
        HttpResponse<String> anonymous = send(HttpRequest.newBuilder(URI.create(VERSION)));
        assertEquals(401, anonymous.statusCode(), anonymous.body());
        assertFalse(anonymous.body().contains("6.2025"), anonymous.body());

        HttpResponse<String> emptyPassword = send(withBasicAuth("admin", ""));
        assertEquals(401, emptyPassword.statusCode(), emptyPassword.body());
    }

    @Test
    void answersWithTheDomainsOwnPassword() {
        HttpResponse<String> answer = send(withBasicAuth("admin", AdminPassword.read()));
        assertEquals(200, answer.statusCode(), "status");
        assertTrue(answer.body().contains("SUCCESS"), "body");
    }

    @Test
    void thePasswordFileIsReadableByItsOwnerOnly() throws IOException {
        assertEquals(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE),
                Files.getPosixFilePermissions(AdminPassword.file()));
    }

    @Test
    void adminJmxIiopAndJmsListenOnLoopbackOnly() throws IOException {
        Map<String, Integer> ports = Map.of("admin", ADMIN_PORT, "IIOP", PORT_BASE + 37, "JMS", PORT_BASE + 76,
                "JMX", PORT_BASE + 86);
        assertTrue(accepts(InetAddress.getLoopbackAddress(), ADMIN_PORT), "admin port on 127.0.0.1");
        List<InetAddress> outside = nonLoopbackAddresses();
        assumeFalse(outside.isEmpty(), "this machine has no address but loopback");
        for (InetAddress address : outside) {
            ports.forEach((name, port) -> assertFalse(accepts(address, port),
                    name + " port " + port + " answers on " + address.getHostAddress()));
        }
    }

    private HttpRequest.Builder withBasicAuth(String user, String password) {
        String credentials = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create(VERSION)).header("Authorization", "Basic " + credentials);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.header("Accept", "application/json").GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** This machine's own addresses other than loopback and link-local (the ones a neighbour would use). */
    private static List<InetAddress> nonLoopbackAddresses() throws SocketException {
        List<InetAddress> addresses = new ArrayList<>();
        for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (network.isUp() && !network.isLoopback()) {
                Collections.list(network.getInetAddresses()).stream()
                        .filter(address -> !address.isLinkLocalAddress())
                        .forEach(addresses::add);
            }
        }
        return addresses;
    }

    private static boolean accepts(InetAddress address, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 2000);
            return true;
        } catch (ConnectException | SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            throw new IllegalStateException(address + ":" + port, e);
        }
    }
}
