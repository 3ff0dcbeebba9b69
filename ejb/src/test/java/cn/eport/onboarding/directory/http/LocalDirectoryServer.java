package cn.eport.onboarding.directory.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A directory service on 127.0.0.1 (ephemeral port) that answers from a script: each request
 * takes the next reply, the last reply repeats. It records every request URI.
 */
final class LocalDirectoryServer implements AutoCloseable {

    record Reply(int status, String body, Duration delay) {
        static Reply json(String body) {
            return new Reply(200, body, Duration.ZERO);
        }

        static Reply status(int status) {
            return new Reply(status, null, Duration.ZERO);
        }

        static Reply slow(Duration delay) {
            return new Reply(200, "{}", delay);
        }
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final Queue<Reply> script = new ConcurrentLinkedQueue<>();
    private final List<URI> requests = new CopyOnWriteArrayList<>();

    LocalDirectoryServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        server.setExecutor(threads);
        server.start();
    }

    /** The replies to the next requests, in order; the last one answers every further request. */
    LocalDirectoryServer replies(Reply... replies) {
        script.clear();
        script.addAll(List.of(replies));
        return this;
    }

    URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api");
    }

    List<URI> requests() {
        return requests;
    }

    private void answer(HttpExchange exchange) throws IOException {
        requests.add(exchange.getRequestURI());
        Reply reply = script.size() > 1 ? script.poll() : script.peek();
        if (reply == null) {
            reply = Reply.status(500);
        }
        try (exchange) {
            if (!reply.delay().isZero()) {
                try {
                    Thread.sleep(reply.delay().toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            if (reply.body() == null) {
                exchange.sendResponseHeaders(reply.status(), -1);
                return;
            }
            byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
            exchange.sendResponseHeaders(reply.status(), body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
