package org.evidentia.plugins.eutils;

import java.io.Closeable;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.evidentia.api.Retrieval;
import org.evidentia.api.RetrievalContext;
import org.evidentia.api.Retriever;
import org.pf4j.Extension;

/**
 * Searches PubMed through NCBI's E-utilities: one ESearch that posts the result to the history
 * server ({@code usehistory=y}), then EFetch in batches from it ({@code WebEnv}, {@code query_key},
 * {@code retstart}, {@code retmax}, {@code retmode=xml}). The answers are PubMed XML files, read by
 * the {@code pubmed-xml} source. A search younger than {@code max-age-hours} is reused from the
 * cache. See docs/pubmed-search.md.
 */
@Extension
public final class PubmedRetriever implements Retriever {

    static final String NAME = "pubmed";
    static final String API_KEY_VARIABLE = "NCBI_API_KEY";

    /** The most bytes read of one ESearch answer: it holds a count and a WebEnv, some 1 KB. */
    static final long MAX_ESEARCH_BYTES = 16L << 20;
    /** The most bytes read of one EFetch answer: 10,000 records (the largest batch) of PubMed XML are some 100 MiB. */
    static final long MAX_EFETCH_BYTES = 256L << 20;

    private final Timing timing;
    private final URI keyAddress;
    /**
     * The pacing of every request this retriever makes, whichever search it belongs to: NCBI's limit
     * is of requests a second from one machine, and the runtime makes one retriever for a run, which
     * may hold several searches (a query split by years). Each search had its own, so three searches
     * sent 5 requests in one second (review s20, item 3).
     */
    private final RequestPacing pacing;
    private final SafeXml xml = new SafeXml();

    public PubmedRetriever() {
        this(Timing.SYSTEM);
    }

    /** With another clock and waiting, for tests in virtual time. */
    PubmedRetriever(Timing timing) {
        this(timing, URI.create(EutilsOptions.DEFAULT_BASE_URL));
    }

    /**
     * @param keyAddress the only E-utilities address (scheme, host and port) that is sent the API key and
     *                   e-mail: NCBI's own; tests name their local server to see what NCBI would be sent
     */
    PubmedRetriever(Timing timing, URI keyAddress) {
        this.timing = timing;
        this.keyAddress = keyAddress;
        this.pacing = new RequestPacing(timing);
    }

    /**
     * Whether {@code baseUrl} is {@link #keyAddress}'s server. A pipeline file sets base-url, and a
     * shared one could otherwise have the user's NCBI_API_KEY and e-mail sent to any server.
     */
    boolean isKeyAddress(String baseUrl) {
        URI uri = URI.create(baseUrl);
        return keyAddress.getScheme().equalsIgnoreCase(uri.getScheme()) && keyAddress.getHost().equalsIgnoreCase(uri.getHost())
                && port(keyAddress) == port(uri);
    }

    private static int port(URI uri) {
        return uri.getPort() >= 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "PubMed searches through NCBI's E-utilities (pubmed:QUERY or run --pubmed QUERY), fetched as PubMed XML and cached";
    }

    @Override
    public Class<? extends Record> optionsType() {
        return EutilsOptions.class;
    }

    @Override
    public Retrieval retrieve(String query, RetrievalContext context) throws IOException {
        EutilsOptions options = context.options(EutilsOptions.class);
        SearchCache cache = new SearchCache(context.cacheFolder());
        Path folder = cache.folder(query, options.baseUrl());
        try (Closeable held = cache.hold(folder, () -> context.progress("waiting for another evidentia run fetching the same"
                + " search into " + folder))) {
            Retrieval reused = reuse(cache, folder, query, options, context);
            if (reused != null) {
                return reused;
            }
            try {
                return search(cache, folder, query, options, context);
            } catch (IOException | RuntimeException e) {
                try {
                    cache.discard(folder); // what a failed search saved (an endless answer's gigabytes) would stay on disk till the next
                } catch (IOException | RuntimeException notDeleted) {
                    e.addSuppressed(notDeleted);
                }
                throw e;
            }
        }
    }

