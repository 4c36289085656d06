package org.evidentia.runtime.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.evidentia.api.RunSummary.Problem;
import org.evidentia.runtime.input.PathSourceInput;

/**
 * Takes the file's own text out of what a source said of a file it was forced on and kept no
 * record from (review L4). Such a file may be any file a pipeline from someone else names, with a
 * source forced on it ({@code ~/.netrc} read as MEDLINE), and a source quotes the lines it cannot
 * read ({@code first at line 1: 'machine example.com login ana password ...'}) into run.json and
 * report.html. So each quoted stretch that is the start of one of the file's lines (after its
 * leading white space) is replaced by its length: {@code '(52 characters of the file, not shown)'};
 * what the source wrote itself (its {@code expected 'PMID- 12345678'}) stays, and so does the
 * quoting of files a source keeps records from, where it points at the line to mend.
 *
 * <p>A quote is found by where it starts (after {@code '}) and matched against the lines, not by
 * where it ends, so an apostrophe in the quoted line does not end it early. The file is read once
 * more, line by line, as the source read it; when it cannot be, every quoted stretch is hidden.
 */
final class QuotedLines {

    /** Shorter stretches that happen to start a line ({@code 'T'}, {@code 'PM'}) are the source's words, not the file's. */
    static final int MIN_QUOTED = 4;

    /**
     * A stretch of this length that starts a line is the file's wherever it ends. A shorter one is the
     * file's only when it is the whole quote, or ends where the source cut the line ({@code ...}): the
     * source's hint {@code 'PMID- 12345678'} starts as a page's {@code PMID: 16996242} does, and stays.
     */
    static final int WHOLE_QUOTE_BELOW = 16;

    private QuotedLines() {
    }

    /** {@code problems} with the file's text taken out of their messages, in the same order. */
    static List<Problem> hidden(PathSourceInput file, List<Problem> problems) {
        List<Candidate> candidates = new ArrayList<>();
        for (int p = 0; p < problems.size(); p++) {
            String message = problems.get(p).message();
            for (int i = message.indexOf('\''); i >= 0 && i + 1 < message.length(); i = message.indexOf('\'', i + 1)) {
                candidates.add(new Candidate(p, i + 1));
            }
        }
        if (candidates.isEmpty()) {
            return problems;
        }
        try (BufferedReader reader = file.openReader()) {
            for (String line; (line = reader.readLine()) != null; ) {
                String stripped = line.stripLeading();
                if (stripped.length() < MIN_QUOTED) {
                    continue;
                }
                for (Candidate c : candidates) {
                    c.matched = Math.max(c.matched, commonPrefix(problems.get(c.problem).message(), c.start, stripped));
                }
            }
        } catch (IOException | RuntimeException e) {
            // it could be read before: hide whatever is quoted rather than show what may be the file's
            for (Candidate c : candidates) {
                String message = problems.get(c.problem).message();
                int end = message.indexOf('\'', c.start);
                c.matched = end < 0 ? 0 : end - c.start;
            }
        }
        List<Problem> result = new ArrayList<>(problems);
        for (int p = 0; p < problems.size(); p++) {
            Problem problem = problems.get(p);
            String message = problem.message();
            StringBuilder hidden = new StringBuilder(message.length());
            int done = 0;
            for (Candidate c : candidates) {
                if (c.problem != p || c.start < done || !theFiles(message, c)) {
                    continue; // another message's, inside a stretch already hidden, or the source's own words
                }
                hidden.append(message, done, c.start).append('(').append(c.matched).append(" characters of the file, not shown)");
                done = c.start + c.matched;
            }
            if (done > 0) {
                hidden.append(message, done, message.length());
                result.set(p, new Problem(problem.kind(), problem.extension(), problem.file(), problem.recordNumber(), problem.line(),
                        problem.recordId(), hidden.toString()));
            }
        }
        return result;
    }

    /** Whether the quoted stretch {@code c} found in {@code message} is the file's text (see {@link #WHOLE_QUOTE_BELOW}). */
    private static boolean theFiles(String message, Candidate c) {
        if (c.matched < MIN_QUOTED) {
            return false;
        }
        if (c.matched >= WHOLE_QUOTE_BELOW) {
            return true;
        }
        // the rest of the quote, up to its closing quote: nothing, or the dots of a cut
        int end = c.start + c.matched;
        int close = message.indexOf('\'', end);
        String rest = message.substring(end, close < 0 ? message.length() : close);
        return rest.chars().allMatch(ch -> ch == '.' || ch == '\u2026');
    }

    /** How many chars of {@code message} from {@code start} begin {@code line}. */
    private static int commonPrefix(String message, int start, String line) {
        int n = Math.min(message.length() - start, line.length());
        int i = 0;
        while (i < n && message.charAt(start + i) == line.charAt(i)) {
            i++;
        }
        return i;
    }

    /** A quote's start in one problem's message, and the longest start of a line of the file found there. */
    private static final class Candidate {
        final int problem;
        final int start;
        int matched;

        Candidate(int problem, int start) {
            this.problem = problem;
            this.start = start;
        }
    }
}
