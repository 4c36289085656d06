package org.evidentia.plugins.pubmed.page;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evidentia.api.AbstractSection;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.Origin;
import org.evidentia.plugins.pubmed.AbstractSections;
import org.evidentia.plugins.pubmed.Identifiers;
import org.evidentia.plugins.pubmed.InputReport;
import org.evidentia.plugins.pubmed.LineInput;
import org.evidentia.textmining.text.PubmedMarkup;

/**
 * Reads the article out of one copied page.
 *
 * <p>Site furniture and trailing sections are set aside by {@link PageVocabulary}. Before the
 * abstract, lines are recognised by their form: publication types, the citation
 * ({@code "Journal. 2003 Oct;7(5):342-7."}, the journal may be lost in copying), identifier lines
 * ({@code doi: ...}, {@code PMID: ...}), PubMed's sticky header ({@code "Author et al. Journal.
 * 2003 Oct."}); the first other line is the title and an author list may follow it. The abstract is
 * what follows an "Abstract" heading, or, on sites without one, the long paragraph(s) after the
 * title. After it, "Publication types", "MeSH terms" and "Keywords:" are read; the rest is ignored.
 */
final class PageParser {

    /** Lines a "Full text links" box above the citation may hold: its links to publishers and archives. */
    private static final int FULL_TEXT_LINKS_BOX = 12;
    private static final Pattern CITATION = Pattern.compile(
            "^([^.;]{0,150}?)\\s*\\.\\s+((?:18|19|20)\\d\\d)\\b.{0,80}$");
    private static final Pattern ET_AL = Pattern.compile("^(.+?)\\s+et al\\.\\s+(.+?)\\.\\s+((?:18|19|20)\\d\\d)\\b.*");
    private static final Pattern JOURNAL_YEAR = Pattern.compile(
            "^(\\p{L}[\\p{L} .,:&()'-]{2,100}?)\\.?\\s+((?:18|19|20)\\d\\d)(?:\\s+\\p{L}{3,9}\\.?)?(?:\\s+\\d{1,2})?\\.?$");
    private static final Pattern PMID = Pattern.compile("(?i)\\bPMID:\\s*(\\d+)");
    /** An article page's own identity line: {@code PMID: 25977516}, maybe with its PMCID and DOI after it. */
    private static final Pattern IDENTITY_PMID = Pattern.compile("^PMID:\\s*(\\d+)\\b");
    private static final Pattern PMCID = Pattern.compile("(?i)\\bPMCID:\\s*(PMC\\d+)");
    private static final Pattern ID_LINE = Pattern.compile("(?i)^(?:doi|pmid|pmcid|epub)\\b.*");
    private static final Pattern LABEL_ONLY = Pattern.compile("^[A-Z][A-Za-z /&,-]{1,40}:$");
    private static final Pattern PAGE_AUTHOR = Pattern.compile(
            "^(?:(?:[A-Z][\\p{L}'-]*\\.?|de|del|van|von|der|da|di|la|le)\\s+){1,4}[A-Z][\\p{L}'-]+(?:\\s+\\d+(?:\\s+\\d+)*)?$");
    /** The "long paragraph" an abstract is on sites without an "Abstract" heading. */
    private static final int MIN_ABSTRACT_LENGTH = 200;
    private static final int MIN_PARAGRAPH_LENGTH = 40;

    private final PageSplitter pages;
    private final LineInput lines;
    private final InputReport report;
    private long recordNumber;

    PageParser(LineInput lines, InputReport report) {
        this.lines = lines;
        this.pages = new PageSplitter(lines);
        this.report = report;
    }

