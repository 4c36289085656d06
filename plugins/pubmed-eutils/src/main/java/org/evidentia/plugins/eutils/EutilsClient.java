package org.evidentia.plugins.eutils;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javax.net.ssl.SSLException;

/**
 * Calls the E-utilities as NCBI asks: every request carries the common parameters the retriever
 * gives ({@code tool}, and {@code email} and {@code api_key} for NCBI's own address only), is paced by the retriever's
 * one {@link RequestPacing} (shared by all its searches) at the interval it gives,
 * and is retried with exponential backoff (1, 2, 4, ... s, at most 60 s, longer when the server
 * sends {@code Retry-After}) after a network error, HTTP 429 or 5xx, or an answer that is cut off.
 * Other HTTP errors fail at once, and so does a host whose address cannot be found before any
 * answer came from it (offline, or behind a proxy). Answers are streamed to a file, so a large EFetch batch never
 * sits in memory, capped in size, so an endless one cannot fill the disk, and given {@code timeout} as a whole,
 * so one that trickles in under the cap cannot hold the run for ever. Used by one thread.
 */
final class EutilsClient {

    private static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(60);
    private static final int QUOTED = 200;

    private final HttpClient http;
    private final URI base;
    private final Map<String, String> common;
    private final RequestPacing pacing;
    private final Duration interval;
    private final Timing timing;
    private final int retries;
    private final Duration timeout;
    private final Consumer<String> progress;
    /** Whether the host has answered: once it has, an address not found is a passing failure, retried like the others. */
    private boolean answered;

    /**
     * @param common   parameters sent with every request (tool, email, api_key)
     * @param pacing   the pacing of all the requests the retriever makes, this client's among them
     * @param interval the least time NCBI's limit allows between this client's requests (350 ms, or 110 ms with a key)
     * @param progress where retries are told
     */
    EutilsClient(HttpClient http, URI base, Map<String, String> common, RequestPacing pacing, Duration interval, Timing timing,
                 int retries, Duration timeout, Consumer<String> progress) {
        this.http = http;
        this.base = base;
        this.common = Map.copyOf(common);
        this.pacing = pacing;
        this.interval = interval;
        this.timing = timing;
        this.retries = retries;
        this.timeout = timeout;
        this.progress = progress;
    }

    /** Reads a saved answer; throws {@link RetryableException} when another attempt may mend it. */
    @FunctionalInterface
    interface Answer<T> {
        T read(Path file) throws IOException;
    }

