package org.evidentia.plugins.pubmedxml;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import org.codehaus.stax2.XMLStreamReader2;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.textmining.text.Pmids;

/**
 * Maps one PubMed XML record ({@code PubmedArticle}, {@code PubmedBookArticle} or a bare
 * {@code MedlineCitation}) onto a {@link BibliographicRecord.Builder}, element by element.
 *
 * <p>Each method handles one element and returns with the reader on that element's end tag;
 * elements it has no use for are skipped without reading their text. Because each method only
 * looks at its own children, identifiers nested deeper (the PMIDs of {@code CommentsCorrections},
 * the DOIs in a {@code ReferenceList}) never leak into the record.
 *
 * <p>A parser that keeps no metadata walks the record as one that keeps it does, but passes over
 * the text that only metadata comes from (grants, affiliations, chemicals, comments and
 * corrections, ...) without keeping it: the record's fields, and the problems its text gives
 * (unexpanded entities, U+FFFD, the record's text limit), are the same either way. Not
 * thread-safe: one parser per file.
 *
 * <p>A record holds at most {@link #MAX_RECORD_ELEMENTS} elements that this parser looks at (every
 * child it is handed, skipped ones included, but not what lies inside a skipped one): text is bounded
 * by {@link ElementText}, but millions of small elements ({@code <Author>}, {@code <Keyword>}) would
 * fill the heap with authors and metadata. Past the limit the rest of the record is read past
 * without keeping anything, and {@link #limitPassed()} says so, so that the record is skipped.
 */
final class PubmedRecordParser {

    /**
     * Most elements looked at in one record. The largest real records (the ATLAS and CMS papers,
     * some 3,000 to 5,500 authors at 4 to 10 elements each: names, initials, affiliations) come to
     * an estimated 30,000 to 60,000; the largest of medline16n0902 holds 1,068, of the 2018 sample 2,552.
     */
    static final int MAX_RECORD_ELEMENTS = 500_000;

    private final XMLStreamReader2 reader;
    private final ElementText text;
    /** The {@code RefType}s of a link to the notice that retracted the record. */
    private static final java.util.Set<String> RETRACTION_LINKS = java.util.Set.of("RetractionIn", "RetractedandRepublishedIn");
    private final boolean keepsMetadata;
    private String lastAffiliation;
    private int recordElements;
    private boolean tooManyElements;
    private String notAPmid;
    private boolean identifiedOtherwise;

    /** What a record's parts say about its title, journal and year, settled once the record ends. */
    private static final class Pending {
        String articleTitle;
        String vernacularTitle;
        String bookTitle;
        String journalTitle;
        String isoAbbreviation;
        String medlineTa;
        String pubDateYear;
        String medlineDate;
        String articleDateYear;
        String elocationDoi;
        String articleIdDoi;
        String articleIdPmcid;
        String otherIdPmcid;
    }

    /** @param keepsMetadata false to leave the record's metadata empty, passing over the text only it comes from */
    PubmedRecordParser(XMLStreamReader2 reader, ElementText text, boolean keepsMetadata) {
        this.reader = reader;
        this.text = text;
        this.keepsMetadata = keepsMetadata;
    }

    /**
     * Reads the record whose start tag the reader is on, up to its end tag.
     *
     * @return the builder, with a null {@link BibliographicRecord.Builder#pmid()} when the record had none
     */
    BibliographicRecord.Builder parse() throws XMLStreamException {
        BibliographicRecord.Builder record = BibliographicRecord.builder();
        Pending pending = new Pending();
        lastAffiliation = null;
        recordElements = 0;
        tooManyElements = false;
        notAPmid = null;
        identifiedOtherwise = false;
        switch (reader.getLocalName()) {
            case "MedlineCitation" -> medlineCitation(record, pending);
            default -> children(name -> {
                switch (name) {
                    case "MedlineCitation" -> medlineCitation(record, pending);
                    case "BookDocument" -> bookDocument(record, pending);
                    case "PubmedData", "PubmedBookData" -> pubmedData(record, pending);
                    default -> reader.skipElement();
                }
            });
        }
        settle(record, pending);
        return record;
    }

    /**
     * The text of the last parsed record's {@code <PMID>} when it is no PubMed id ({@link Pmids}), so the
     * record was given no PMID; null when its PMID was read or it had none.
     */
    String notAPmid() {
        return notAPmid;
    }

