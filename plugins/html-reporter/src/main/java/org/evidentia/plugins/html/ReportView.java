package org.evidentia.plugins.html;

import java.util.List;

/**
 * Everything the page template shows, already ordered and formatted, so the template only lays it
 * out and the page depends on nothing but the run. Text is raw here (the template engine escapes
 * every value it prints), except {@link Fragment}s, which were escaped when they were rendered.
 *
 * <p>The types are public only because the template engine reads them by reflection.
 *
 * @param readFirst  what a reader must know before trusting the numbers (problems, notices, the
 *                   focus, records without abstract); empty when nothing applies
 * @param readFirstPointer the line that opens the key results and sends the reader to the "Read this
 *                   first" box, which then follows them, so that the first key result is on the
 *                   first screen of a laptop (review 20, M1): what to know before citing a count, in
 *                   one or two clauses (the extraction, a focus). Null when the box comes before the
 *                   key results, under the header: a failed run (a report for inspection), or no key results
 * @param keyResults one box per finding kind with findings, in the order of {@code kinds}
 * @param kinds     one section per finding kind: those with findings in extractor order, then those
 *                  without (one line each)
 * @param studies   cards of the studies with findings whose design votes, in study order
 * @param nonVoting cards of the studies with findings that cast no votes (their design, or retracted), in study order
 * @param retractedVotes whether retracted publications vote ({@code synthesis.retracted-votes})
 * @param documentTitle the browser tab's and history's title: {@code title}, what the run was about and its day
 *                      ({@link ReportViewBuilder#documentTitle}), so that reports open side by side can be told apart
 * @param multiplicity how many sign tests the report makes and how many of them are below 0.05, as a sentence
 *                     ({@link Phrases#multiplicity}), for the caveat that they are not adjusted for multiplicity
 */