    /**
     * POSTs {@code parameters} to {@code utility} (such as {@code esearch.fcgi}), saves a 200 answer to
     * {@code target} and hands it to {@code answer}, retrying as described above. An answer longer
     * than {@code maxBytes} is not read further, not retried, and its file is deleted: the address is
     * the pipeline file's, and an endless answer would fill the disk and then the memory.
     *
     * @throws IOException when the request fails for good; the message names the utility and the last failure
     */
    <T> T call(String utility, Map<String, String> parameters, Path target, long maxBytes, Answer<T> answer) throws IOException {
        Map<String, String> all = new LinkedHashMap<>(parameters);
        all.putAll(common);
        HttpRequest request = HttpRequest.newBuilder(base.resolve(utility))
                .timeout(timeout)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(all)))
                .build();
        int attempts = retries + 1;
        for (int attempt = 1; ; attempt++) {
            String failure = null;
            IOException networkError = null;
            Duration serverWait = Duration.ZERO;
            HttpResponse<Path> response;
            BoundedBody body = new BoundedBody(maxBytes, timeout);
            CompletableFuture<Void> deadline = null;
            try {
                pacing.await(interval);
                // the request's own timeout ends at the answer's headers; this one ends the body still arriving then
                deadline = CompletableFuture.runAsync(body::expire,
                        CompletableFuture.delayedExecutor(timeout.toMillis(), TimeUnit.MILLISECONDS));
                // ofFile alone does not truncate: a shorter answer after a longer one would keep the longer one's tail
                // the answer's headers: the server has the request, and the next one is paced from here
                response = http.send(request, info -> {
                    pacing.answered();
                    return body.into(HttpResponse.BodySubscribers.ofFile(target, StandardOpenOption.CREATE,
                            StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING));
                });
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while calling " + utility);
            } catch (HttpConnectTimeoutException e) {
                // no connection at all, as behind a firewall that drops packets, was told as "no answer within 120 s" after the
                // connection's own 30 s (the review of session 23, P14)
                response = null;
                failure = "cannot connect to " + base.getHost() + " within " + http.connectTimeout().orElse(timeout).toSeconds()
                        + " s (a firewall that drops the connection, or is this machine offline?)";
            } catch (HttpTimeoutException e) {
                response = null;
                failure = "no answer within " + timeout.toSeconds() + " s";
            } catch (IOException e) {
                String local = localFailure(e, target);
                if (cause(e, BoundedBody.TooLate.class)) {
                    // trickled in under the cap: a network failure like no answer at all, and retried like one
                    response = null;
                    failure = "the answer was still arriving after " + timeout.toSeconds() + " s, the time one request may take"
                            + " (timeout-seconds)";
                } else if (cause(e, BoundedBody.TooLarge.class)) {
                    Files.deleteIfExists(target);
                    throw new IOException(String.format(Locale.ROOT, "%s: the answer of %s is larger than %,d bytes (%d MiB), the most"
                            + " evidentia reads of one %s answer; it stopped reading it and deleted what it had saved", utility,
                            request.uri(), maxBytes, maxBytes >> 20, utility.replace(".fcgi", "")));
                } else if (unresolved(e) && !answered) {
                    // offline, or behind a proxy: waiting a minute through the retries would not find the address
                    throw new IOException(utility + " failed: " + inWords(e), e);
                } else if (local != null) {
                    // the cache's own disk or folder, which no retry mends (the review of session 23, P4 and P5: a full disk, or a
                    // folder another run replaced, were told as network errors and retried five times)
                    throw new IOException(utility + ": cannot save its answer into the search cache " + target.getParent() + ": "
                            + local, e);
                } else if (cause(e, SSLException.class) && untrusted(e)) {
                    // a certificate Java does not trust, or a server that speaks no TLS, is no passing fault (the review of
                    // session 23, P6); a handshake the server cut short is one, retried as any connection's failure (R7)
                    throw new IOException(utility + " failed: the secure connection to " + base.getHost() + " failed (" + inWords(e)
                            + "); a network whose proxy inspects HTTPS needs its certificate trusted by Java: see docs/pubmed-search.md,"
                            + " \"Proxies and certificates\"", e);
                } else {
                    // refused, reset, cut off mid-answer: the connection's failures, all worth another attempt
                    response = null;
                    networkError = e;
                    failure = "network error: " + inWords(e);
                }
            } finally {
                if (deadline != null) {
                    deadline.cancel(false);
                }
            }
            if (response != null) {
                answered = true;
                int status = response.statusCode();
                if (status == 200) {
                    try {
                        return answer.read(target);
                    } catch (RetryableException e) {
                        failure = e.getMessage();
                    } catch (MarkupLengthLimit.TooLong e) {
                        Files.deleteIfExists(target);
                        throw new IOException(utility + ": the answer of " + request.uri() + " " + e.getMessage()
                                + "; it stopped reading it and deleted what it had saved", e);
                    }
                } else if (status == 429 || status >= 500) {
                    failure = "HTTP " + status + describeBody(target);
                    serverWait = retryAfter(response);
                } else {
                    throw new IOException(utility + " answered HTTP " + status + describeBody(target)
                            + "; expected 200 (check the query and the pubmed options)");
                }
            }
            if (attempt >= attempts) {
                throw new IOException(utility + " failed " + attempts + (attempts == 1 ? " time" : " times")
                        + "; the last time: " + failure, networkError);
            }
            Duration backoff = FIRST_BACKOFF.multipliedBy(1L << Math.min(attempt - 1, 20));
            backoff = backoff.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff;
            if (serverWait.compareTo(backoff) > 0) {
                backoff = serverWait;
            }
            progress.accept(utility + ": " + failure + "; trying again in " + backoff.toSeconds() + " s (attempt "
                    + (attempt + 1) + " of " + attempts + ")");
            try {
                timing.sleep(backoff);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while waiting to call " + utility + " again");
            }
        }
    }

    /**
     * A connection's failure in words. Java's HTTP client throws a {@link ConnectException} without a
     * message, its reason in the cause, so the exception itself read "network error:
     * java.net.ConnectException" to a user who is offline or behind a proxy.
     */
    private String inWords(IOException e) {
        String host = base.getHost();
        if (unresolved(e)) {
            return "cannot find the address of " + host + " (is this machine offline, or does it need a proxy?)";
        }
        String reason = null;
        for (Throwable cause = e; cause != null && reason == null; cause = cause.getCause()) {
            reason = cause.getMessage() == null || cause.getMessage().isBlank() ? null : cause.getMessage();
        }
        if (e instanceof ConnectException) {
            return "cannot connect to " + host + (reason == null ? "" : " (" + reason + ")");
        }
        return reason == null ? e.getClass().getSimpleName() : reason;
    }

    /**
     * Why saving the answer into {@code target} failed on this machine's side, in words, or null when the failure is the
     * connection's: the folder is gone (another run of the same search replaced it), cannot be written, or the disk is full.
     */
    private static String localFailure(IOException e, Path target) {
        if (!Files.isDirectory(target.getParent())) {
            return "the folder is gone (is another evidentia run fetching the same search?); run the command again";
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            String message = cause.getMessage() == null ? "" : cause.getMessage();
            if (cause instanceof java.nio.file.AccessDeniedException) {
                return "permission denied; set EVIDENTIA_CACHE_DIR to a folder you can write";
            }
            if (message.contains("No space left on device") || message.contains("Disk quota exceeded")) {
                return message.toLowerCase(Locale.ROOT) + "; free space, or set EVIDENTIA_CACHE_DIR to a folder with room";
            }
            if (cause instanceof java.nio.file.FileSystemException) {
                return message;
            }
        }
        return null;
    }

    /** Whether a failed secure connection failed on what no retry mends: the server's certificate, or no TLS at all. */
    private static boolean untrusted(IOException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            String message = cause.getMessage() == null ? "" : cause.getMessage().toLowerCase(Locale.ROOT);
            if (cause instanceof java.security.cert.CertificateException || message.contains("pkix")
                    || message.contains("certificate") || message.contains("unrecognized ssl message")) {
                return true;
            }
        }
        return false;
    }

    private static boolean cause(IOException e, Class<? extends IOException> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Passes an answer's body to its delegate until it exceeds {@code maxBytes} or {@link #expire()} is
     * called (when the time for the request is up), then cancels the download and fails with
     * {@link TooLarge} or {@link TooLate}. The HTTP client delivers the body on its thread and the
     * deadline comes on another, hence the locking.
     */
    private static final class BoundedBody implements HttpResponse.BodySubscriber<Path> {

        /** The answer was larger than allowed. */
        static final class TooLarge extends IOException {
            TooLarge(long maxBytes) {
                super("the answer is larger than " + maxBytes + " bytes");
            }
        }

        /** The answer was still arriving when the time for the request was up. */
        static final class TooLate extends IOException {
            TooLate(Duration timeout) {
                super("the answer was still arriving after " + timeout.toSeconds() + " s");
            }
        }

        private final long maxBytes;
        private final Duration timeout;
        private HttpResponse.BodySubscriber<Path> delegate;
        private Flow.Subscription subscription;
        private long received;
        /** Whether the delegate was told the end: completed, failed, or cut short here. */
        private boolean ended;
        private boolean expired;

        BoundedBody(long maxBytes, Duration timeout) {
            this.maxBytes = maxBytes;
            this.timeout = timeout;
        }

        /** This subscriber, passing the body to {@code target}. */
        synchronized BoundedBody into(HttpResponse.BodySubscriber<Path> target) {
            delegate = target;
            return this;
        }

        /** The time for the request is up: a body still arriving is cancelled, and one that starts later at once. */
        synchronized void expire() {
            expired = true;
            if (subscription != null) {
                fail(new TooLate(timeout));
            }
        }

        @Override
        public CompletionStage<Path> getBody() {
            return delegate.getBody();
        }

        @Override
        public synchronized void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            delegate.onSubscribe(subscription);
            if (expired) {
                fail(new TooLate(timeout));
            }
        }

        @Override
        public synchronized void onNext(List<ByteBuffer> buffers) {
            if (ended) {
                return;
            }
            for (ByteBuffer buffer : buffers) {
                received += buffer.remaining();
            }
            if (received > maxBytes) {
                fail(new TooLarge(maxBytes));
                return;
            }
            delegate.onNext(buffers);
        }

        @Override
        public synchronized void onError(Throwable error) {
            if (!ended) {
                ended = true;
                delegate.onError(error);
            }
        }

        @Override
        public synchronized void onComplete() {
            if (!ended) {
                ended = true; // a deadline that comes now has nothing to stop
                delegate.onComplete();
            }
        }

        private void fail(IOException why) {
            if (!ended) {
                ended = true;
                subscription.cancel();
                delegate.onError(why);
            }
        }
    }

    private static boolean unresolved(IOException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof UnresolvedAddressException || cause instanceof UnknownHostException) {
                return true;
            }
        }
        return false;
    }

    private static Duration retryAfter(HttpResponse<?> response) {
        return response.headers().firstValue("Retry-After").map(value -> {
            try {
                long seconds = Long.parseLong(value.strip());
                return Duration.ofSeconds(Math.min(Math.max(seconds, 0), MAX_BACKOFF.toSeconds()));
            } catch (NumberFormatException e) {
                return Duration.ZERO; // an HTTP date: rare, and the backoff covers it
            }
        }).orElse(Duration.ZERO);
    }

    /**
     * The start of an error answer, for messages. NCBI's HTTP 429 answer repeats the API key it was
     * sent; the key is masked, so that it reaches neither the terminal nor a log.
     */
    private String describeBody(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            String text = new String(in.readNBytes(QUOTED), StandardCharsets.UTF_8).strip().replaceAll("\\s+", " ");
            String key = common.get("api_key");
            if (key != null && !key.isEmpty()) {
                text = text.replace(key, "***");
            }
            return text.isEmpty() ? "" : " (" + text + ")";
        } catch (IOException e) {
            return "";
        }
    }

    private static String form(Map<String, String> parameters) {
        StringBuilder body = new StringBuilder();
        parameters.forEach((name, value) -> {
            if (body.length() > 0) {
                body.append('&');
            }
            body.append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        });
        return body.toString();
    }
}
