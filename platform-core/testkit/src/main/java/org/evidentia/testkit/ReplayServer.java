package org.evidentia.testkit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.evidentia.api.Api;

/**
 * An HTTP server on the loopback interface that replays scripted responses, for testing code that
 * calls a web service (such as NCBI's E-utilities) without reaching the internet.
 *
 * <p>Each path has a queue of responses; each request to the path takes the next one. A request to
 * a path with no response left is answered {@code 599} with a body that says so, and recorded like
 * every other request, so a test sees what was asked. Requests are handled one at a time.
 *
 * <pre>{@code
 * try (ReplayServer server = ReplayServer.start()) {
 *     server.respond("/esearch.fcgi", ReplayServer.Response.ok(Files.readAllBytes(esearchXml)));
 *     ... call server.baseUri().resolve("esearch.fcgi") ...
 *     assertThat(server.requests().get(0).parameter("term")).isEqualTo("asthma");
 * }
 * }</pre>
 *
 * <p>Thread-safe. EXPERIMENTAL: made for testing retrievers, which are EXPERIMENTAL themselves.
 *
 * @since 0.1
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
public final class ReplayServer implements AutoCloseable {

    private final HttpServer server;
    private final Map<String, Deque<Response>> scripts = new LinkedHashMap<>();
    private final List<Request> requests = new ArrayList<>();

    private ReplayServer(HttpServer server) {
        this.server = server;
    }

    /** Starts a server on 127.0.0.1 at a free port. */
    public static ReplayServer start() {
        try {
            HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            ReplayServer replay = new ReplayServer(http);
            http.createContext("/", replay::handle);
            http.start();
            return replay;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code http://127.0.0.1:PORT/}. */
    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    /** Queues responses for requests to {@code path} (such as {@code /esearch.fcgi}), answered in order. */
    public synchronized ReplayServer respond(String path, Response... responses) {
        Deque<Response> queue = scripts.computeIfAbsent(path, p -> new ArrayDeque<>());
        queue.addAll(List.of(responses));
        return this;
    }

    /** Every request so far, in the order received. */
    public synchronized List<Request> requests() {
        return List.copyOf(requests);
    }

    /** The requests so far to one path. */
    public synchronized List<Request> requests(String path) {
        return requests.stream().filter(r -> r.path().equals(path)).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        Response response;
        try {
            response = record(exchange);
        } catch (IOException | RuntimeException e) {
            exchange.close();
            throw e;
        }
        response.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        if (response.cutAfter() >= 0) {
            // Announce the whole body, send only part of it, then close: a connection lost mid-response.
            exchange.sendResponseHeaders(response.status(), response.body().length);
            OutputStream out = exchange.getResponseBody();
            try {
                out.write(response.body(), 0, response.cutAfter());
                out.flush();
                exchange.close();
            } catch (IOException expected) {
                // the server complains that fewer bytes were written than announced: that is the point
            }
            return;
        }
        exchange.sendResponseHeaders(response.status(), response.body().length == 0 ? -1 : response.body().length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(response.body());
        } finally {
            exchange.close();
        }
    }

    /** Records the request and takes its scripted response. */
    private Response record(HttpExchange exchange) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        Map<String, List<String>> parameters = new TreeMap<>();
        parse(exchange.getRequestURI().getRawQuery(), parameters);
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        if (type != null && type.startsWith("application/x-www-form-urlencoded")) {
            parse(new String(body, StandardCharsets.UTF_8), parameters);
        }
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, String.join(",", values)));
        String path = exchange.getRequestURI().getPath();
        synchronized (this) {
            requests.add(new Request(exchange.getRequestMethod(), path, parameters, headers));
            Deque<Response> queue = scripts.get(path);
            return queue == null || queue.isEmpty()
                    ? Response.status(599, "the replay server has no response left for " + path)
                    : queue.removeFirst();
        }
    }

    private static void parse(String encoded, Map<String, List<String>> into) {
        if (encoded == null || encoded.isEmpty()) {
            return;
        }
        for (String pair : encoded.split("&")) {
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            into.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
    }

    /**
     * A scripted response.
     *
     * @param status   the HTTP status
     * @param headers  response headers
     * @param body     the body
     * @param cutAfter when at least 0, only this many bytes of the body are sent before the connection
     *                 is closed, although the whole length was announced
     * @since 0.1
     */
    @Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
    public record Response(int status, Map<String, String> headers, byte[] body, int cutAfter) {

        public Response {
            headers = Map.copyOf(headers);
        }

        /** 200 with this body. */
        public static Response ok(byte[] body) {
            return new Response(200, Map.of(), body, -1);
        }

        /** 200 with the bytes of this file. */
        public static Response ok(Path file) {
            try {
                return ok(Files.readAllBytes(file));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Any status with a UTF-8 body. */
        public static Response status(int status, String body) {
            return new Response(status, Map.of(), body.getBytes(StandardCharsets.UTF_8), -1);
        }

        /** This response with another status. */
        public Response withStatus(int other) {
            return new Response(other, headers, body, cutAfter);
        }

        /** This response with one more header. */
        public Response withHeader(String name, String value) {
            Map<String, String> more = new LinkedHashMap<>(headers);
            more.put(name, value);
            return new Response(status, more, body, cutAfter);
        }

        /** This response cut off after {@code bytes} bytes of its body. */
        public Response cutAfter(int bytes) {
            return new Response(status, headers, body, bytes);
        }
    }

    /**
     * A request the server received.
     *
     * @param method     GET, POST, ...
     * @param path       the path, such as {@code /esearch.fcgi}
     * @param parameters query-string and form parameters, by name, values in order
     * @param headers    request headers, by name (case-insensitive)
     * @since 0.1
     */
    @Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
    public record Request(String method, String path, Map<String, List<String>> parameters, Map<String, String> headers) {

        public Request {
            parameters = Collections.unmodifiableMap(parameters);
            headers = Collections.unmodifiableMap(headers);
        }

        /** The first value of a parameter, or null. */
        public String parameter(String name) {
            List<String> values = parameters.get(name);
            return values == null || values.isEmpty() ? null : values.get(0);
        }
    }
}