public record ReportView(String title, String documentTitle, String question, String runDate, String evidentiaVersion, String lede, List<Caveat> readFirst,
                         String readFirstPointer, Flow flow, List<KeyResults> keyResults, List<KindSection> kinds, List<StudyCard> studies, List<StudyCard> nonVoting,
                         String votingDesigns, boolean retractedVotes, Methods methods, List<Term> glossary, String multiplicity) {

    /**
     * One point of the "Read this first" box, with a link to where the page says more ({@code href} null
     * for none) and, under the focus notice, the studies it asks the reader to check (null elsewhere).
     *
     * @param summary the one line that stands for a long point, which the page folds behind it
     *                ({@code <details>}) so the box stays short; null to show the text itself
     */
    public record Caveat(String text, String href, String linkText, String summary, RecordsToCheck toCheck) {

        /** A point shown whole. */
        public Caveat(String text, String href, String linkText) {
            this(text, href, linkText, null, null);
        }
    }

    /**
     * The studies a focused run lost every finding of for want of a value alone, folded under its
     * notice: {@code summary} heads the fold; {@code notListed} says how many more run.json lists, or is empty; {@code byNaming}
     * when the focus has free-text values, whose studies not naming them a printed copy leaves out, as {@code printed} says
     * (empty when it leaves none out), and {@code noneNamed} when that is all of them, so that paper has no table.
     */
    public record RecordsToCheck(String summary, List<LeftOutStudy> studies, String notListed, boolean byNaming, boolean noneNamed,
                                 String printed) {
    }

    /**
     * One of them: its label ({@code Li et al. 2015}, not lettered: it is not among the report's
     * studies), PMID and link (null without), title, the findings the focus left out, and whether its
     * title or abstract names a free-text value focused on.
     */
    public record LeftOutStudy(String label, String pmid, String pmidLink, String title, int findingsLeftOut, boolean namesFocus) {
    }

    /** A word of the report's vocabulary and what its values mean ({@code cases vs controls: people ... with controls}). */
    public record Term(String term, List<String> meanings) {
    }

    /**
     * A kind's key results, near the top of the page: the subjects of its lead stratum with the most
     * studies, each linked to its row of the stratum's synthesis table.
     *
     * @param stratumAnchor  id of the lead stratum's block; null when the kind has no votes
     * @param pool           what the stratum pools, for its heading ({@code 62 values of condition pooled; none
     *                       was recognised in 52 of its 141 studies}); empty when it has no free-text stratum attribute
     * @param breakdownLabels the labels of the breakdowns whose main values each row names ({@code Colour}), in the
     *                       synthesis table's order; empty when the kind has none
     * @param more           the lead stratum's subjects the rows leave out, counted ({@code 19 more widgets}); empty when none
     * @param caveat         why the stratum's votes do not answer one question, or what its sign tests pool; empty when neither
     * @param caveatMark     the mark beside the Sign test p header that leads to the caveat, as the stratum's ({@code ⚠ caution})
     * @param pooledContrasts true when the caveat is that the stratum pools contrasts: its heading says so, as the stratum's does
     * @param accuracy       how often a count may be wrong, in one plain sentence ({@link Phrases#accuracyPlain})
     * @param inVitro        how many of the stratum's votes come from findings in vitro ({@link StratumSection#inVitro}); empty when none
     * @param noVotesInFirst that the kind's first stratum has no votes and the main stratum is another, in one sentence; empty
     *                       when the main stratum is the first
     */
    public record KeyResults(String kindAnchor, String subjectLabel, String subjectPlural,
                             String stratumAnchor, String stratumLabel, int stratumStudies, String pool, List<String> breakdownLabels,
                             List<KeyRow> rows, String more, String caveat, String caveatMark, boolean pooledContrasts, String accuracy,
                             String inVitro, String noVotesInFirst) {
    }

    /**
     * One subject of a kind's key results.
     *
     * @param rowAnchor  id of its row in the lead stratum's synthesis table
     * @param noChangeOnly how many of its {@code unclear} votes come from studies that found no change only (the rest conflict)
     * @param tooFewVotes true when its ▲ and ▼ votes are too few for the sign test to reach p &lt; 0.05, so
     *                   {@code signTestP} is a dash and {@code p} says the test's p for the title
     * @param breakdowns one cell per breakdown, as {@code breakdownLabels}
     * @param minority   the votes of its rarer direction with their sentences; null when it has none or a tie
     * @param oneSentence its ◆ votes that rest on one sentence read both as increased and as decreased
     *                   ({@code vote} {@code unclear}), which may be misreadings; null when it has none
     */
    public record KeyRow(String label, String key, String rowAnchor, int studies, long up, long down, long unclear, long noChangeOnly,
                         String signTestP, boolean tooFewVotes, String p, List<KeyCell> breakdowns, Minority minority,
                         Minority oneSentence) {

        /** True when it has no ▲ or ▼ vote (every vote ◆), so no sign test: the page says "◆ only", not "too few". */
        public boolean noTest() {
            return up + down == 0;
        }
    }

    /**
     * A key result's main values of one breakdown, most studies first, each with its studies and votes; {@code more} when it
     * states others; {@code notStated} the studies stating no value of it in any finding, with their votes (READREV, M9: without
     * them a breakdown covering 1 of 2 studies looked complete), null when every study states one.
     */
    public record KeyCell(List<BreakdownValue> values, boolean more, BreakdownValue notStated) {
    }

    /**
     * The votes of a key result's rarer direction (the ▼ of ▲ 92 ▼ 13), which a reader checks first,
     * with the first of them shown by a sentence each.
     *
     * @param vote   its CSS class ({@code down})
     * @param words  the direction read ({@code decreased})
     * @param votes  how many votes it has
     * @param shown  at most {@link KindSectionBuilder#MINORITY_SHOWN} of them, in study order
     * @param all    every voting finding of the subject in the stratum read in that direction
     */
    public record Minority(String vote, String symbol, String words, long votes, List<MinorityVote> shown, FindingsLink all) {
    }

    /** One study's vote of a rarer direction: the study, its first sentence read so, and the link to its findings. */
    public record MinorityVote(StudyRef study, Fragment sentence, FindingsLink findings) {
    }

    /**
     * The PRISMA-style flow diagram with its text alternative, laid out twice: {@code wide} for a
     * screen or a page, {@code narrow} (what leaves below each step rather than beside it) for a phone;
     * {@code balance} is the sum its caption states ({@code read = kept + ...}), with the boxes this report has.
     */
    public record Flow(FlowLayout wide, FlowLayout narrow, String description, String balance) {
    }

    /** A layout of the flow diagram in SVG user units. */
    public record FlowLayout(int width, int height, List<FlowBox> boxes, List<FlowArrow> arrows) {
    }

    /** A box of the flow diagram; {@code style} is {@code main}, {@code side} or {@code final}. */
    public record FlowBox(String id, int x, int y, int width, int height, String style, List<FlowText> lines) {
    }

    /** A line of text in a box, centred on {@code x}; {@code number} lines are set bold. */
    public record FlowText(int x, int y, String text, boolean number) {
    }

    /** An arrow of the flow diagram. */
    public record FlowArrow(int x1, int y1, int x2, int y2) {
    }

    /**
     * One finding kind's section.
     *
     * @param anchor        id of the section ({@code kind-biomarker-change})
     * @param subjectLabel  what a subject is called ({@code Biomarker})
     * @param subjectPlural the plural ({@code Biomarkers})
     * @param subjectNoun   the label as a noun inside a sentence ({@code biomarker}; an acronym stays as it is)
     * @param subjectNounPlural the plural as a noun inside a sentence
     * @param summary       one sentence of counts
     * @param strata        its strata, the lead one first
     * @param notVoting     studies with findings of this kind that cast no votes, by design ({@code 2 review})
     * @param findings      its findings table; null for a kind without findings, which the page
     *                      states in one line ({@code Biomarkers: no findings.})
     * @param dropped       how many findings of the kind the run dropped as breaches of the extractor
     *                      contract, as a sentence without its end ({@link Phrases#dropped}); empty when none was
     * @param accuracy      how accurately its findings are extracted, or that it is not stated ({@link Phrases#accuracy});
     *                      empty for a kind without findings
     * @param accuracySummary the one line that stands for {@code accuracy} where it is folded ({@link Phrases#accuracySummary})
     * @param strataNote    that a study counts once in every stratum it has findings in, with the numbers, when
     *                      the strata's studies add up to more than the studies that vote; else empty
     * @param signTests     the sign tests its strata make (rows with enough ▲ and ▼ votes for a p to be printed)
     * @param signTestsBelow of them, those with p below 0.05
     */
    public record KindSection(String anchor, String name, String subjectLabel, String subjectPlural, String subjectNoun,
                              String subjectNounPlural, String summary,
                              List<StratumSection> strata, List<String> notVoting, int notVotingStudies,
                              FindingsTable findings, String dropped, String accuracy, String accuracySummary,
                              String strataNote, int signTests, int signTestsBelow) {

        /**
         * A kind the run's extractors declared but kept nothing of; {@code dropped} findings of it
         * were dropped as breaches of the contract, so that the line does not read as a kind the
         * records do not mention; in a focused run ({@code focused}) it has none in focus, which is all it can say: the
         * focus may have left out every finding of the kind (the review of session 24, H8). Its {@code accuracy} statement
         * is told under Read this first in a run without any finding, where its recall says what "none" is worth (H4).
         */
        static KindSection none(String anchor, String name, String subjectPlural, long dropped, boolean focused, String accuracy) {
            return new KindSection(anchor, name, null, subjectPlural, null, null,
                    subjectPlural + (dropped == 0 ? ": no findings" : ": no findings kept") + (focused ? " in focus." : "."),
                    List.of(), List.of(), 0, null, Phrases.dropped(dropped), accuracy, "", "", 0, 0);
        }

        /** This section, saying that {@code dropped} findings of its kind were dropped as breaches of the contract. */
        KindSection withDropped(long dropped) {
            return new KindSection(anchor, name, subjectLabel, subjectPlural, subjectNoun, subjectNounPlural, summary, strata, notVoting,
                    notVotingStudies, findings, Phrases.dropped(dropped), accuracy, accuracySummary, strataNote, signTests, signTestsBelow);
        }

        /** Whether the kind has no findings, so the page gives it one line instead of a section. */
        public boolean none() {
            return findings == null;
        }
    }

    /**
     * One stratum of a kind: its synthesis table, effect direction plot and evidence matrices.
     *
     * @param anchor  id of its {@code <details>} element
     * @param label   its values joined as a reader reads them ({@code cases vs controls · human}: {@link ValueWords})
     * @param key     its values as the data hold them ({@code condition · human}), for its {@code data-stratum}
     * @param values  each stratum attribute with its value
     * @param open    true for the lead stratum, shown open
     * @param caveat  why its votes do not answer one question ({@link Phrases#pooledContrasts}), or what
     *                each of its sign tests pools ({@link Phrases#pooledValues}); empty when neither applies
     * @param caveatMark what the mark beside the Sign test p header says of the caveat ({@code ⚠ caution})
     * @param pooledContrasts true when the caveat is that its votes pool contrasts ({@link Phrases#pooledContrasts})
     * @param breakdownLabels each breakdown's label, and whether its cells count votes too
     * @param bothDirections  true when a row counts more studies reporting a direction than votes for it
     *                        (a study reporting both directions votes no clear direction), which a note under the table explains
     * @param inVitro how many of its votes come from findings in vitro ({@link Phrases#inVitro}): the population of a
     *                stratum says whose cells were measured, not whether they were in the body (READREV, H3); empty when none do
     */
    public record StratumSection(String anchor, String label, String key, List<Labelled> values, boolean open, int studies,
                                 int subjects, int votes, String tableCaption, List<BreakdownLabel> breakdownLabels,
                                 List<SynthesisRow> synthesis, Plot plot, List<Matrix> matrices, String caveat,
                                 String caveatMark, boolean pooledContrasts, boolean bothDirections, String inVitro) {
    }

    /** A label with its value. */
    public record Labelled(String label, String value) {
    }

    /**
     * A synthesis table's breakdown column: its label ({@code Colour}) and whether its cells give each value's
     * votes ▲ ▼ ◆ beside its studies (a BREAKDOWN attribute's) or its studies only (a free-text one's).
     */
    public record BreakdownLabel(String label, boolean voted) {
    }

    /**
     * One subject's row of a stratum's synthesis table; {@code breakdowns} has one cell per breakdown
     * attribute; {@code anchor} is the row's id; {@code findings} leads to the findings it counts
     * (null when the report was handed none); {@code tooFewVotes}: as {@link KeyRow}.
     */
    public record SynthesisRow(String anchor, String label, String key, int studies, int increased, int decreased, int unchanged,
                               long up, long down, long unclear, String signTestP, boolean tooFewVotes, String p,
                               List<BreakdownCell> breakdowns, FindingsLink findings) {

        /** As {@link KeyRow#noTest}. */
        public boolean noTest() {
            return up + down == 0;
        }
    }

    /**
     * A link to the findings behind a synthesis row or a study's vote: without JavaScript to the
     * first of them ({@code #anchor}); the page's script instead shows the findings table
     * ({@code table}, the id of its element) filtered to them all by {@code filter}
     * ({@code subject=IL6&a0=condition&a1=human}, values percent-encoded), which it also reads from
     * the address ({@code #table?filter}).
     *
     * @param count how many findings they are
     */
    public record FindingsLink(String anchor, String table, String filter, int count) {
    }

    /**
     * A breakdown cell: the values stated by the most studies, each with its studies
     * ({@code serum (35), plasma (33)}) and, for a BREAKDOWN attribute, its votes, and the others,
     * which the page folds away.
     *
     * @param shown the first values, most studies first
     * @param rest  the other values, in the breakdown's order; empty when none
     * @param more  how many values {@code rest} holds
     * @param voted true when its values carry votes (a BREAKDOWN attribute, not a free-text stratum one)
     */
    public record BreakdownCell(List<BreakdownValue> shown, List<BreakdownValue> rest, int more, boolean voted) {
    }

    /**
     * One value of a breakdown: the studies stating it and, when {@code voted}, their votes on the
     * subject from their findings stating it ({@code serum (35) ▲ 20 ▼ 5 ◆ 10}), by the synthesis'
     * rule; up + down + unclear = studies.
     */
    public record BreakdownValue(String value, int studies, boolean voted, long up, long down, long unclear) {
    }

    /**
     * An effect direction plot as a table: studies as rows (in study order), subjects as columns.
     *
     * @param anchor   id of its figure
     * @param caption  its caption
     */
    public record Plot(String anchor, String caption, List<PlotSubject> subjects, List<PlotStudy> studies) {
    }

    /** A subject column of a plot. */
    public record PlotSubject(String label, String key) {
    }

    /** A study row of a plot: one cell per subject column. */
    public record PlotStudy(StudyRef study, List<PlotCell> cells) {
    }

    /** One study's vote on one subject; {@code vote} is empty where the study has none; {@code link} leads to its findings. */
    public record PlotCell(String vote, String symbol, String description, FindingsLink link) {
    }

    /**
     * A study as other parts of the page point to it.
     *
     * @param design     its design in words
     * @param designNoted true when the design is worth a note beside the study (any but a primary study)
     */
    public record StudyRef(String anchor, String label, String hover, String link, String linkLabel, String pmid,
                           String design, boolean designNoted, boolean voting, boolean retracted) {
    }

    /**
     * An evidence matrix: studies by subject and the values of one breakdown attribute.
     *
     * @param printParts the same matrix cut into tables of a few value columns each, printed in its
     *                   place when it has more values than a page's width holds; empty otherwise
     */
    public record Matrix(String caption, String attributeLabel, List<String> values, List<MatrixRow> rows,
                         List<Matrix> printParts) {
    }

    /** One subject's row of a matrix. */
    public record MatrixRow(String label, List<MatrixCell> cells) {
    }

    /** Studies in one cell, and a shade level 0 to 4 relative to the largest cell. */
    public record MatrixCell(int studies, int level) {
    }

    /**
     * A kind's findings table with its filters.
     *
     * @param prefix  prefix of its element ids
     * @param columns the attribute columns between Direction and Study
     * @param count   number of rows
     * @param rows    the rows, made as the page is written
     */
    public record FindingsTable(String prefix, String caption, String subjectLabel, List<Column> columns,
                                List<Filter> filters, int count, String countText, Iterable<FindingRow> rows) {
    }

    /** A column of attribute values; sortable by its ranks under {@code key}; {@code role} is the attributes' role, lower case. */
    public record Column(String key, String label, String role) {
    }

    /** A filter of a findings table: rows whose {@code data-KEY} equals the chosen value are shown. */
    public record Filter(String key, String label, String allLabel, List<Choice> choices) {
    }

    /** A filter choice. */
    public record Choice(String value, String label) {
    }

    /**
     * One row of a findings table. {@code data} are the row's {@code data-} attributes (filter values
     * and sort ranks, so the page sorts numerically and ties keep {@code order}); {@code anchor} is
     * its id where a link points to it, else null.
     */
    public record FindingRow(String anchor, int order, String subjectLabel, String direction, String directionSymbol, List<String> cells,
                             StudyRef study, List<Data> data, Fragment sentence) {
    }

    /** A {@code data-NAME} attribute. */
    public record Data(String name, String value) {
    }

    /**
     * A study card.
     *
     * @param designBasis why the study has its design
     * @param head        title and citation line
     * @param votes       its votes, by kind and stratum (studies that vote)
     * @param findings    its findings, by kind (studies that cast no votes)
     */
    public record StudyCard(StudyRef study, String designBasis, Fragment head, List<VoteGroup> votes,
                            Fragment abstractText, List<CardFindings> findings, int findingCount) {
    }

    /** A study's votes in one stratum of one kind. */
    public record VoteGroup(String heading, List<Chip> chips) {
    }

    /** A study's vote on one subject, for its card; {@code link} leads to the findings it was cast from (null for none). */
    public record Chip(String label, String vote, String symbol, String description, FindingsLink link) {
    }

    /** A non-voting study's findings of one kind. */
    public record CardFindings(String caption, String subjectLabel, List<String> headers, List<FindingRow> rows) {
    }

    /**
     * The methods appendix.
     *
     * @param duplicates          the records copies were merged into, in the run's order: the record's
     *                            id, the copy kept and the copies merged into it, each as {@code file:line (record n)};
     *                            at most {@link ReportViewBuilder#LISTED_DUPLICATES}
     * @param duplicatesHeading   how many copies were merged into how many records ({@code "24 copies into 17 records"})
     * @param duplicatesNotListed the sentence saying how many such records are left out of {@code duplicates}
     *                            (run.json lists every one); empty when none is
     * @param focus               the sentence stating the run's focus and what it left out; empty when the run was not focused
     * @param otherFiles          the files besides the inputs that decide the results (the exclusion list, the files options
     *                            name), each with what it was used as and its SHA-256 (empty when not known); none without any
     */
    public record Methods(List<Row> plugins, List<Row> options, List<Row> inputs, List<Row> otherFiles, List<Row> counts, List<Row> problems,
                          List<String> notices, List<Row> duplicates, String duplicatesHeading, String duplicatesNotListed, String votingDesigns, String focus) {
    }

    /** A row of text cells. */
    public record Row(List<String> cells) {
    }
}
