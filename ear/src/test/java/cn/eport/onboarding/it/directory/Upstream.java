package cn.eport.onboarding.it.directory;

import cn.eport.onboarding.it.Deployments;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.spi.ConfigProviderResolver;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The upstream WAR on Payara Micro that the ear build starts beside the test server (port
 * it.portbase + it.upstream.port.offset; config/src/main/scripts/upstream.sh), as the tests in the
 * server reach it. The deployment (built outside the server, where the build's system properties
 * are) writes upstream's address into the test WAR; the tests inside the server read it back.
 */
public final class Upstream {

    private static final String ADDRESS = "cn/eport/onboarding/it/directory/upstream-address.txt";

    private Upstream() {
    }

    /** {@link Deployments#earWithTests} with these classes, and upstream's address for them. */
    public static EnterpriseArchive earWithTests(Class<?>... testClasses) {
        Class<?>[] classes = Arrays.copyOf(testClasses, testClasses.length + 1);
        classes[testClasses.length] = Upstream.class;
        EnterpriseArchive ear = Deployments.earWithTests(classes);
        int port = Integer.getInteger("eport.it.portbase", 28000) + Integer.getInteger("eport.it.upstream.port.offset", 90);
        ear.getAsType(WebArchive.class, Deployments.WAR)
                .addAsResource(new StringAsset("http://127.0.0.1:" + port + "/upstream"), ADDRESS);
        return ear;
    }

    /** {@code http://127.0.0.1:<port>/upstream}, in the server. */
    public static String baseUrl() {
        try (InputStream in = Upstream.class.getClassLoader().getResourceAsStream(ADDRESS)) {
            if (in == null) {
                throw new IllegalStateException("deploy with Upstream.earWithTests: " + ADDRESS + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The base URL of the five directory services. */
    public static String directories() {
        return baseUrl() + "/api";
    }

    /** A fault segment no other test uses, so its request count is this test's alone. */
    public static String fault(String kind) {
        return kind + "~" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The base URL of services that play this fault. */
    public static String withFault(String segment) {
        return baseUrl() + "/faults/" + segment;
    }

    /** How many requests upstream got for this fault segment. */
    public static int requests(String segment) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(withFault(segment) + "/requests"))
                .timeout(Duration.ofSeconds(10)).GET().build();
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new AssertionError("upstream answered " + response.statusCode() + " for the request count");
            }
            return Integer.parseInt(response.body().strip());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** A MicroProfile Config of just these values, built by the server's own Config implementation. */
    public static Config config(Map<String, String> values) {
        ConfigSource source = new ConfigSource() {
            @Override
            public Set<String> getPropertyNames() {
                return values.keySet();
            }

            @Override
            public String getValue(String name) {
                return values.get(name);
            }

            @Override
            public String getName() {
                return "Upstream test configuration";
            }
        };
        return ConfigProviderResolver.instance().getBuilder().withSources(source).build();
    }

    /** The configuration that makes one directory ask an HTTP service at this base URL. */
    public static Config http(String directory, String baseUrl, String... more) {
        Map<String, String> values = new java.util.HashMap<>();
        values.put("eport.directory." + directory + ".adapter", "http");
        values.put("eport.directory." + directory + ".url", baseUrl);
        for (int i = 0; i + 1 < more.length; i += 2) {
            values.put("eport.directory." + directory + "." + more[i], more[i + 1]);
        }
        return config(values);
    }
}
