package org.evidentia.plugins.eutils;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.net.URI;

/**
 * Options of the {@code pubmed} retriever. The API key is not an option: it is read from the
 * environment ({@code NCBI_API_KEY}), so that it never appears in a pipeline file or in run.json.
 *
 * @param baseUrl        the E-utilities address: https, or http on a loopback address only; the API key and
 *                       e-mail are sent only when it is NCBI's own ({@link #DEFAULT_BASE_URL}'s host)
 * @param email          the user's e-mail address, sent as NCBI asks (nullable)
 * @param tool           the name sent as {@code tool}
 * @param batchSize      records per EFetch request
 * @param maxRecords     the most records one search may have; a search that finds more fails
 * @param maxAgeHours    how old a cached search may be and still be reused; 0 searches again every time
 * @param retries        further attempts after a failed request
 * @param timeoutSeconds how long one request may take, its whole answer included
 */
public record EutilsOptions(
        @JsonProperty("base-url") @JsonPropertyDescription("E-utilities address: https://, or http:// on a loopback address (a local test server); NCBI_API_KEY and email go only to NCBI's own")
        String baseUrl,
        @JsonProperty("email") @JsonPropertyDescription("your e-mail address, sent to NCBI with each request as NCBI asks")
        String email,
        @JsonProperty("tool") @JsonPropertyDescription("the tool name sent to NCBI")
        String tool,
        @JsonProperty("batch-size") @JsonPropertyDescription("records fetched per EFetch request (1 to 10000)")
        Integer batchSize,
        @JsonProperty("max-records") @JsonPropertyDescription("a search finding more records than this fails (at most 10000, PubMed's limit for one search)")
        Integer maxRecords,
        @JsonProperty("max-age-hours") @JsonPropertyDescription("reuse a cached search younger than this; 0 always searches again")
        Integer maxAgeHours,
        @JsonProperty("retries") @JsonPropertyDescription("further attempts after a network error, HTTP 429 or 5xx (backoff 1, 2, 4, ... s)")
        Integer retries,
        @JsonProperty("timeout-seconds") @JsonPropertyDescription("time allowed for one request, its whole answer included")
        Integer timeoutSeconds) {

    static final String DEFAULT_BASE_URL = "https://eutils.ncbi.nlm.nih.gov/entrez/eutils/";
    /** ESearch gives at most the first 10,000 records of a PubMed search. */
    static final int PUBMED_LIMIT = 10_000;

    public EutilsOptions {
        baseUrl = baseUrl == null || baseUrl.isBlank() ? DEFAULT_BASE_URL : baseUrl.strip();
        if (!baseUrl.endsWith("/")) {
            baseUrl = baseUrl + "/";
        }
        URI uri;
        try {
            uri = URI.create(baseUrl);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("base-url '" + baseUrl + "' is not an address: " + e.getMessage());
        }
        if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme())) {
            throw new IllegalArgumentException("base-url must start with https://, was '" + baseUrl + "'");
        }
        if ("http".equals(uri.getScheme()) && !loopback(uri.getHost())) {
            // http would send the query (and, before NCBI_API_KEY was kept to NCBI, the key) in clear text
            throw new IllegalArgumentException("base-url must start with https:// (http:// is allowed only for this machine's"
                    + " own loopback address, such as a local test server at 127.0.0.1), was '" + baseUrl + "'");
        }
        if (email != null) {
            email = email.strip();
            if (email.isEmpty()) {
                email = null;
            } else if (email.chars().anyMatch(Character::isWhitespace) || email.indexOf('@') < 1) {
                throw new IllegalArgumentException("email must be an e-mail address without spaces, was '" + email + "'");
            }
        }
        tool = tool == null || tool.isBlank() ? "evidentia" : tool.strip();
        if (tool.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("tool must have no spaces (NCBI's rule), was '" + tool + "'");
        }
        batchSize = batchSize == null ? 500 : batchSize;
        if (batchSize < 1 || batchSize > PUBMED_LIMIT) {
            throw new IllegalArgumentException("batch-size must be 1 to " + PUBMED_LIMIT + ", was " + batchSize);
        }
        maxRecords = maxRecords == null ? PUBMED_LIMIT : maxRecords;
        if (maxRecords < 1 || maxRecords > PUBMED_LIMIT) {
            throw new IllegalArgumentException("max-records must be 1 to " + PUBMED_LIMIT
                    + " (PubMed's E-utilities give at most 10000 records of one search), was " + maxRecords);
        }
        maxAgeHours = maxAgeHours == null ? 24 : maxAgeHours;
        if (maxAgeHours < 0) {
            throw new IllegalArgumentException("max-age-hours must be 0 or more, was " + maxAgeHours);
        }
        retries = retries == null ? 5 : retries;
        if (retries < 0 || retries > 20) {
            throw new IllegalArgumentException("retries must be 0 to 20, was " + retries);
        }
        timeoutSeconds = timeoutSeconds == null ? 120 : timeoutSeconds;
        if (timeoutSeconds < 1) {
            throw new IllegalArgumentException("timeout-seconds must be at least 1, was " + timeoutSeconds);
        }
    }

    /** Whether {@code host} names this machine itself, without asking a name server: localhost, 127.0.0.0/8 or ::1. */
    static boolean loopback(String host) {
        if (host == null) {
            return false;
        }
        String h = host.toLowerCase(java.util.Locale.ROOT);
        return h.equals("localhost") || h.equals("[::1]") || h.equals("::1") || h.matches("127(\\.\\d{1,3}){3}");
    }
}