    /** The next page's record, or null at the end; pages without an article are reported and passed over. */
    BibliographicRecord next() {
        while (true) {
            List<PageLine> page = pages.next();
            if (page == null) {
                // Pages have no identity line in common (abstract sites print no PMID): the count is the splitter's.
                report.inputHolds(recordNumber);
                if (recordNumber == 0) {
                    if (lines.sawContent()) {
                        report.notice(report.file() + " holds no article page (no title, abstract or identifiers"
                                + " outside site boilerplate): read none");
                    } else {
                        report.empty("copied PubMed or abstract-site page");
                    }
                }
                return null;
            }
            recordNumber++;
            if (pages.wasCut()) {
                report.warning(report.origin(recordNumber, page.get(0).number()), "page " + recordNumber + " has more than "
                        + PageSplitter.MAX_PAGE_LINES + " lines without a page separator; read as several pages"
                        + " (expected pages separated by '-----' lines or starting with the site's first line)");
            }
            long cutLine = page.stream().filter(PageLine::cut).mapToLong(PageLine::number).findFirst().orElse(0);
            if (cutLine > 0 || pages.wasTooLarge()) {
                report.skipped(report.origin(recordNumber, page.get(0).number()), "page " + recordNumber + " skipped: "
                        + InputReport.limitPassed(cutLine) + "; expected a page copied from a browser");
                continue;
            }
            String merged = mergedArticles(page);
            if (merged != null) {
                report.skipped(report.origin(recordNumber, page.get(0).number()), "page " + recordNumber + " skipped: " + merged);
                continue;
            }
            BibliographicRecord record = parse(page);
            if (record != null) {
                return record;
            }
        }
    }

    /**
     * Why a page is several articles run together, or null: it has the identity lines of several PMIDs ({@code PMID: n} at a
     * line's start, as an article page prints its own; a similar article's citation holds its PMID inside the line). Pages
     * copied by hand without a separator read as one page whose first PMID took the other articles' abstracts and findings,
     * and a copied list of search results as one record titled "Results: 1 to 6 of 507" (the review of session 28, N14 and
     * N15): such a page is skipped, since its text cannot be told apart by article. A second "Abstract" line is no sign: PubMed's
     * page navigation, copied with the page, lists one (the review of the session's change, R3).
     */
    private static String mergedArticles(List<PageLine> page) {
        Set<String> pmids = new LinkedHashSet<>();
        for (PageLine line : page) {
            Matcher identity = IDENTITY_PMID.matcher(line.text());
            if (identity.find()) {
                pmids.add(identity.group(1));
            }
        }
        if (pmids.size() < 2) {
            return null;
        }
        List<String> listed = new ArrayList<>(pmids);
        return "it holds the PMID lines of " + pmids.size() + " articles (" + String.join(", ", listed.subList(0, Math.min(10, listed.size())))
                + (listed.size() > 10 ? ", ..." : "") + "): pages copied without a separator, or a list of search results,"
                + " whose text cannot be told apart by article (expected one article a page: put a line of ----- between pages"
                + " copied by hand; save search results in PubMed or Abstract (text) format, or search with --pubmed)";
    }

    /**
     * Where the article starts: past a "Full text links" box that a page copied from a narrow window or a phone has above
     * its citation (its links, "Elsevier Science", "Free PMC article", then the citation line), which otherwise ended the
     * article before it began (the review of session 33, G1: the page was skipped as having no title, PMID or DOI); 0 for
     * any other page, or when no citation line follows the box within a few lines.
     */
    private static int articleStart(List<PageLine> page) {
        int box = 0;
        while (box < page.size() && PageVocabulary.isBoilerplate(page.get(box).normalised())) {
            box++;
        }
        if (box == page.size() || !page.get(box).normalised().equals("full text links")) {
            return 0;
        }
        for (int j = box + 1; j < page.size() && j <= box + FULL_TEXT_LINKS_BOX; j++) {
            String text = page.get(j).text();
            if (CITATION.matcher(text).matches() || ET_AL.matcher(text.replace('\u00a0', ' ')).matches()
                    || j + 1 < page.size() && isBareCitation(page.get(j + 1).text())) {
                return j;
            }
            if (PageVocabulary.isEndHeading(page.get(j).normalised())) {
                return 0;
            }
        }
        return 0;
    }