    private Retrieval reuse(SearchCache cache, Path folder, String query, EutilsOptions options, RetrievalContext context)
            throws IOException {
        if (!Files.isRegularFile(folder.resolve(CachedSearch.MANIFEST))) {
            return null;
        }
        CachedSearch search;
        try {
            search = CachedSearch.read(folder);
        } catch (IOException e) {
            context.notice("the cached search in " + folder + " cannot be read (" + e.getMessage() + "): searching again");
            return null;
        }
        SearchCache.NotReusable notReusable = cache.whyNotReusable(folder, search, query, options.baseUrl(), context.now(),
                Duration.ofHours(options.maxAgeHours()));
        if (notReusable != null) {
            String message = "the cached search in " + folder + " is not reused: " + notReusable.why() + "; searching again";
            if (notReusable.damage()) {
                context.notice(message);
            } else {
                context.progress(message);
            }
            return null;
        }
        if (search.count() > options.maxRecords()) {
            return null; // searched again, to fail with the count's message
        }
        context.progress("reusing the search of " + search.searched() + " (" + search.count() + " records) cached in " + folder);
        search.notices().forEach(context::notice);
        List<Path> files = search.files().stream().map(f -> folder.resolve(f.name())).toList();
        return new Retrieval(query, search.searched(), search.count(), files, true, search.details());
    }

    private Retrieval search(SearchCache cache, Path folder, String query, EutilsOptions options, RetrievalContext context)
            throws IOException {
        String apiKey = context.environment(API_KEY_VARIABLE);
        apiKey = apiKey == null || apiKey.isBlank() ? null : apiKey;
        String email = options.email();
        boolean keyWithheld = false;
        if (!isKeyAddress(options.baseUrl())) {
            List<String> withheld = new ArrayList<>();
            if (apiKey != null) {
                withheld.add(API_KEY_VARIABLE);
            }
            if (email != null) {
                withheld.add("the email option");
            }
            context.notice("pubmed.base-url is " + options.baseUrl() + ", not NCBI's E-utilities (" + EutilsOptions.DEFAULT_BASE_URL
                    + "): the search was sent there" + (withheld.isEmpty() ? "" : ", without " + String.join(" or ", withheld)
                    + (withheld.size() == 1 ? ", which is" : ", which are") + " sent only to NCBI"
                    + (apiKey == null ? "" : " (so at most 3 requests a second)")));
            keyWithheld = apiKey != null;
            apiKey = null;
            email = null;
        }
        Map<String, String> common = new LinkedHashMap<>();
        common.put("tool", options.tool());
        if (email != null) {
            common.put("email", email);
        }
        if (apiKey != null) {
            common.put("api_key", apiKey);
        }
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(Math.min(30, options.timeoutSeconds())))
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        Duration interval = apiKey == null ? RequestPacing.WITHOUT_KEY : RequestPacing.WITH_KEY;
        EutilsClient client = new EutilsClient(http, URI.create(options.baseUrl()), common, pacing, interval, timing,
                options.retries(), Duration.ofSeconds(options.timeoutSeconds()), context::progress);

        Path work = cache.startFresh(folder);
        context.progress("searching PubMed for " + query + (keyWithheld
                ? " (" + API_KEY_VARIABLE + " not sent there: at most 3 requests a second)" : apiKey == null
                ? " (no " + API_KEY_VARIABLE + ": at most 3 requests a second)" : " (with " + API_KEY_VARIABLE + ": at most 10 requests a second)"));
        Instant searched = context.now();
        Map<String, String> esearch = new LinkedHashMap<>();
        esearch.put("db", "pubmed");
        esearch.put("term", query);
        esearch.put("usehistory", "y");
        esearch.put("retmax", "0");
        EsearchResult result = client.call("esearch.fcgi", esearch, work.resolve("esearch.xml"), MAX_ESEARCH_BYTES,
                file -> EsearchResult.read(xml, file));
        List<String> notices = new ArrayList<>(result.messages());
        if (result.count() > options.maxRecords()) {
            throw new IOException(String.format(Locale.ROOT, "the search finds %,d records, more than max-records (%,d). "
                    + "PubMed's E-utilities give at most 10,000 records of one search: split the query, for example by "
                    + "publication years (... AND 2015:2019[dp], ... AND 2020:2024[dp]), and give each part as its own input",
                    result.count(), options.maxRecords()));
        }
        context.progress("found " + count(result.count(), "record"));