    /** Whether the last parsed record has a title or a DOI, which identify a record without a PMID. */
    boolean identifiedOtherwise() {
        return identifiedOtherwise;
    }

    /** Which limit the record last parsed passed, in words for a message; null when it passed none. */
    String limitPassed() {
        if (text.limitPassed() != null) {
            return text.limitPassed();
        }
        return tooManyElements ? "it holds more than " + MAX_RECORD_ELEMENTS + " elements (the element limit per record;"
                + " the largest real records, with some 5,000 authors, hold tens of thousands)" : null;
    }

    private void medlineCitation(BibliographicRecord.Builder record, Pending pending) throws XMLStreamException {
        metadataAttribute(record, "Status");
        metadataAttribute(record, "Owner");
        children(name -> {
            switch (name) {
                case "PMID" -> pmid(record);
                case "Article" -> article(record, pending);
                case "MedlineJournalInfo" -> children(child -> {
                    switch (child) {
                        case "MedlineTA" -> pending.medlineTa = text.read(reader);
                        case "Country", "NlmUniqueID" -> metadata(record, child);
                        default -> reader.skipElement();
                    }
                });
                case "ChemicalList" -> children(chemical -> children(child -> {
                    if (child.equals("NameOfSubstance")) {
                        metadata(record, "NameOfSubstance");
                    } else {
                        reader.skipElement();
                    }
                }));
                case "MeshHeadingList" -> children(heading -> meshHeading(record));
                case "KeywordList" -> children(keyword -> keyword(record));
                case "CommentsCorrectionsList" -> children(comment -> commentsCorrections(record));
                case "OtherID" -> otherId(record, pending);
                case "CitationSubset", "NumberOfReferences", "CoiStatement" -> metadata(record, name);
                default -> reader.skipElement();
            }
        });
    }

    private void article(BibliographicRecord.Builder record, Pending pending) throws XMLStreamException {
        metadataAttribute(record, "PubModel");
        children(name -> {
            switch (name) {
                case "Journal" -> journal(record, pending);
                case "ArticleTitle" -> pending.articleTitle = text.read(reader);
                case "VernacularTitle" -> {
                    pending.vernacularTitle = text.read(reader);
                    addMetadata(record, "VernacularTitle", pending.vernacularTitle);
                }
                case "Pagination" -> children(child -> {
                    if (child.equals("MedlinePgn")) {
                        metadata(record, "MedlinePgn");
                    } else {
                        reader.skipElement();
                    }
                });
                case "ELocationID" -> elocationId(record, pending);
                case "Abstract" -> abstractSections(record);
                case "AuthorList" -> children(author -> author(record, "Author"));
                case "Language" -> metadata(record, "Language");
                case "PublicationTypeList" -> children(type -> record.publicationType(text.read(reader)));
                case "ArticleDate" -> pending.articleDateYear = yearOf();
                case "GrantList" -> children(grant -> grant(record));
                default -> reader.skipElement();
            }
        });
    }

    private void journal(BibliographicRecord.Builder record, Pending pending) throws XMLStreamException {
        children(name -> {
            switch (name) {
                case "ISSN" -> metadata(record, "ISSN");
                case "JournalIssue" -> children(child -> {
                    switch (child) {
                        case "Volume", "Issue" -> metadata(record, child);
                        case "PubDate" -> pubDate(record, pending);
                        default -> reader.skipElement();
                    }
                });
                case "Title" -> pending.journalTitle = text.read(reader);
                case "ISOAbbreviation" -> pending.isoAbbreviation = text.read(reader);
                default -> reader.skipElement();
            }
        });
    }

    private void pubDate(BibliographicRecord.Builder record, Pending pending) throws XMLStreamException {
        StringBuilder printed = new StringBuilder();
        children(name -> {
            String value = text.read(reader);
            switch (name) {
                case "Year" -> pending.pubDateYear = value;
                case "MedlineDate" -> pending.medlineDate = value;
                default -> {
                    // Month, Day, Season: only part of the printed date
                }
            }
            if (!value.isEmpty()) {
                printed.append(printed.length() > 0 ? " " : "").append(value);
            }
        });
        addMetadata(record, "PubDate", printed.toString());
    }

