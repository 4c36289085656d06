package org.evidentia.plugins.eutils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.evidentia.api.Retrieval;
import org.evidentia.testkit.PluginTestKit;
import org.evidentia.testkit.ReplayServer;
import org.evidentia.testkit.ReplayServer.Request;
import org.evidentia.testkit.ReplayServer.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class PubmedRetrieverTest {

    private static final String QUERY = "fibromyalgia AND cytokin*";
    private static final String ESEARCH = "/esearch.fcgi";
    private static final String EFETCH = "/efetch.fcgi";
    /** The longest text, comment or tag read in an answer (MarkupLengthLimit.LONGEST). */
    private static final int ONE_MIB = 1 << 20;

    @TempDir
    Path cache;

    private ReplayServer server;
    private final VirtualTime time = new VirtualTime();
    private PubmedRetriever retriever;

    @BeforeEach
    void startServer() {
        server = ReplayServer.start();
        retriever = new PubmedRetriever(time, server.baseUri()); // the local server stands for NCBI's, which gets the key
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void searchesWithTheHistoryServerThenFetchesInBatchesAsXml() throws IOException {
        scriptTheFibromyalgiaSearch();
        TestRetrievalContext context = context(Map.of("email", "reviewer@example.org"), Map.of());

        Retrieval retrieval = retriever.retrieve(QUERY, context);

        assertThat(server.requests()).extracting(Request::path).containsExactly(ESEARCH, EFETCH, EFETCH);
        Request search = server.requests().get(0);
        assertThat(search.method()).isEqualTo("POST");
        assertThat(search.parameters()).containsEntry("db", List.of("pubmed")).containsEntry("term", List.of(QUERY))
                .containsEntry("usehistory", List.of("y")).containsEntry("tool", List.of("evidentia"))
                .containsEntry("email", List.of("reviewer@example.org")).doesNotContainKey("api_key");
        List<Request> fetches = server.requests(EFETCH);
        assertThat(fetches).extracting(r -> r.parameter("retstart")).containsExactly("0", "2");
        assertThat(fetches).allSatisfy(r -> {
            assertThat(r.parameter("WebEnv")).isEqualTo("MCID_6a1f0c2e9b3d4e5f60718293");
            assertThat(r.parameter("query_key")).isEqualTo("1");
            assertThat(r.parameter("retmax")).isEqualTo("2");
            assertThat(r.parameter("retmode")).isEqualTo("xml");
            assertThat(r.parameter("db")).isEqualTo("pubmed");
            assertThat(r.parameter("tool")).isEqualTo("evidentia");
        });

        assertThat(retrieval.query()).isEqualTo(QUERY);
        assertThat(retrieval.count()).isEqualTo(3);
        assertThat(retrieval.searched()).isEqualTo(context.now);
        assertThat(retrieval.reused()).isFalse();
        assertThat(retrieval.files()).hasSize(2);
        assertThat(retrieval.files().get(0)).hasSameBinaryContentAs(replay("efetch-fibromyalgia-1.xml"));
        assertThat(retrieval.files().get(1)).hasSameBinaryContentAs(replay("efetch-fibromyalgia-2.xml"));
        assertThat(retrieval.files()).allSatisfy(f -> assertThat(f).startsWith(cache));
        assertThat(retrieval.details())
                .containsEntry("query_translation", "(\"fibromyalgia\"[MeSH Terms] OR \"fibromyalgia\"[All Fields]) AND \"cytokin*\"[All Fields]")
                .containsEntry("database", "pubmed").containsEntry("records_fetched", "3").containsEntry("batches", "2")
                .containsEntry("api_key", "none").containsEntry("eutils", server.baseUri().toString());
        assertThat(context.notices).isEmpty();
        assertThat(context.progress).contains("found 3 records", "fetching records 1 to 2 of 3", "fetching records 3 to 3 of 3");
    }

    @Test
    void requestsAreSpacedForThreeASecondWithoutAKeyAndTenWithOne() throws IOException {
        scriptTheFibromyalgiaSearch();
        retriever.retrieve(QUERY, context(Map.of(), Map.of()));
        assertThat(time.sleeps()).containsExactly(Duration.ofMillis(350), Duration.ofMillis(350));

        VirtualTime keyed = new VirtualTime();
        scriptTheFibromyalgiaSearch();
        Retrieval withKey = new PubmedRetriever(keyed, server.baseUri()).retrieve(QUERY,
                context(Map.of("max-age-hours", 0), Map.of("NCBI_API_KEY", "k-0123456789")));

        assertThat(keyed.sleeps()).containsExactly(Duration.ofMillis(110), Duration.ofMillis(110));
        assertThat(server.requests().subList(3, 6)).allSatisfy(r -> assertThat(r.parameter("api_key")).isEqualTo("k-0123456789"));
        assertThat(withKey.details()).containsEntry("api_key", "from NCBI_API_KEY");
        assertThat(withKey.details().values()).noneMatch(v -> v.contains("k-0123456789"));
    }

    @Test
    void busyAnswersAreRetriedWithBackoffAndRetryAfterIsHonoured() throws IOException {
        server.respond(ESEARCH,
                Response.ok(replay("rate-limit-exceeded.json")).withHeader("Retry-After", "5").withStatus(429),
                Response.status(503, "Service Unavailable"),
                Response.ok(replay("esearch-fibromyalgia.xml")));
        server.respond(EFETCH, Response.ok(replay("efetch-fibromyalgia-all.xml")));
        TestRetrievalContext context = context(Map.of("batch-size", 3), Map.of());

        Retrieval retrieval = retriever.retrieve(QUERY, context);

        assertThat(retrieval.count()).isEqualTo(3);
        assertThat(server.requests(ESEARCH)).hasSize(3);
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(5), Duration.ofSeconds(2), Duration.ofMillis(350));
        assertThat(context.progress).contains(
                "esearch.fcgi: HTTP 429 ({\"error\":\"API rate limit exceeded\",\"api-key\":\"203.0.113.7\",\"count\":\"4\",\"limit\":\"3\"});"
                        + " trying again in 5 s (attempt 2 of 6)",
                "esearch.fcgi: HTTP 503 (Service Unavailable); trying again in 2 s (attempt 3 of 6)");
    }

    @Test
    void theApiKeyThatNcbiRepeatsInItsRateLimitAnswerIsNeverShown() throws IOException {
        server.respond(ESEARCH,
                Response.status(429, "{\"error\":\"API rate limit exceeded\",\"api-key\":\"k-0123456789\",\"count\":\"11\",\"limit\":\"10\"}"),
                Response.ok(replay("esearch-nothing-found.xml")));
        TestRetrievalContext context = context(Map.of(), Map.of("NCBI_API_KEY", "k-0123456789"));

        retriever.retrieve("zzqxv", context);

        assertThat(context.progress).contains("esearch.fcgi: HTTP 429 ({\"error\":\"API rate limit exceeded\",\"api-key\":\"***\","
                + "\"count\":\"11\",\"limit\":\"10\"}); trying again in 1 s (attempt 2 of 6)");
        assertThat(String.join("\n", context.progress) + String.join("\n", context.notices)).doesNotContain("k-0123456789");
    }

    @Test
    void aConnectionLostMidAnswerAndAnAnswerCutShortAreFetchedAgain() throws IOException {
        byte[] batch = Files.readAllBytes(replay("efetch-fibromyalgia-all.xml"));
        server.respond(ESEARCH, Response.ok(replay("esearch-fibromyalgia.xml")));
        server.respond(EFETCH,
                Response.ok(batch).cutAfter(700),
                Response.ok(java.util.Arrays.copyOf(batch, 3000)),
                Response.ok(batch));
        TestRetrievalContext context = context(Map.of("batch-size", 3), Map.of());

        Retrieval retrieval = retriever.retrieve(QUERY, context);

        assertThat(server.requests(EFETCH)).hasSize(3);
        assertThat(retrieval.files()).singleElement().satisfies(f -> assertThat(f).hasSameBinaryContentAs(replay("efetch-fibromyalgia-all.xml")));
        assertThat(context.progress).anySatisfy(p -> assertThat(p).startsWith("efetch.fcgi: network error: "));
        assertThat(context.progress).anySatisfy(p -> assertThat(p)
                .startsWith("efetch.fcgi: the EFetch answer is not well-formed XML at line ").endsWith("(cut off?); trying again in 2 s (attempt 3 of 6)"));
    }

    @Test
    void aFailingServiceIsGivenUpAfterTheRetriesWithItsLastFailure() {
        server.respond(ESEARCH, Response.status(502, "Bad Gateway"), Response.status(502, "Bad Gateway"), Response.status(500, "oops"));

        assertThatThrownBy(() -> retriever.retrieve(QUERY, context(Map.of("retries", 2), Map.of())))
                .isInstanceOf(IOException.class)
                .hasMessage("esearch.fcgi failed 3 times; the last time: HTTP 500 (oops)");
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
    }

    /** Offline, the message was "network error: java.net.ConnectException": Java's client gives its reason only in the cause. */
    @Test
    void aRefusedConnectionIsToldInWordsWithTheHostAndKeptAsTheCause() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        TestRetrievalContext context = context(Map.of("base-url", "http://127.0.0.1:" + closedPort + "/", "retries", 1), Map.of());

        assertThatThrownBy(() -> retriever.retrieve(QUERY, context))
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith("esearch.fcgi failed 2 times; the last time: network error: cannot connect to 127.0.0.1")
                .hasMessageNotContaining("java.")
                .hasCauseInstanceOf(java.net.ConnectException.class);
        assertThat(context.progress).anySatisfy(p -> assertThat(p)
                .startsWith("esearch.fcgi: network error: cannot connect to 127.0.0.1").doesNotContain("java."));
    }

    /**
     * A server on a loopback port that does {@code withEachClient} with every connection, then closes it, until the socket
     * is closed: for the answers of a TLS handshake that no {@link ReplayServer}, which speaks plain HTTP, gives.
     */
    private static ServerSocket socketServer(SocketAction withEachClient) throws IOException {
        ServerSocket server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
        Thread answering = new Thread(() -> {
            while (!server.isClosed()) {
                try (Socket client = server.accept()) {
                    withEachClient.accept(client);
                } catch (IOException closed) {
                    return;
                }
            }
        });
        answering.setDaemon(true);
        answering.start();
        return server;
    }

    @FunctionalInterface
    private interface SocketAction {
        void accept(Socket client) throws IOException;
    }

    /**
     * The review of session 23, P6: a secure connection that failed (a certificate Java does not trust, behind a proxy that
     * inspects HTTPS) was retried five times as a "network error"; it fails at once, pointing to the docs. Here the server
     * speaks no TLS at all, which fails the handshake as an untrusted certificate does.
     */
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aSecureConnectionThatFailsFailsAtOnceAndSaysWhereToLook() throws Exception {
        try (ServerSocket plain = socketServer(client -> client.getOutputStream()
                .write("HTTP/1.1 400 Bad Request\r\n\r\n".getBytes(StandardCharsets.US_ASCII)))) {
            TestRetrievalContext context = context(Map.of("base-url", "https://127.0.0.1:" + plain.getLocalPort() + "/", "retries", 3,
                    "timeout-seconds", 10), Map.of());

            assertThatThrownBy(() -> retriever.retrieve(QUERY, context)).isInstanceOf(IOException.class)
                    .hasMessageStartingWith("esearch.fcgi failed: the secure connection to 127.0.0.1 failed (")
                    .hasMessageEndingWith("see docs/pubmed-search.md, \"Proxies and certificates\"");
            assertThat(time.sleeps()).as("not retried").isEmpty();
        }
    }

    /** The review of the change, R7: a handshake the server cut short is a passing fault, retried as any connection's. */
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aSecureConnectionCutShortIsRetried() throws Exception {
        // the client's hello read, then the line goes dead
        try (ServerSocket hangingUp = socketServer(client -> client.getInputStream().read())) {
            TestRetrievalContext context = context(Map.of("base-url", "https://127.0.0.1:" + hangingUp.getLocalPort() + "/",
                    "retries", 1, "timeout-seconds", 10), Map.of());

            assertThatThrownBy(() -> retriever.retrieve(QUERY, context)).isInstanceOf(IOException.class)
                    .hasMessageStartingWith("esearch.fcgi failed 2 times; the last time: network error: ");
            assertThat(time.sleeps()).as("retried once").hasSize(1);
        }
    }

    /**
     * The review of session 23, P14: a connection never accepted (a firewall dropping packets) was told "no answer within
     * 120 s" after the connection's own time-out. Here the server's queue of connections is full, so its host drops the
     * connection's first packet as such a firewall does.
     */
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aConnectionNeverAcceptedIsToldAsOne() throws Exception {
        try (ServerSocket full = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            List<SocketChannel> queued = new ArrayList<>();
            try {
                for (int i = 0; i < 4; i++) {
                    SocketChannel channel = SocketChannel.open();
                    channel.configureBlocking(false);
                    channel.connect(full.getLocalSocketAddress());
                    queued.add(channel);
                }
                TestRetrievalContext context = context(Map.of("base-url", "http://127.0.0.1:" + full.getLocalPort() + "/",
                        "retries", 0, "timeout-seconds", 1), Map.of());

                assertThatThrownBy(() -> retriever.retrieve(QUERY, context)).isInstanceOf(IOException.class)
                        .hasMessage("esearch.fcgi failed 1 time; the last time: cannot connect to 127.0.0.1 within 1 s (a firewall that"
                                + " drops the connection, or is this machine offline?)");
            } finally {
                for (SocketChannel channel : queued) {
                    channel.close();
                }
            }
        }
    }

    /** Review 13: offline, an address that cannot be found was retried five times over 31 s before the run said so. */
    @Test
    void anAddressThatCannotBeFoundFailsAtOnceInWords() {
        TestRetrievalContext context = context(Map.of("base-url", "https://eutils.invalid/", "retries", 3), Map.of());

        assertThatThrownBy(() -> retriever.retrieve(QUERY, context))
                .isInstanceOf(IOException.class)
                .hasMessage("esearch.fcgi failed: cannot find the address of eutils.invalid (is this machine offline, or does it need a proxy?)");
        assertThat(context.progress).noneSatisfy(p -> assertThat(p).contains("trying again"));
        assertThat(time.sleeps()).isEmpty();
    }

    @Test
    void aClientErrorFailsAtOnce() {
        server.respond(ESEARCH, Response.status(400, "Bad Request: unknown parameter"));

        assertThatThrownBy(() -> retriever.retrieve(QUERY, context(Map.of(), Map.of())))
                .isInstanceOf(IOException.class)
                .hasMessage("esearch.fcgi answered HTTP 400 (Bad Request: unknown parameter); expected 200 (check the query and the pubmed options)");
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void aFailingBackEndIsRetriedButARefusedQueryIsNot() throws IOException {
        server.respond(ESEARCH, Response.ok(replay("esearch-backend-failed.xml")), Response.ok(replay("esearch-translation-stack.xml")));
        server.respond(EFETCH, Response.ok(replay("efetch-fibromyalgia-all.xml")));

        Retrieval retrieval = retriever.retrieve(QUERY, context(Map.of("batch-size", 3), Map.of()));

        assertThat(retrieval.count()).as("the search's Count, not a term's Count of the TranslationStack").isEqualTo(3);
        assertThat(retrieval.details()).containsEntry("query_translation", "fibromyalgia[All Fields] AND cytokin*[All Fields]");

        server.respond(ESEARCH, Response.ok(replay("esearch-empty-term.xml")));
        assertThatThrownBy(() -> retriever.retrieve("other", context(Map.of(), Map.of())))
                .isInstanceOf(IOException.class)
                .hasMessage("PubMed refused the search: Empty term and query_key - nothing todo");
        assertThat(server.requests(ESEARCH)).hasSize(3);
    }

    @Test
    void anExpiredHistoryFailsWithEfetchsOwnMessage() {
        server.respond(ESEARCH, Response.ok(replay("esearch-fibromyalgia.xml")));
        server.respond(EFETCH, Response.ok(replay("efetch-history-expired.xml")));

        assertThatThrownBy(() -> retriever.retrieve(QUERY, context(Map.of("batch-size", 3), Map.of())))
                .isInstanceOf(IOException.class)
                .hasMessage("EFetch answered with <eFetchResult>: Unable to obtain query #1, expected <PubmedArticleSet>");
    }

    @Test
    void aSearchFindingMoreThanMaxRecordsFailsBeforeFetchingAnything() {
        server.respond(ESEARCH, Response.ok(replay("esearch-fibromyalgia.xml")));

        assertThatThrownBy(() -> retriever.retrieve(QUERY, context(Map.of("max-records", 2), Map.of())))
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith("the search finds 3 records, more than max-records (2). PubMed's E-utilities give"
                        + " at most 10,000 records of one search: split the query");
        assertThat(server.requests(EFETCH)).isEmpty();
    }

    @Test
    void aSearchThatFindsNothingGivesNoFileAndSaysWhatPubmedSaid() throws IOException {
        server.respond(ESEARCH, Response.ok(replay("esearch-nothing-found.xml")));
        TestRetrievalContext context = context(Map.of(), Map.of());

        Retrieval retrieval = retriever.retrieve("zzqxv", context);

        assertThat(retrieval.count()).isZero();
        assertThat(retrieval.files()).isEmpty();
        assertThat(context.notices).containsExactly("PubMed did not find the phrase 'zzqxv' and searched without it",
                "PubMed: No items found.", "the search found no records");
        assertThat(server.requests(EFETCH)).isEmpty();
    }

    @Test
    void aBatchWithFewerRecordsThanAskedIsKeptWithANotice() throws IOException {
        server.respond(ESEARCH, Response.ok(replay("esearch-fibromyalgia.xml")));
        server.respond(EFETCH, Response.ok(replay("efetch-fibromyalgia-1.xml")));
        TestRetrievalContext context = context(Map.of("batch-size", 3), Map.of());

        Retrieval retrieval = retriever.retrieve(QUERY, context);

        assertThat(retrieval.count()).isEqualTo(3);
        assertThat(retrieval.details()).containsEntry("records_fetched", "2");
        assertThat(context.notices).containsExactly("EFetch gave 2 records for records 1 to 3 of the search, expected 3"
                + " (records deleted or changed since the search?); the run reads the 2 it gave");
    }

    /**
     * The review of session 23, P15: a batch of 80 records for 500 was taken as deletions since the search, cached, and read
     * as the search; a batch far short is fetched again, and the search fails if it stays short.
     */
    @Test
    void aBatchFarShortOfWhatWasAskedIsFetchedAgainAndFailsTheSearchIfItStaysShort() throws IOException {
        byte[] forty = new String(Files.readAllBytes(replay("esearch-fibromyalgia.xml")), StandardCharsets.UTF_8)
                .replace("<Count>3</Count>", "<Count>40</Count>").getBytes(StandardCharsets.UTF_8);
        server.respond(ESEARCH, Response.ok(forty));
        server.respond(EFETCH, Response.ok(replay("efetch-fibromyalgia-1.xml")), Response.ok(replay("efetch-fibromyalgia-1.xml")),
                Response.ok(replay("efetch-fibromyalgia-1.xml")));
        TestRetrievalContext context = context(Map.of("batch-size", 40, "retries", 2), Map.of());

        assertThatThrownBy(() -> retriever.retrieve(QUERY, context)).isInstanceOf(IOException.class)
                .hasMessage("efetch.fcgi failed 3 times; the last time: the EFetch answer holds 2 records, expected 40: more missing"
                        + " than records deleted since the search (5 at most)");
        assertThat(context.progress).anySatisfy(p -> assertThat(p).startsWith("efetch.fcgi: the EFetch answer holds 2 records"));
        try (var left = Files.walk(cache)) {
            assertThat(left.filter(Files::isRegularFile).filter(f -> !f.toString().endsWith(".lock"))).as("nothing cached").isEmpty();
        }
    }

    /** Review s20 item 3: each search had a pacing of its own, so a search's ESearch followed the search before's EFetch at once. */
    @Test
    void theSearchesOfOneRetrieverKeepOnePaceSinceNcbiCountsTheMachinesRequests() throws IOException {
        List<String> queries = List.of("fibromyalgia AND 2015:2019[dp]", "fibromyalgia AND 2020:2024[dp]", "fibromyalgia AND 2025[dp]");
        for (int i = 0; i < queries.size(); i++) {
            server.respond(ESEARCH, Response.ok(replay("esearch-fibromyalgia.xml")));
            server.respond(EFETCH, Response.ok(replay("efetch-fibromyalgia-all.xml")));
        }

        for (String query : queries) {
            retriever.retrieve(query, context(Map.of("batch-size", 3), Map.of()));
        }

        assertThat(server.requests()).extracting(Request::path).containsExactly(ESEARCH, EFETCH, ESEARCH, EFETCH, ESEARCH, EFETCH);
        assertThat(time.sleeps()).as("every request after the first waits its turn, each search's ESearch too")
                .containsExactly(Duration.ofMillis(350), Duration.ofMillis(350), Duration.ofMillis(350), Duration.ofMillis(350),
                        Duration.ofMillis(350));

        // a search with a key after one without: its first request waits the longer interval, of the one before
        scriptTheFibromyalgiaSearch();
        retriever.retrieve(QUERY, context(Map.of(), Map.of("NCBI_API_KEY", "k-0123456789")));
        assertThat(time.sleeps().subList(5, 8)).containsExactly(Duration.ofMillis(350), Duration.ofMillis(110), Duration.ofMillis(110));
    }

    /**
     * A server on a loopback port that answers the fibromyalgia search's ESearch and its one EFetch batch, in real time,
     * after {@code beforeEach} has seen each request's path: for what a {@link ReplayServer}, which answers at once, cannot do.
     */
    private static com.sun.net.httpserver.HttpServer fibromyalgiaServer(PathAction beforeEach) throws IOException {
        byte[] search = Files.readAllBytes(replay("esearch-fibromyalgia.xml"));
        byte[] batch = Files.readAllBytes(replay("efetch-fibromyalgia-all.xml"));
        com.sun.net.httpserver.HttpServer server = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            try (exchange) {
                exchange.getRequestBody().readAllBytes();
                String path = exchange.getRequestURI().getPath();
                beforeEach.accept(path);
                byte[] body = path.endsWith("esearch.fcgi") ? search : batch;
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        server.start();
        return server;
    }

    @FunctionalInterface
    private interface PathAction {
        void accept(String path) throws IOException, InterruptedException;
    }

    /**
     * Review s20: pacing from the requests' starts, a first request slowed on its way (a new connection's
     * set-up) and the next one reached the server 278 ms apart. Paced from the answer, they reach it an
     * interval apart whatever the way took. Real time, on a server that takes the first request 300 ms
     * late: the assertion is a lower bound of the time between them, which a slow machine only lengthens.
     */
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void requestsReachTheServerAnIntervalApartEvenWhenTheFirstWasSlowToArrive() throws Exception {
        List<Long> arrivals = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        com.sun.net.httpserver.HttpServer slow = fibromyalgiaServer(path -> {
            if (arrivals.isEmpty()) {
                Thread.sleep(300); // the request is taken as arriving only now
            }
            arrivals.add(System.nanoTime());
        });
        try {
            URI base = URI.create("http://127.0.0.1:" + slow.getAddress().getPort() + "/");
            Retrieval retrieval = new PubmedRetriever(Timing.SYSTEM, base).retrieve(QUERY,
                    new TestRetrievalContext(cache, Map.of("base-url", base.toString(), "batch-size", 3), Map.of()));

            assertThat(retrieval.count()).isEqualTo(3);
            assertThat(arrivals).hasSize(2);
            assertThat(Duration.ofNanos(arrivals.get(1) - arrivals.get(0))).as("the EFetch reached the server after the ESearch by")
                    .isGreaterThanOrEqualTo(Duration.ofMillis(350));
        } finally {
            slow.stop(0);
        }
    }

    /**
     * The review of session 23, P4 and P5: a search folder another run replaced (or a full disk) was told as a network error
     * and retried five times over 31 s; the cache's own failure is told as one, naming the folder, and not retried.
     */
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aCacheFolderGoneWhileFetchingIsToldAsTheCachesAndNotRetried() throws Exception {
        List<String> paths = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        com.sun.net.httpserver.HttpServer replacing = fibromyalgiaServer(path -> {
            paths.add(path);
            if (path.endsWith("efetch.fcgi")) {
                // as a second run of the same search starting afresh does: the folder being filled is deleted
                try (var folders = Files.list(cache)) {
                    for (Path folder : folders.filter(f -> f.getFileName().toString().endsWith(".partial")).toList()) {
                        try (var files = Files.walk(folder)) {
                            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
                        }
                    }
                }
            }
        });
        try {
            URI base = URI.create("http://127.0.0.1:" + replacing.getAddress().getPort() + "/");
            TestRetrievalContext context = new TestRetrievalContext(cache, Map.of("base-url", base.toString(), "batch-size", 3), Map.of());

            assertThatThrownBy(() -> new PubmedRetriever(Timing.SYSTEM, base).retrieve(QUERY, context))
                    .isInstanceOf(IOException.class)
                    .hasMessageStartingWith("efetch.fcgi: cannot save its answer into the search cache " + cache.resolve("search-"))
                    .hasMessageContaining("the folder is gone (is another evidentia run fetching the same search?)");
            assertThat(paths).as("no second attempt").hasSize(2);
            assertThat(context.progress).noneSatisfy(p -> assertThat(p).contains("network error"));
        } finally {
            replacing.stop(0);
        }
    }

    /** Review s20 item 6: a last batch whose records were all deleted since the search was retried, then failed the search. */
    @Test
    void aBatchThatCameBackAnEmptyArticleSetIsKeptWithTheShortfallNoticeAndAnAnswerThatIsNoSuchSetIsRetried() throws IOException {
        server.respond(ESEARCH, Response.ok(replay("esearch-fibromyalgia.xml")));
        server.respond(EFETCH, Response.ok(replay("efetch-fibromyalgia-1.xml")),
                Response.ok(new byte[0]),
                Response.ok(("<?xml version=\"1.0\" ?>\n<PubmedArticleSet><ERROR>Unable to fetch</ERROR></PubmedArticleSet>\n")
                        .getBytes(StandardCharsets.UTF_8)),
                Response.ok(replay("efetch-empty.xml")));
        TestRetrievalContext context = context(Map.of(), Map.of());

        Retrieval retrieval = retriever.retrieve(QUERY, context);

        assertThat(server.requests(EFETCH)).extracting(r -> r.parameter("retstart")).containsExactly("0", "2", "2", "2");
        assertThat(context.progress).anySatisfy(p -> assertThat(p).startsWith("efetch.fcgi: the EFetch answer is")
                .endsWith("trying again in 1 s (attempt 2 of 6)"));
        assertThat(context.progress).contains("efetch.fcgi: the EFetch answer holds no record, expected 1, but <ERROR>;"
                + " trying again in 2 s (attempt 3 of 6)");
        assertThat(retrieval.count()).isEqualTo(3);
        assertThat(retrieval.files()).hasSize(2);
        assertThat(retrieval.files().get(1)).hasSameBinaryContentAs(replay("efetch-empty.xml"));
        assertThat(retrieval.details()).containsEntry("records_fetched", "2").containsEntry("batches", "2");
        assertThat(context.notices).containsExactly("EFetch gave 0 records for record 3 of the search, expected 1"
                + " (records deleted or changed since the search?); its batch file holds none");

        TestRetrievalContext later = context(Map.of(), Map.of());
        Retrieval reused = retriever.retrieve(QUERY, later);
        assertThat(reused.reused()).isTrue();
        assertThat(reused.files()).isEqualTo(retrieval.files());
        assertThat(later.notices).isEqualTo(context.notices);
    }

    /** The review of session 20's change, 4: an empty set for a batch before the last is a passing fault, retried, not kept. */
    @Test
    void aBatchBeforeTheLastThatCameBackEmptyIsRetried() throws IOException {
        server.respond(ESEARCH, Response.ok(replay("esearch-fibromyalgia.xml")));
        server.respond(EFETCH, Response.ok(replay("efetch-empty.xml")), Response.ok(replay("efetch-fibromyalgia-1.xml")),
                Response.ok(replay("efetch-fibromyalgia-2.xml")));
        TestRetrievalContext context = context(Map.of(), Map.of());

        Retrieval retrieval = retriever.retrieve(QUERY, context);

        assertThat(server.requests(EFETCH)).extracting(r -> r.parameter("retstart")).containsExactly("0", "0", "2");
        assertThat(context.progress).contains("efetch.fcgi: the EFetch answer holds no record, expected 2; trying again in 1 s"
                + " (attempt 2 of 6)");
        assertThat(retrieval.details()).containsEntry("records_fetched", "3");
        assertThat(context.notices).isEmpty();

        // a search's only batch that came back empty is retried too: kept, it told a living review every record had left
        server.respond(ESEARCH, Response.ok(replay("esearch-fibromyalgia.xml")));
        server.respond(EFETCH, Response.ok(replay("efetch-empty.xml")), Response.ok(replay("efetch-fibromyalgia-all.xml")));
        TestRetrievalContext one = context(Map.of("batch-size", 3, "max-age-hours", 0), Map.of());

        Retrieval whole = retriever.retrieve(QUERY, one);

        assertThat(whole.details()).containsEntry("records_fetched", "3").containsEntry("batches", "1");
        assertThat(one.notices).isEmpty();
    }

    /** Review s20 item 7: the notice said "EFetch gave 1 records". */
    @Test
    void theShortfallNoticeCountsInGoodEnglish() throws IOException {
        server.respond(ESEARCH, Response.ok(replay("esearch-fibromyalgia.xml")));
        server.respond(EFETCH, Response.ok(replay("efetch-fibromyalgia-2.xml")), Response.ok(replay("efetch-fibromyalgia-2.xml")));
        TestRetrievalContext context = context(Map.of(), Map.of());

        retriever.retrieve(QUERY, context);

        assertThat(context.notices).containsExactly("EFetch gave 1 record for records 1 to 2 of the search, expected 2"
                + " (records deleted or changed since the search?); the run reads the 1 it gave");
    }

    @Test
    void aSearchIsReusedFromTheCacheUntilItIsOlderThanMaxAge() throws IOException {
        scriptTheFibromyalgiaSearch();
        TestRetrievalContext first = context(Map.of(), Map.of());
        Retrieval fetched = retriever.retrieve(QUERY, first);

        TestRetrievalContext later = context(Map.of(), Map.of());
        later.now = first.now.plus(Duration.ofHours(23));
        Retrieval reused = retriever.retrieve(QUERY, later);

        assertThat(server.requests()).hasSize(3);
        assertThat(reused.reused()).isTrue();
        assertThat(reused.searched()).isEqualTo(first.now);
        assertThat(reused.files()).isEqualTo(fetched.files());
        assertThat(reused.count()).isEqualTo(3);
        assertThat(reused.details()).isEqualTo(fetched.details());
        assertThat(later.progress).singleElement().satisfies(p -> assertThat(p)
                .startsWith("reusing the search of 2026-03-04T10:00:00Z (3 records) cached in " + cache.resolve("search-")));

        scriptTheFibromyalgiaSearch();
        TestRetrievalContext dayLater = context(Map.of(), Map.of());
        dayLater.now = first.now.plus(Duration.ofHours(24));
        Retrieval again = retriever.retrieve(QUERY, dayLater);

        assertThat(server.requests()).hasSize(6);
        assertThat(again.reused()).isFalse();
        assertThat(again.searched()).isEqualTo(dayLater.now);
        assertThat(dayLater.progress.get(0)).contains("is not reused: it was made 2026-03-04T10:00:00Z, 24 h ago, and max-age-hours is 24");
    }

    @Test
    void maxAgeZeroSearchesAgainEveryTime() throws IOException {
        scriptTheFibromyalgiaSearch();
        scriptTheFibromyalgiaSearch();

        retriever.retrieve(QUERY, context(Map.of("max-age-hours", 0), Map.of()));
        Retrieval second = retriever.retrieve(QUERY, context(Map.of("max-age-hours", 0), Map.of()));

        assertThat(server.requests()).hasSize(6);
        assertThat(second.reused()).isFalse();
    }

    @Test
    void aCachedFileThatChangedIsNoticedAndTheSearchIsMadeAgain() throws IOException {
        scriptTheFibromyalgiaSearch();
        Retrieval first = retriever.retrieve(QUERY, context(Map.of(), Map.of()));
        Files.writeString(first.files().get(0), "<PubmedArticleSet/>");
        scriptTheFibromyalgiaSearch();
        TestRetrievalContext context = context(Map.of(), Map.of());

        Retrieval second = retriever.retrieve(QUERY, context);

        assertThat(second.reused()).isFalse();
        assertThat(second.files().get(0)).hasSameBinaryContentAs(replay("efetch-fibromyalgia-1.xml"));
        assertThat(context.notices).singleElement().satisfies(n -> assertThat(n)
                .endsWith("is not reused: efetch-0001.xml has changed since it was fetched; searching again"));
    }

    /**
     * The review of session 23, P12: a manifest cut down to fewer files than the search fetched was reused with none of its
     * records ("Read 0 records"), and one dated ahead of the clock would be reused for ever.
     */
    @Test
    void aCachedSearchWhoseManifestLacksFilesOrIsDatedAheadOfTheClockIsNoticedAndMadeAgain() throws IOException {
        scriptTheFibromyalgiaSearch();
        TestRetrievalContext first = context(Map.of(), Map.of());
        Retrieval fetched = retriever.retrieve(QUERY, first);
        Path manifest = fetched.files().get(0).resolveSibling(CachedSearch.MANIFEST);
        String whole = Files.readString(manifest);
        Files.writeString(manifest, whole.replaceAll("(?s)\"files\" : \\[.*?\\],", "\"files\" : [ ],"));
        scriptTheFibromyalgiaSearch();
        TestRetrievalContext cutDown = context(Map.of(), Map.of());

        Retrieval again = retriever.retrieve(QUERY, cutDown);

        assertThat(again.reused()).isFalse();
        assertThat(again.files()).hasSize(2);
        assertThat(cutDown.notices).singleElement().satisfies(n -> assertThat(n).endsWith("is not reused: its manifest lists 0 files"
                + " of 0 records, where the search fetched 3 records in 2 batches; searching again"));

        TestRetrievalContext earlier = context(Map.of(), Map.of());
        earlier.now = cutDown.now.minus(Duration.ofHours(2));
        scriptTheFibromyalgiaSearch();

        Retrieval beforeItsDate = retriever.retrieve(QUERY, earlier);

        assertThat(beforeItsDate.reused()).isFalse();
        assertThat(earlier.notices).singleElement().satisfies(n -> assertThat(n).endsWith("is not reused: it was made "
                + cutDown.now + ", later than now (" + earlier.now + "): a clock was set wrong; searching again"));
        assertThat(server.requests()).hasSize(9);

        // a clock stepped back a minute since (the review of the change, R12) still reuses it
        TestRetrievalContext stepped = context(Map.of(), Map.of());
        stepped.now = earlier.now.minus(Duration.ofMinutes(1));
        assertThat(retriever.retrieve(QUERY, stepped).reused()).isTrue();
        assertThat(server.requests()).hasSize(9);
    }

    @Test
    void aSearchThatFailedHalfWayIsNeverReused() throws IOException {
        server.respond(ESEARCH, Response.ok(replay("esearch-fibromyalgia.xml")));
        server.respond(EFETCH, Response.ok(replay("efetch-fibromyalgia-1.xml")), Response.status(404, "Not Found"));
        assertThatThrownBy(() -> retriever.retrieve(QUERY, context(Map.of(), Map.of()))).isInstanceOf(IOException.class);
        try (var folders = Files.list(cache)) {
            assertThat(folders.filter(Files::isDirectory)).as("the failed search's partial folder is deleted").isEmpty();
        }

        scriptTheFibromyalgiaSearch();
        Retrieval retrieval = retriever.retrieve(QUERY, context(Map.of(), Map.of()));

        assertThat(retrieval.reused()).isFalse();
        assertThat(retrieval.files()).hasSize(2);
        try (var folders = Files.list(cache)) {
            assertThat(folders.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
                    retrieval.files().get(0).getParent().getFileName().toString(),
                    retrieval.files().get(0).getParent().getFileName() + ".lock")
                    .allSatisfy(name -> assertThat(name).matches("search-[0-9a-f]{16}(\\.lock)?"));
        }
    }

    /** The review of session 23, P2: a cache this user cannot write was told by its bare path ("pubmed:Q: /.../search-X.partial"). */
    @Test
    void aCacheThatCannotBeWrittenIsToldAsTheSearchCacheWithWhatToDo() throws IOException {
        Path file = Files.writeString(cache.resolve("not-a-folder"), "");
        scriptTheFibromyalgiaSearch();
        TestRetrievalContext context = new TestRetrievalContext(file, Map.of("base-url", server.baseUri().toString()), Map.of());

        assertThatThrownBy(() -> retriever.retrieve(QUERY, context)).isInstanceOf(IOException.class)
                .hasMessageStartingWith("cannot write into the search cache " + file + " (Not a directory: " + file.resolve("search-"))
                .hasMessageEndingWith("): set EVIDENTIA_CACHE_DIR (or XDG_CACHE_HOME) to a folder you can write");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void aDoctypeIsNeverFollowed() throws IOException {
        String local = server.baseUri().resolve("esearch.dtd").toString();
        String search = Files.readString(replay("esearch-fibromyalgia.xml"))
                .replace("https://eutils.ncbi.nlm.nih.gov/eutils/dtd/20060628/esearch.dtd", local);
        server.respond(ESEARCH, Response.ok(search.getBytes(StandardCharsets.UTF_8)));
        server.respond(EFETCH, Response.ok(replay("efetch-fibromyalgia-all.xml")));

        retriever.retrieve(QUERY, context(Map.of("batch-size", 3), Map.of()));

        assertThat(server.requests()).extracting(Request::path).containsExactly(ESEARCH, EFETCH);
    }

    @Test
    void badOptionsAreRefusedWithTheirRule() {
        assertThatThrownBy(() -> PluginTestKit.bind(retriever, Map.of("tool", "my tool")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tool must have no spaces (NCBI's rule), was 'my tool'");
        assertThatThrownBy(() -> PluginTestKit.bind(retriever, Map.of("email", "not an address")))
                .hasMessageContaining("email must be an e-mail address without spaces, was 'not an address'");
        assertThatThrownBy(() -> PluginTestKit.bind(retriever, Map.of("max-records", 20000)))
                .hasMessageContaining("max-records must be 1 to 10000");
        assertThatThrownBy(() -> PluginTestKit.bind(retriever, Map.of("batch-size", 0)))
                .hasMessageContaining("batch-size must be 1 to 10000, was 0");
        assertThatThrownBy(() -> PluginTestKit.bind(retriever, Map.of("base-url", "ftp://example.org/")))
                .hasMessageContaining("base-url must start with https://");
        assertThatThrownBy(() -> PluginTestKit.bind(retriever, Map.of("base-url", "http://eutils.example.org/entrez/eutils/")))
                .hasMessageContaining("base-url must start with https:// (http:// is allowed only for this machine's own loopback"
                        + " address, such as a local test server at 127.0.0.1), was 'http://eutils.example.org/entrez/eutils/'");
        assertThatThrownBy(() -> PluginTestKit.bind(retriever, Map.of("base-url", "http://127.0.0.1.example.org/")))
                .hasMessageContaining("http:// is allowed only for");
        for (String local : List.of("http://127.0.0.1:8080/", "http://localhost/e/", "http://[::1]:9/")) {
            assertThat(((EutilsOptions) PluginTestKit.bind(retriever, Map.of("base-url", local))).baseUrl()).isEqualTo(local);
        }
        EutilsOptions defaults = (EutilsOptions) PluginTestKit.bind(retriever, Map.of());
        assertThat(defaults.baseUrl()).isEqualTo("https://eutils.ncbi.nlm.nih.gov/entrez/eutils/");
        assertThat(defaults.batchSize()).isEqualTo(500);
        assertThat(defaults.maxAgeHours()).isEqualTo(24);
    }

    private void scriptTheFibromyalgiaSearch() {
        server.respond(ESEARCH, Response.ok(replay("esearch-fibromyalgia.xml")));
        server.respond(EFETCH, Response.ok(replay("efetch-fibromyalgia-1.xml")), Response.ok(replay("efetch-fibromyalgia-2.xml")));
    }

    private TestRetrievalContext context(Map<String, ?> options, Map<String, String> environment) {
        Map<String, Object> all = new HashMap<>(Map.of("base-url", server.baseUri().toString(), "batch-size", 2));
        all.putAll(options);
        return new TestRetrievalContext(cache, all, environment);
    }

    private static Path replay(String name) {
        return PluginTestKit.resource("replay/" + name);
    }

    /** Review 32 M3: a pipeline file's base-url had the user's NCBI_API_KEY and e-mail sent to any server. */
    @Test
    void theKeyAndEmailGoOnlyToNcbiAndAnotherAddressIsNamedInANotice() throws IOException {
        scriptTheFibromyalgiaSearch();
        PubmedRetriever onlyNcbi = new PubmedRetriever(time); // the key's address is NCBI's, not this local server
        TestRetrievalContext context = context(Map.of("email", "reviewer@example.org"), Map.of("NCBI_API_KEY", "k-0123456789"));

        Retrieval retrieval = onlyNcbi.retrieve(QUERY, context);

        assertThat(retrieval.count()).isEqualTo(3);
        assertThat(server.requests()).hasSize(3).allSatisfy(r -> assertThat(r.parameters()).doesNotContainKeys("api_key", "email")
                .containsEntry("tool", List.of("evidentia")));
        assertThat(retrieval.details()).containsEntry("api_key", "none");
        assertThat(time.sleeps()).as("paced as without a key").containsExactly(Duration.ofMillis(350), Duration.ofMillis(350));
        assertThat(context.notices).contains("pubmed.base-url is " + server.baseUri() + ", not NCBI's E-utilities"
                + " (https://eutils.ncbi.nlm.nih.gov/entrez/eutils/): the search was sent there, without NCBI_API_KEY or the email"
                + " option, which are sent only to NCBI (so at most 3 requests a second)");
        assertThat(onlyNcbi.isKeyAddress("https://eutils.ncbi.nlm.nih.gov/entrez/eutils/")).isTrue();
        assertThat(onlyNcbi.isKeyAddress("https://EUTILS.ncbi.nlm.nih.gov:443/other/")).isTrue();
        assertThat(onlyNcbi.isKeyAddress("https://eutils.ncbi.nlm.nih.gov.example.org/entrez/eutils/")).isFalse();
        assertThat(onlyNcbi.isKeyAddress("https://eutils.ncbi.nlm.nih.gov:8443/entrez/eutils/")).isFalse();
    }

    /** Review 32 M3: an endless answer filled 1.5 GB of the cache, then the heap, and stayed in the cache. */
    @Test
    void anAnswerOverItsCapIsRefusedNamingTheAddressAndTheCapAndNothingIsLeftInTheCache() throws IOException {
        byte[] huge = new byte[(int) PubmedRetriever.MAX_ESEARCH_BYTES + 1];
        java.util.Arrays.fill(huge, (byte) ' ');
        server.respond(ESEARCH, Response.ok(huge));

        assertThatThrownBy(() -> retriever.retrieve(QUERY, context(Map.of(), Map.of())))
                .isInstanceOf(IOException.class)
                .hasMessage("esearch.fcgi: the answer of " + server.baseUri().resolve("esearch.fcgi") + " is larger than 16,777,216 bytes"
                        + " (16 MiB), the most evidentia reads of one esearch answer; it stopped reading it and deleted what it had saved");
        assertThat(server.requests(ESEARCH)).as("not retried").hasSize(1);
        try (var left = Files.walk(cache)) {
            assertThat(left.filter(Files::isRegularFile).filter(f -> !f.toString().endsWith(".lock"))).as("nothing of the failed search is left in the cache").isEmpty();
        }
    }

    /** Review 32 M3: SafeXml read an answer's one comment whole; under the 256 MiB cap of EFetch that held half a GiB of heap. */
    @Test
    void aCommentOrTextLongerThanOneMibIsRefusedNamingTheAnswerAndTheLimitAndNotRetried() throws IOException {
        String search = Files.readString(replay("esearch-fibromyalgia.xml"), StandardCharsets.UTF_8)
                .replace("<eSearchResult>", "<eSearchResult><!--" + "x".repeat(ONE_MIB) + "-->");
        server.respond(ESEARCH, Response.ok(search.getBytes(StandardCharsets.UTF_8)));

        assertThatThrownBy(() -> retriever.retrieve(QUERY, context(Map.of(), Map.of())))
                .isInstanceOf(IOException.class)
                .hasMessage("esearch.fcgi: the answer of " + server.baseUri().resolve("esearch.fcgi") + " holds a comment longer than"
                        + " 1,048,576 bytes (1 MiB) at line 3, the longest text, comment or tag evidentia reads in an E-utilities answer;"
                        + " it stopped reading it and deleted what it had saved");
        assertThat(server.requests(ESEARCH)).as("not retried").hasSize(1);

        String batch = Files.readString(replay("efetch-fibromyalgia-all.xml"), StandardCharsets.UTF_8)
                .replace("<ArticleTitle>Serum", "<ArticleTitle>" + "y".repeat(ONE_MIB) + " Serum");
        server.respond(ESEARCH, Response.ok(replay("esearch-fibromyalgia.xml")));
        server.respond(EFETCH, Response.ok(batch.getBytes(StandardCharsets.UTF_8)));

        assertThatThrownBy(() -> retriever.retrieve(QUERY, context(Map.of("batch-size", 3), Map.of())))
                .isInstanceOf(IOException.class)
                .hasMessage("efetch.fcgi: the answer of " + server.baseUri().resolve("efetch.fcgi") + " holds a text longer than"
                        + " 1,048,576 bytes (1 MiB) at line 30, the longest text, comment or tag evidentia reads in an E-utilities answer;"
                        + " it stopped reading it and deleted what it had saved");
        assertThat(server.requests(EFETCH)).as("not retried").hasSize(1);
        try (var left = Files.walk(cache)) {
            assertThat(left.filter(Files::isRegularFile).filter(f -> !f.toString().endsWith(".lock"))).as("nothing of the failed searches is left in the cache").isEmpty();
        }
    }

    /** An element's text in pieces, each under the limit, split by comments: getElementText joined them all. */
    @Test
    void anElementsTextSplitByCommentsIsBoundedAsAWhole() {
        String half = "z".repeat(ONE_MIB / 2);
        String expired = readUtf8(replay("efetch-history-expired.xml"));
        server.respond(ESEARCH, Response.ok(replay("esearch-fibromyalgia.xml")));
        server.respond(EFETCH, Response.ok(expired.replace("Unable to obtain query #1", half + "<!---->" + half + "<!---->" + half)
                .getBytes(StandardCharsets.UTF_8)));

        assertThatThrownBy(() -> retriever.retrieve(QUERY, context(Map.of("batch-size", 3), Map.of())))
                .isInstanceOf(IOException.class)
                .hasMessage("efetch.fcgi: the answer of " + server.baseUri().resolve("efetch.fcgi") + " holds an element <ERROR> whose"
                        + " text is longer than 1,048,576 bytes (1 MiB) at line 4, the longest text, comment or tag evidentia reads in an"
                        + " E-utilities answer; it stopped reading it and deleted what it had saved");
    }

    /**
     * Review 32 M3: timeout-seconds bounded the wait for an answer's headers only, so a body that
     * trickled in under the size cap held the run for as long as the server liked.
     */
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS) // before the whole-answer deadline, this trickle went on for a day
    void anAnswerStillArrivingAfterTimeoutSecondsIsCutOffAndRetriedAndTheLimitIsNamed() throws Exception {
        try (TricklingServer trickle = new TricklingServer()) {
            TestRetrievalContext context = context(Map.of("base-url", trickle.baseUri().toString(), "retries", 1, "timeout-seconds", 1),
                    Map.of());
            long started = System.nanoTime();

            assertThatThrownBy(() -> retriever.retrieve(QUERY, context))
                    .isInstanceOf(IOException.class)
                    .hasMessage("esearch.fcgi failed 2 times; the last time: the answer was still arriving after 1 s, the time one"
                            + " request may take (timeout-seconds)");

            assertThat(Duration.ofNanos(System.nanoTime() - started)).as("two attempts of 1 s each").isLessThan(Duration.ofSeconds(15));
            assertThat(context.progress).contains("esearch.fcgi: the answer was still arriving after 1 s, the time one request may take"
                    + " (timeout-seconds); trying again in 1 s (attempt 2 of 2)");
            try (var left = Files.walk(cache)) {
                assertThat(left.filter(Files::isRegularFile).filter(f -> !f.toString().endsWith(".lock"))).as("nothing of the failed search is left in the cache").isEmpty();
            }
        }
    }

    private static String readUtf8(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * A server on the loopback interface that answers each request 200 with an ESearch answer that
     * never ends: after the headers and the first tag, a space every 100 ms (the replay server sends
     * whole bodies only).
     */
    private static final class TricklingServer implements AutoCloseable {

        private final ServerSocket socket = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());

        TricklingServer() throws IOException {
            Thread acceptor = new Thread(this::accept, "trickling-server");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        URI baseUri() {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/");
        }

        private void accept() {
            while (!socket.isClosed()) {
                try {
                    Socket client = socket.accept();
                    Thread sender = new Thread(() -> trickle(client), "trickling-answer");
                    sender.setDaemon(true);
                    sender.start();
                } catch (IOException closed) {
                    return;
                }
            }
        }

        private void trickle(Socket client) {
            try (client; OutputStream out = client.getOutputStream()) {
                out.write(("HTTP/1.1 200 OK\r\nContent-Type: text/xml\r\nContent-Length: 1000000\r\n\r\n"
                        + "<?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n<eSearchResult>").getBytes(StandardCharsets.US_ASCII));
                out.flush();
                while (!socket.isClosed()) {
                    Thread.sleep(100);
                    out.write(' ');
                    out.flush();
                }
            } catch (IOException | InterruptedException ended) {
                // the client hung up: the point
            }
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
