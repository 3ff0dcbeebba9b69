package cn.eport.onboarding.ops;

import cn.eport.onboarding.directory.Directory;
import cn.eport.onboarding.directory.DirectorySettings;
import cn.eport.onboarding.directory.http.HttpSettings;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Probes each directory configured with the HTTP adapter for the readiness check (ADR 0032): a GET of
 * its base URL; any answer but a 5xx means the service is there. The table adapter needs no probe (the
 * database check covers it). A result is kept for {@link #CACHE_FOR}, so frequent probes of the
 * readiness endpoint do not hammer the upstream services.
 */
@ApplicationScoped
public class DirectoryHealth {

    public static final String CHECK_NAME = "directories";
    static final Duration CACHE_FOR = Duration.ofSeconds(10);
    /** The longest a probe waits, whatever the directory's own (look-up) timeouts say. */
    static final Duration MAX_WAIT = Duration.ofSeconds(2);

    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    private record Cached(DirectoryReachability result, long atNanos) {
        boolean fresh(long now) {
            return now - atNanos < CACHE_FOR.toNanos();
        }
    }

    /** The directories the configuration serves over HTTP, each probed (or its recent result); empty for none. */
    public List<DirectoryReachability> check(Function<String, Optional<String>> config) {
        List<DirectoryReachability> results = new ArrayList<>();
        for (Directory directory : Directory.values()) {
            DirectorySettings settings = DirectorySettings.read(directory, config);
            if (settings.adapter() == DirectorySettings.Adapter.HTTP) {
                results.add(probe(directory, settings.http()));
            }
        }
        return results;
    }

    private DirectoryReachability probe(Directory directory, HttpSettings http) {
        long now = System.nanoTime();
        String key = directory.name() + " " + http.baseUrl();
        Cached cached = cache.get(key);
        if (cached != null && cached.fresh(now)) {
            return cached.result();
        }
        DirectoryReachability result = reach(directory, http);
        cache.put(key, new Cached(result, now));
        return result;
    }

    private static DirectoryReachability reach(Directory directory, HttpSettings http) {
        Duration connect = min(http.connectTimeout(), MAX_WAIT);
        Duration read = min(http.readTimeout(), MAX_WAIT);
        HttpClient client = HttpClient.newBuilder().connectTimeout(connect).followRedirects(HttpClient.Redirect.NEVER).build();
        HttpRequest request = HttpRequest.newBuilder(http.baseUrl()).timeout(connect.plus(read)).GET().build();
        long start = System.nanoTime();
        String problem;
        try {
            int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            problem = status >= 500 ? "status " + status : null;
        } catch (HttpTimeoutException e) {
            problem = "timeout";
        } catch (IOException e) {
            problem = "connection failed";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            problem = "interrupted";
        }
        long latencyMs = Duration.ofNanos(System.nanoTime() - start).toMillis();
        return new DirectoryReachability(directory, problem == null, problem, latencyMs);
    }

    /**
     * The readiness answer for these results: one entry per directory, by its configuration name, "UP"
     * or "DOWN: &lt;why&gt;" and the probe's latency; none configured is UP with "not configured".
     */
    public static HealthCheckResponse readiness(List<DirectoryReachability> results) {
        HealthCheckResponseBuilder response = HealthCheckResponse.named(CHECK_NAME);
        if (results.isEmpty()) {
            return response.up().withData("http", "not configured").build();
        }
        for (DirectoryReachability result : results) {
            String name = result.directory().configName();
            response.withData(name, result.up() ? "UP" : "DOWN: " + result.problem())
                    .withData(name + ".latency_ms", result.latencyMs());
        }
        return response.status(results.stream().allMatch(DirectoryReachability::up)).build();
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