    private void abstractSections(BibliographicRecord.Builder record) throws XMLStreamException {
        children(name -> {
            switch (name) {
                case "AbstractText" -> {
                    String label = reader.getAttributeValue(null, "Label");
                    String category = reader.getAttributeValue(null, "NlmCategory");
                    String body = text.read(reader);
                    if (label != null && (label.isBlank() || label.equals("UNLABELLED"))) {
                        label = null; // older files mark unstructured text Label="UNLABELLED"
                    }
                    if (label == null && category != null && !category.equals("UNASSIGNED")) {
                        label = category;
                    }
                    if (!body.isEmpty()) {
                        record.section(label, body);
                        if (category != null) {
                            addMetadata(record, "NlmCategory", category);
                        }
                    }
                }
                case "CopyrightInformation" -> metadata(record, "CopyrightInformation");
                default -> reader.skipElement();
            }
        });
    }

    private void author(BibliographicRecord.Builder record, String kind) throws XMLStreamException {
        boolean valid = !"N".equals(reader.getAttributeValue(null, "ValidYN"));
        String[] parts = new String[4]; // last name, fore name, initials, collective name
        children(name -> {
            switch (name) {
                case "LastName" -> parts[0] = text.read(reader);
                case "ForeName" -> parts[1] = text.read(reader);
                case "Initials" -> parts[2] = text.read(reader);
                case "CollectiveName" -> parts[3] = text.read(reader);
                case "AffiliationInfo" -> children(child -> {
                    if (child.equals("Affiliation")) {
                        affiliation(record);
                    } else {
                        reader.skipElement();
                    }
                });
                case "Identifier" -> {
                    String source = reader.getAttributeValue(null, "Source");
                    addMetadata(record, source == null ? "AuthorIdentifier" : "AuthorIdentifier:" + source, metadataText());
                }
                default -> reader.skipElement();
            }
        });
        if (!valid) {
            // NLM keeps misspelled or wrongly listed names with ValidYN="N"; they are not authors.
            return;
        }
        String name = parts[3] != null ? parts[3]
                : parts[0] == null ? null
                : parts[2] != null ? parts[0] + " " + parts[2] : parts[0];
        if (name == null || name.isEmpty()) {
            return;
        }
        if (kind.equals("Author")) {
            record.author(name);
            if (parts[0] != null) {
                addMetadata(record, "AuthorFullName", parts[1] == null ? parts[0] : parts[0] + ", " + parts[1]);
            }
        } else {
            addMetadata(record, kind, name);
        }
    }

    /**
     * Keeps an affiliation unless it repeats the previous author's: many records list one long
     * affiliation for every author.
     */
    private void affiliation(BibliographicRecord.Builder record) throws XMLStreamException {
        String affiliation = metadataText();
        if (!affiliation.equals(lastAffiliation)) {
            addMetadata(record, "Affiliation", affiliation);
            lastAffiliation = affiliation;
        }
    }

    private void meshHeading(BibliographicRecord.Builder record) throws XMLStreamException {
        StringBuilder heading = new StringBuilder();
        children(name -> {
            switch (name) {
                case "DescriptorName" -> {
                    String descriptor = text.read(reader);
                    record.meshTerm(descriptor);
                    heading.append(descriptor);
                }
                case "QualifierName" -> heading.append('/').append(metadataText());
                default -> reader.skipElement();
            }
        });
        if (heading.length() > 0) {
            // Descriptor with qualifiers, as MEDLINE's MH line prints it: "Cytokines/blood".
            addMetadata(record, "MeshHeading", heading.toString());
        }
    }

    private void keyword(BibliographicRecord.Builder record) throws XMLStreamException {
        String keyword = text.read(reader);
        if (!keyword.isEmpty()) {
            record.keyword(keyword);
        }
    }

    private void commentsCorrections(BibliographicRecord.Builder record) throws XMLStreamException {
        String refType = reader.getAttributeValue(null, "RefType");
        // a link to the notice that retracted the record decides its design, so it is kept where no other metadata is (the
        // review of session 27, V5: a RetractionIn alone left the study voting)
        boolean retraction = refType != null && RETRACTION_LINKS.contains(refType); // Set.of's contains(null) throws (the review of session 27's change, R11)
        String[] pmid = new String[1];
        children(name -> {
            if (name.equals("PMID")) {
                pmid[0] = retraction ? text.read(reader) : metadataText();
            } else {
                reader.skipElement();
            }
        });
        if (refType != null && pmid[0] != null && !pmid[0].isEmpty() && (keepsMetadata || retraction)) {
            record.metadata("CommentsCorrections", refType + " " + pmid[0]);
        }
    }

