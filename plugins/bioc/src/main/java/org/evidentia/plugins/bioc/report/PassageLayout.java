package org.evidentia.plugins.bioc.report;

import java.util.ArrayList;
import java.util.List;
import org.evidentia.api.AbstractSection;
import org.evidentia.api.BibliographicRecord;

/**
 * A record laid out as BioC passages, and the way from a record's field offsets to BioC document
 * offsets.
 *
 * <p>The passages are the title (type {@code title}, always, empty when the record has none), then,
 * for each abstract section, its label as a heading passage (type {@code abstract_title_1}, as
 * NCBI's BioC-PMC service writes abstract headings) and its text (type {@code abstract}). The first
 * passage is at offset 0 and each next one starts one past the end of the one before, as BioC
 * places PubMed titles and abstracts. Offsets count Unicode code points.
 *
 * <p>Evidence offsets index {@link BibliographicRecord#text(String)}: the title, or the abstract as
 * one text ({@code "LABEL: text"} per section, sections joined by line feeds). Each passage
 * remembers where its text starts in its field, so a span maps to the passages it covers.
 */
final class PassageLayout {

    static final String TITLE = "title";
    static final String HEADING = "abstract_title_1";
    static final String ABSTRACT = "abstract";

    /**
     * One passage in place.
     *
     * @param field      the record field its text is part of
     * @param fieldStart where its text starts in that field, in {@code char}s
     * @param type       its BioC type
     * @param text       its text, cleaned for XML
     * @param offset     its BioC document offset, in code points
     */
    record Placed(String field, int fieldStart, String type, String text, long offset) {

        int fieldEnd() {
            return fieldStart + text.length();
        }

        /** The document offset of a field offset inside (or at the end of) this passage. */
        long documentOffset(int fieldOffset) {
            int inside = Math.max(0, Math.min(fieldOffset - fieldStart, text.length()));
            return offset + text.codePointCount(0, inside);
        }
    }

    private final List<Placed> passages;

    private PassageLayout(List<Placed> passages) {
        this.passages = List.copyOf(passages);
    }

    static PassageLayout of(BibliographicRecord record) {
        List<Placed> passages = new ArrayList<>();
        long[] next = {0};
        place(passages, next, BibliographicRecord.FIELD_TITLE, 0, TITLE, record.text(BibliographicRecord.FIELD_TITLE));
        int at = 0;
        for (AbstractSection section : record.sections()) {
            if (section.label() != null) {
                place(passages, next, BibliographicRecord.FIELD_ABSTRACT, at, HEADING, section.label());
                at += section.label().length() + 2; // "LABEL: "
            }
            place(passages, next, BibliographicRecord.FIELD_ABSTRACT, at, ABSTRACT, section.text());
            at += section.text().length() + 1; // the line feed between sections
        }
        return new PassageLayout(passages);
    }

    private static void place(List<Placed> passages, long[] next, String field, int fieldStart, String type, String text) {
        String clean = XmlCharacters.clean(text);
        passages.add(new Placed(field, fieldStart, type, clean, next[0]));
        next[0] += clean.codePointCount(0, clean.length()) + 1;
    }

    /** The passages, in document order. */
    List<Placed> passages() {
        return passages;
    }

    /**
     * Where the span {@code [start, end)} of {@code field} is in the document: one location per
     * passage it covers (one, unless it runs over a section's label into its text). A span that
     * covers no passage's text (an empty span, or one that lies only in a label's {@code ": "} or a
     * line feed between sections) gets one location of length 0 where it starts.
     */
    List<Bioc.Location> locations(String field, int start, int end) {
        List<Bioc.Location> locations = new ArrayList<>();
        for (Placed passage : passages) {
            if (!passage.field().equals(field)) {
                continue;
            }
            int from = Math.max(start, passage.fieldStart());
            int to = Math.min(end, passage.fieldEnd());
            if (from < to) {
                long offset = passage.documentOffset(from);
                locations.add(new Bioc.Location(offset, passage.documentOffset(to) - offset));
            }
        }
        if (locations.isEmpty()) {
            locations.add(new Bioc.Location(passages.get(passageAt(field, start)).documentOffset(start), 0));
        }
        return locations;
    }

    /**
     * The index of the passage that holds field offset {@code at}: the last passage of the field
     * that starts at or before it (so a point in a separator belongs to the passage before); the
     * title passage when the field has no passage.
     */
    int passageAt(String field, int at) {
        int found = -1;
        for (int i = 0; i < passages.size(); i++) {
            Placed passage = passages.get(i);
            if (passage.field().equals(field) && (found < 0 || passage.fieldStart() <= at)) {
                found = i;
            }
        }
        return Math.max(found, 0);
    }
}