        List<CachedSearch.CachedFile> files = new ArrayList<>();
        long fetched = 0;
        for (long start = 0; start < result.count(); start += options.batchSize()) {
            long expected = Math.min(options.batchSize(), result.count() - start);
            String name = String.format(Locale.ROOT, "efetch-%04d.xml", files.size() + 1);
            context.progress(String.format(Locale.ROOT, "fetching records %,d to %,d of %,d", start + 1, start + expected,
                    result.count()));
            Map<String, String> efetch = new LinkedHashMap<>();
            efetch.put("db", "pubmed");
            efetch.put("query_key", result.queryKey());
            efetch.put("WebEnv", result.webEnv());
            efetch.put("retstart", Long.toString(start));
            efetch.put("retmax", Integer.toString(options.batchSize()));
            efetch.put("retmode", "xml");
            Path file = work.resolve(name);
            // only a last batch after others may have lost every record: a search's first (or only) batch coming back empty
            // is a fault of the moment, retried, else a living review would be told that every record left the search
            boolean mayBeEmpty = start > 0 && start + expected >= result.count();
            long records = client.call("efetch.fcgi", efetch, file, MAX_EFETCH_BYTES, f -> EfetchBatch.count(xml, f, expected, mayBeEmpty));
            if (records != expected) {
                notices.add(shortfall(records, start, expected));
            }
            fetched += records;
            files.add(new CachedSearch.CachedFile(name, records, SearchCache.sha256(file)));
        }
        if (result.count() == 0) {
            notices.add("the search found no records");
        }
        Map<String, String> details = new LinkedHashMap<>();
        details.put("database", "pubmed");
        details.put("eutils", options.baseUrl());
        if (result.queryTranslation() != null) {
            details.put("query_translation", result.queryTranslation());
        }
        details.put("records_fetched", Long.toString(fetched));
        details.put("batches", Integer.toString(files.size()));
        details.put("api_key", apiKey == null ? "none" : "from " + API_KEY_VARIABLE);
        details.put("cache", folder.toString());
        cache.commit(folder, new CachedSearch(query, options.baseUrl(), searched, result.count(), files, details, notices));
        notices.forEach(context::notice);
        List<Path> paths = files.stream().map(f -> folder.resolve(f.name())).toList();
        return new Retrieval(query, searched, result.count(), paths, false, details);
    }

    /**
     * The notice of a batch that gave {@code records} of the {@code expected} records from {@code start}
     * (0-based) on: {@code EFetch gave 1 record for records 1 to 2 of the search, expected 2 (...)}; a
     * batch that gave none is kept too (an empty PubmedArticleSet: every record of it deleted since the search).
     */
    static String shortfall(long records, long start, long expected) {
        String asked = expected == 1 ? String.format(Locale.ROOT, "record %,d", start + 1)
                : String.format(Locale.ROOT, "records %,d to %,d", start + 1, start + expected);
        return String.format(Locale.ROOT, "EFetch gave %s for %s of the search, expected %,d (records deleted or changed since"
                + " the search?); %s", count(records, "record"), asked, expected, records == 0
                ? "its batch file holds none" : String.format(Locale.ROOT, "the run reads the %,d it gave", records));
    }

    /**
     * {@code 1 record}, {@code 2,345 records}: the runtime's {@code Plural.count}, which a plugin does
     * not see (plugins depend on the plugin API only); the nouns here take an s.
     */
    private static String count(long n, String singular) {
        return String.format(Locale.ROOT, "%,d %s", n, n == 1 ? singular : singular + "s");
    }
}