    private void grant(BibliographicRecord.Builder record) throws XMLStreamException {
        StringBuilder grant = new StringBuilder();
        children(name -> {
            switch (name) {
                case "GrantID", "Agency" -> {
                    String value = metadataText();
                    if (!value.isEmpty()) {
                        grant.append(grant.length() > 0 ? " / " : "").append(value);
                    }
                }
                default -> reader.skipElement();
            }
        });
        addMetadata(record, "Grant", grant.toString());
    }

    private void otherId(BibliographicRecord.Builder record, Pending pending) throws XMLStreamException {
        // MedlineCitationSet files (no PubmedData) give the PMCID only here.
        String value = text.read(reader);
        if (value.startsWith("PMC") && pending.otherIdPmcid == null) {
            // Embargoed ones read "PMC4621123 [Available on 05/01/16]".
            int end = 3;
            while (end < value.length() && Character.isDigit(value.charAt(end))) {
                end++;
            }
            pending.otherIdPmcid = end > 3 ? value.substring(0, end) : null;
        }
        addMetadata(record, "OtherID", value);
    }

    private void elocationId(BibliographicRecord.Builder record, Pending pending) throws XMLStreamException {
        String type = reader.getAttributeValue(null, "EIdType");
        String value = text.read(reader);
        if ("doi".equals(type)) {
            if (pending.elocationDoi == null) {
                pending.elocationDoi = value;
            }
        } else if (type != null) {
            addMetadata(record, "ELocationID:" + type, value);
        }
    }

    private void pubmedData(BibliographicRecord.Builder record, Pending pending) throws XMLStreamException {
        children(name -> {
            switch (name) {
                case "ArticleIdList" -> children(id -> articleId(record, pending));
                case "PublicationStatus" -> metadata(record, "PublicationStatus");
                default -> reader.skipElement(); // History, ReferenceList (whose DOIs are others')
            }
        });
    }

    private void articleId(BibliographicRecord.Builder record, Pending pending) throws XMLStreamException {
        String type = reader.getAttributeValue(null, "IdType");
        String value = text.read(reader);
        if (type == null || value.isEmpty()) {
            return;
        }
        switch (type) {
            case "doi" -> pending.articleIdDoi = value;
            case "pmc" -> pending.articleIdPmcid = value;
            case "pubmed" -> {
                // the PMID itself, already read from MedlineCitation or BookDocument
            }
            default -> addMetadata(record, "ArticleId:" + type, value);
        }
    }

    private void bookDocument(BibliographicRecord.Builder record, Pending pending) throws XMLStreamException {
        children(name -> {
            switch (name) {
                case "PMID" -> pmid(record);
                case "ArticleIdList" -> children(id -> articleId(record, pending));
                case "Book" -> book(record, pending);
                case "ArticleTitle" -> pending.articleTitle = text.read(reader);
                case "VernacularTitle" -> pending.vernacularTitle = text.read(reader);
                case "Language" -> metadata(record, "Language");
                case "AuthorList" -> children(author -> author(record, "Author"));
                case "Abstract" -> abstractSections(record);
                case "KeywordList" -> children(keyword -> keyword(record));
                case "PublicationType" -> record.publicationType(text.read(reader));
                case "LocationLabel" -> metadata(record, "LocationLabel");
                default -> reader.skipElement();
            }
        });
    }

    private void book(BibliographicRecord.Builder record, Pending pending) throws XMLStreamException {
        children(name -> {
            switch (name) {
                case "Publisher" -> children(child -> {
                    if (child.equals("PublisherName")) {
                        metadata(record, "PublisherName");
                    } else {
                        reader.skipElement();
                    }
                });
                case "BookTitle" -> {
                    pending.bookTitle = text.read(reader);
                    addMetadata(record, "BookTitle", pending.bookTitle);
                }
                case "PubDate" -> pubDate(record, pending);
                case "AuthorList" -> children(author -> author(record, "BookEditor"));
                default -> reader.skipElement();
            }
        });
    }