    private BibliographicRecord parse(List<PageLine> page) {
        Origin origin = report.origin(recordNumber, page.get(0).number());
        BibliographicRecord.Builder builder = BibliographicRecord.builder().origin(origin);
        Set<String> types = new LinkedHashSet<>();
        int abstractHeading = -1;
        int start = articleStart(page);
        for (int i = start; i < page.size(); i++) {
            String normalised = page.get(i).normalised();
            if (normalised.equals("abstract") || normalised.equals("abstract:")) {
                abstractHeading = i;
                break;
            }
            if (PageVocabulary.isClosingHeading(normalised)) {
                break;
            }
        }
        String title = null;
        String journal = null;
        Integer year = null;
        String doi = null;
        String pmid = null;
        boolean afterTitle = false;
        boolean hasAuthors = false;
        int index;
        List<String> paragraphs = new ArrayList<>();
        for (index = start; index < page.size(); index++) {
            PageLine line = page.get(index);
            String text = line.text();
            String normalised = line.normalised();
            if (index == abstractHeading) {
                index++;
                break;
            }
            if (PageVocabulary.isEndHeading(normalised)) {
                if (index < abstractHeading) {
                    // A section such as "Comment in" printed above the abstract: pass over it.
                    index = abstractHeading - 1;
                    continue;
                }
                break;
            }
            if (PageVocabulary.isBoilerplate(normalised)) {
                continue;
            }
            String type = PageVocabulary.publicationType(normalised);
            if (type != null) {
                types.add(type);
                continue;
            }
            if (ID_LINE.matcher(text).matches() || PMID.matcher(text).find()) {
                doi = doi != null ? doi : Identifiers.doi(text);
                pmid = pmid != null ? pmid : group(PMID, text);
                String pmcid = group(PMCID, text);
                if (pmcid != null) {
                    builder.pmcid(pmcid);
                }
                builder.metadata("identifiers", text);
                continue;
            }
            Matcher etAl = ET_AL.matcher(text.replace('\u00a0', ' '));
            if (etAl.matches()) {
                builder.metadata("header", text);
                if (!hasAuthors) {
                    builder.author(CitationName.of(etAl.group(1))).metadata("authors", "first author only (et al.)");
                    hasAuthors = true;
                }
                journal = journal != null ? journal : etAl.group(2).strip();
                year = year != null ? year : Integer.valueOf(etAl.group(3));
                continue;
            }
            if (title == null && index + 1 < page.size() && isBareCitation(page.get(index + 1).text())) {
                // PubMed prints the journal on its own line, and the citation after it starts with ". 2003".
                journal = text;
                continue;
            }
            Matcher citation = CITATION.matcher(text);
            // before the title, as PubMed prints it, or after the title and authors, as a page copied by hand may have it
            if ((title == null || year == null) && citation.matches()) {
                builder.metadata("citation", text);
                if (!citation.group(1).isBlank() && journal == null) {
                    journal = citation.group(1).strip();
                }
                year = Integer.valueOf(citation.group(2));
                doi = doi != null ? doi : Identifiers.doi(text);
                continue;
            }
            if (title == null) {
                title = text;
                afterTitle = true;
                continue;
            }
            if (text.equals(title)) {
                continue;
            }
            if (afterTitle && !hasAuthors && isAuthorLine(text)) {
                for (String name : text.replace('\u00a0', ' ').split(",\\s*")) {
                    builder.author(CitationName.of(name.replaceAll("(\\s+\\d+)+$", "")));
                }
                hasAuthors = true;
                afterTitle = false;
                continue;
            }
            afterTitle = false;
            Matcher journalYear = JOURNAL_YEAR.matcher(text);
            if (journal == null && journalYear.matches()) {
                // Abstract sites print "Journal of Pain Research 2013 March" under the title.
                journal = journalYear.group(1).strip();
                year = year != null ? year : Integer.valueOf(journalYear.group(2));
                builder.metadata("citation", text);
                continue;
            }
            if (abstractHeading < 0 && text.length() >= MIN_ABSTRACT_LENGTH) {
                paragraphs.add(text);
                index++;
                break;
            }
            builder.metadata("other", text);
        }
        index = readAbstract(page, index, paragraphs, abstractHeading >= 0);
        readTrailingSections(page, index, builder, types);
        types.forEach(builder::publicationType);
        if (title == null && pmid == null && doi == null) {
            report.skipped(origin, "page " + recordNumber + " has no title, PMID or DOI outside site boilerplate"
                    + "; expected a PubMed or abstract-site article page");
            return null;
        }
        List<AbstractSection> sections = sectionsOf(paragraphs);
        if (sections.isEmpty()) {
            report.warning(origin, "page " + recordNumber + " has no abstract (expected an 'Abstract' heading or a"
                    + " paragraph of " + MIN_ABSTRACT_LENGTH + "+ characters after the title); kept without one");
        }
        long notUtf8 = page.stream().filter(l -> l.text().indexOf(LineInput.REPLACEMENT) >= 0)
                .mapToLong(PageLine::number).findFirst().orElse(0);
        if (notUtf8 > 0) {
            report.notUtf8(origin, notUtf8);
        }
        return builder.pmid(pmid).doi(doi).title(PubmedMarkup.plainText(title)).journal(journal).year(year).sections(sections).build();
    }

