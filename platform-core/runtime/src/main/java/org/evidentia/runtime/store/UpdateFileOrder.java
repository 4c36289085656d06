package org.evidentia.runtime.store;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The order PubMed numbers its baseline and update files in: {@code pubmed26n1235.xml.gz} comes before
 * {@code pubmed26n1236.xml.gz}, and every file of 2025 before those of 2026. A file that arrives late (its download failed the
 * day it came out) is older than a later-numbered one the store applied first, however new it is to the store.
 */
final class UpdateFileOrder {

    private static final Pattern PUBMED_FILE = Pattern.compile("(?:^|[/\\\\])pubmed(\\d{2})n(\\d{4})\\.xml(?:\\.gz)?$");

    private UpdateFileOrder() {
    }

    /** Whether both paths name PubMed's numbered files and {@code path}'s number comes before {@code than}'s. */
    static boolean earlier(String path, String than) {
        long a = number(path);
        long b = number(than);
        return a >= 0 && b >= 0 && a < b;
    }

    /** The file's place in PubMed's numbering (the year's two digits, then its number), or -1 when it is no such file. */
    private static long number(String path) {
        if (path == null) {
            return -1;
        }
        Matcher m = PUBMED_FILE.matcher(path);
        return m.find() ? Long.parseLong(m.group(1)) * 10_000 + Long.parseLong(m.group(2)) : -1;
    }
}