    /** Title, journal, year and DOI, each from the best of the places a record may give it. */
    private void settle(BibliographicRecord.Builder record, Pending pending) {
        record.title(firstNonEmpty(pending.articleTitle, pending.vernacularTitle, pending.bookTitle));
        String journal = firstNonEmpty(pending.journalTitle, pending.isoAbbreviation, pending.medlineTa);
        record.journal(journal);
        if (pending.isoAbbreviation != null) {
            addMetadata(record, "ISOAbbreviation", pending.isoAbbreviation);
        }
        if (pending.medlineTa != null) {
            addMetadata(record, "MedlineTA", pending.medlineTa);
        }
        Integer year = Years.firstYear(pending.pubDateYear);
        if (year == null) {
            year = Years.firstYear(pending.medlineDate);
        }
        if (year == null) {
            year = Years.firstYear(pending.articleDateYear);
        }
        record.year(year);
        String doi = firstNonEmpty(pending.articleIdDoi, pending.elocationDoi);
        record.doi(doi);
        identifiedOtherwise = doi != null
                || firstNonEmpty(pending.articleTitle, pending.vernacularTitle, pending.bookTitle) != null;
        record.pmcid(firstNonEmpty(pending.articleIdPmcid, pending.otherIdPmcid));
    }

    private String yearOf() throws XMLStreamException {
        String[] year = new String[1];
        children(name -> {
            if (name.equals("Year")) {
                year[0] = text.read(reader);
            } else {
                reader.skipElement();
            }
        });
        return year[0];
    }

    private void pmid(BibliographicRecord.Builder record) throws XMLStreamException {
        String version = reader.getAttributeValue(null, "Version");
        String pmid = text.read(reader);
        if (record.pmid() == null && notAPmid == null && !pmid.isEmpty()) {
            // the record's first <PMID> decides: a later one (a BookDocument's) is no better evidence than a bad first
            String digits = Pmids.normalised(pmid);
            if (digits == null) {
                notAPmid = pmid; // kept as the PMID, it would link to no record and merge with no other copy of the study
            } else {
                record.pmid(digits);
                record.version(version(version));
            }
        }
    }

    /** {@code <PMID Version="2">}: the record's version; null when absent or not a positive number (PubMed's default is 1). */
    static Integer version(String attribute) {
        if (attribute == null || attribute.isBlank()) {
            return null;
        }
        try {
            int version = Integer.parseInt(attribute.strip());
            return version >= 1 ? version : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Reads the element's text into metadata under its own name. */
    private void metadata(BibliographicRecord.Builder record, String key) throws XMLStreamException {
        addMetadata(record, key, metadataText());
    }

    /**
     * The text of an element that only metadata comes from; when this parser keeps no metadata,
     * an empty string, the text passed over as {@link ElementText#pass} does.
     */
    private String metadataText() throws XMLStreamException {
        if (keepsMetadata) {
            return text.read(reader);
        }
        text.pass(reader);
        return "";
    }

    /** Keeps an attribute of the current element in metadata under its own name. */
    private void metadataAttribute(BibliographicRecord.Builder record, String attribute) {
        addMetadata(record, attribute, reader.getAttributeValue(null, attribute));
    }

    private void addMetadata(BibliographicRecord.Builder record, String key, String value) {
        if (keepsMetadata && value != null && !value.isEmpty()) {
            record.metadata(key, value);
        }
    }

    private static String firstNonEmpty(String... values) {
        for (String value : values) {
            if (value != null && !value.isEmpty()) {
                return value;
            }
        }
        return null;
    }

    /** Calls {@code handler} on each child element's start tag; returns on this element's end tag. */
    private void children(ChildHandler handler) throws XMLStreamException {
        while (true) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (!tooManyElements && ++recordElements <= MAX_RECORD_ELEMENTS) {
                    handler.child(reader.getLocalName());
                } else {
                    tooManyElements = true;
                    reader.skipElement(); // nothing more is kept of this record
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                return;
            } else if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                text.unexpandedEntity(reader.getLocalName());
            }
        }
    }

    @FunctionalInterface
    private interface ChildHandler {
        void child(String name) throws XMLStreamException;
    }
}