    /** Reads abstract paragraphs from {@code start}; returns the index of the first line after them. */
    private static int readAbstract(List<PageLine> page, int start, List<String> paragraphs, boolean headed) {
        if (paragraphs.isEmpty() && !headed) {
            return start;
        }
        int index = start;
        for (; index < page.size(); index++) {
            PageLine line = page.get(index);
            String normalised = line.normalised();
            if (PageVocabulary.isEndHeading(normalised) || PageVocabulary.isBoilerplate(normalised)) {
                break;
            }
            boolean prose = line.text().length() >= MIN_PARAGRAPH_LENGTH || LABEL_ONLY.matcher(line.text()).matches();
            if (!headed && !prose) {
                break;
            }
            paragraphs.add(line.text());
        }
        return index;
    }

    private static void readTrailingSections(List<PageLine> page, int start, BibliographicRecord.Builder builder, Set<String> types) {
        String section = "";
        for (int index = start; index < page.size(); index++) {
            PageLine line = page.get(index);
            String normalised = line.normalised();
            if (normalised.startsWith("keywords:") && normalised.length() > "keywords:".length()) {
                for (String keyword : line.text().substring("keywords:".length()).split(";\\s*")) {
                    String value = keyword.strip();
                    builder.keyword(value.endsWith(".") ? value.substring(0, value.length() - 1) : value);
                }
                continue;
            }
            if (normalised.startsWith("copyright") || normalised.startsWith("©")) {
                builder.metadata("copyright", line.text());
                continue;
            }
            if (PageVocabulary.isEndHeading(normalised)) {
                section = normalised;
                continue;
            }
            switch (section) {
                case "publication types", "publication type" -> {
                    String canonical = PageVocabulary.publicationType(normalised);
                    types.add(canonical != null ? canonical : line.text());
                }
                case "mesh terms" -> builder.meshTerm(line.text());
                case "keywords", "keywords:" -> builder.keyword(line.text());
                default -> {
                    // similar articles, references, links: not this article's data
                }
            }
        }
    }

    /** Abstract paragraphs as sections; a label alone on its line ("Background:") heads the next paragraph. */
    private static List<AbstractSection> sectionsOf(List<String> paragraphs) {
        List<List<String>> merged = new ArrayList<>();
        String pendingLabel = null;
        for (String paragraph : paragraphs) {
            if (LABEL_ONLY.matcher(paragraph).matches()) {
                pendingLabel = paragraph;
                continue;
            }
            merged.add(List.of(pendingLabel == null ? paragraph : pendingLabel + " " + paragraph));
            pendingLabel = null;
        }
        return AbstractSections.fromLines(merged);
    }

    private static boolean isBareCitation(String text) {
        Matcher citation = CITATION.matcher(text);
        return text.startsWith(".") && citation.matches() && citation.group(1).isBlank();
    }

    private static boolean isAuthorLine(String text) {
        String[] names = text.replace('\u00a0', ' ').split(",\\s*");
        for (String name : names) {
            if (!PAGE_AUTHOR.matcher(name.strip()).matches()) {
                return false;
            }
        }
        return true;
    }

    private static String group(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? matcher.group(1) : null;
    }
}
