package org.evidentia.textmining.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evidentia.api.Api;
import org.evidentia.textmining.internal.text.Abbreviations;

/**
 * The names of one kind of entity (hormones, neuropeptides, ...), read from lexicon files and matched in one
 * Aho-Corasick pass ({@link KeywordAutomaton}) over a folded copy of a text, with word-boundary
 * checks and leftmost-longest selection. Knows no entity: what it matches is data.
 *
 * <p>Immutable and thread-safe once built. The file format (tab-separated key, label and
 * {@code " | "}-separated spellings; lines starting {@code #} and a {@code key} header skipped) is
 * documented in {@code docs/text-mining-kit.md}; extractors with a format of their own add
 * entries with {@link Builder#add(LexiconEntry)}. Spellings of at most three letters must be
 * capitalised in the text; hyphen/space, Greek-letter and long-form variants are generated.
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
public final class TermLexicon {

    /** "NT-3, -4 and -5", "NT-1α and -β", "sNT-R1 and -2", "NT-1α/β", "NT-β1 and -β2": members after the first. */
    private static final Pattern CONTRACTED_MEMBER = Pattern.compile(
            "^(?:(?: ?, ?(?:and |or )?| (?:and|or|&) )-|/-?) ?((?:[αβγ]|alpha|beta|gamma)?[0-9]{1,2}[a-z]?|[αβγ]|alpha|beta|gamma)(?![\\p{L}\\p{N}])");
    /** The units a number before them measures, as folded: times, and amounts ({@code units.tsv}). */
    private static final WordLists UNITS = WordLists.load(TermLexicon.class, "units.tsv");
    /** After a name written with a space ("neurotrophin 3, 4 and 5"), members need no dash; a time or a dose is none. */
    private static final Pattern SPACED_MEMBER = Pattern.compile(
            "^(?: ?, ?(?:and |or )?| (?:and|or|&) )([0-9]{1,2}[a-z]?)(?![\\p{L}\\p{N}]|\\.[0-9]| ?"
                    + unitAlternation("time", "amount") + "(?![\\p{L}\\p{N}]))");
    /** A time unit right after a number that ends a name written with a space: "IFN-α 2| weeks after". */
    private static final Pattern TIME_UNIT_NEXT = Pattern.compile("^[ -]?" + unitAlternation("time") + "(?![\\p{L}\\p{N}])");
    /** A name's member number written after a space: the "2" of "ifn-alpha 2" (folded). */
    private static final Pattern SPACED_MEMBER_NUMBER = Pattern.compile(" [0-9]{1,2}$");
    /** The member part that ends a matched name: a number, a Greek letter, or a Greek letter and a number. */
    private static final Pattern CONTRACTION_SUFFIX = Pattern.compile("(?:(?:[αβγ]|alpha|beta|gamma)[0-9]{1,2}|[0-9]{1,2}[a-z]?|[αβγ]|alpha|beta|gamma)$");

    private final List<LexiconEntry> entries;
    private final Map<String, Spelling> spellings;
    private final List<String> keywords;
    private final Spelling[] payloads;
    private final KeywordAutomaton automaton;
    /**
     * For each keyword, whether it ends in a member number after a space and what comes before the
     * space is itself a keyword ("ifn-alpha 2", "tgf-beta 1"): before a time unit the number is a
     * time, and the shorter name is the mention.
     */
    private final boolean[] spacedMemberNumber;
    /**
     * The automaton's symbol of every char as folded (the low 16 bits), with flags: {@link #SPACE}
     * (what folds to a space), {@link #BRACKET} (an opening bracket) and {@link #SPACE_OR_DASH}
     * (what folds to a space or a dash), around which folding may drop chars, and {@link #WORD}
     * (what folds to a letter or digit). The fast scan of {@link #mayName} folds by this table, one
     * load per char.
     */
    private final int[] foldedSymbols;
    private static final int SYMBOL = 0xFFFF;
    private static final int SPACE = 1 << 16;
    private static final int BRACKET = 1 << 17;
    private static final int WORD = 1 << 18;
    /**
     * Four bits above {@link #SPACE}, so that a char's entry shifted right by four lines this flag
     * up with the next char's {@code SPACE} (the other flags, shifted, land on bits that test ignores).
     */
    private static final int SPACE_OR_DASH = SPACE << 4;

    private TermLexicon(List<LexiconEntry> entries, Map<String, Spelling> spellings) {
        this.entries = List.copyOf(entries);
        this.spellings = Map.copyOf(spellings);
        this.keywords = List.copyOf(spellings.keySet());
        this.payloads = new Spelling[keywords.size()];
        for (int i = 0; i < payloads.length; i++) {
            payloads[i] = spellings.get(keywords.get(i));
        }
        this.automaton = new KeywordAutomaton(keywords);
        this.spacedMemberNumber = new boolean[keywords.size()];
        for (int i = 0; i < keywords.size(); i++) {
            Matcher number = SPACED_MEMBER_NUMBER.matcher(keywords.get(i));
            spacedMemberNumber[i] = number.find() && spellings.containsKey(keywords.get(i).substring(0, number.start()));
        }
        this.foldedSymbols = new int[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char f = FoldedText.fold((char) c);
            foldedSymbols[c] = automaton.symbol(f) | (f == ' ' ? SPACE : 0) | (c == '(' || c == '[' ? BRACKET : 0)
                    | (f == ' ' || f == '-' ? SPACE_OR_DASH : 0) | (Character.isLetterOrDigit(f) ? WORD : 0);
        }
    }

    /**
     * A builder whose spellings may use the abbreviations' long forms ({@code nt -> neurotrophin}: "NT-3"
     * is also matched as "neurotrophin 3").
     *
     * @param longForms for each abbreviation (folded, lower case), its written-out forms; not null, may be empty
     * @return a new builder, to be used by one thread
     */
    public static Builder builder(Map<String, List<String>> longForms) {
        return new Builder(new SpellingVariants(longForms));
    }

    /** The entries, in the order they were first added; an unmodifiable list, never empty. */
    public List<LexiconEntry> entries() {
        return entries;
    }

    /** The entry a spelling (any generated form, any case) names, or null when none; {@code spelling} not null. */
    public LexiconEntry lookup(String spelling) {
        Spelling found = spellings.get(FoldedText.of(spelling).text());
        return found == null ? null : found.entry();
    }

    /**
     * Every name of the lexicon in {@code text}, in text order, without overlaps (leftmost, then
     * longest); contracted members of a list ("NT-3, -4 and -5") are mentions of their own.
     *
     * @param text not null
     * @return the mentions with offsets into {@code text}; a new list, empty when none
     */
    public List<Mention> find(String text) {
        char[] chars = text.toCharArray(); // array reads are cheaper than charAt, above all on texts beyond Latin-1
        if (!mayName(text, chars)) {
            return List.of();
        }
        FoldedText folded = FoldedText.of(text, chars);
        char[] f = folded.chars();
        int length = folded.length();
        // Every occurrence that begins and ends a word, as (start, end, keyword); most texts have none.
        Occurrences occurrences = new Occurrences();
        automaton.match(f, length, (start, end, keyword) -> {
            if (isWord(f, length, start, end) && !(spacedMemberNumber[keyword] && timeFollows(folded, end))) {
                occurrences.add(start, end, keyword);
            }
        });
        if (occurrences.size == 0) {
            return List.of();
        }
        // Leftmost-longest: by start, longer first, then skip overlaps.
        long[] sorted = occurrences.sorted();
        List<Mention> mentions = new ArrayList<>();
        int covered = 0;
        for (long occurrence : sorted) {
            int start = (int) (occurrence >>> 42);
            int end = start + (int) (MAX_LENGTH - ((occurrence >>> 21) & MASK));
            int keyword = (int) (occurrence & MASK);
            if (start < covered) {
                continue;
            }
            Spelling spelling = payloads[keyword];
            int originalStart = folded.origin(start);
            int originalEnd = folded.origin(end - 1) + 1;
            if (originalEnd < text.length() && unclosedBracket(text, originalStart, originalEnd)) {
                originalEnd++; // "NT-12(p40)": the bracket that the folding dropped belongs to the name
            }
            if (spelling.capitalised() && !isCapitalised(text, originalStart, originalEnd)) {
                continue;
            }
            if (subscriptFollows(text, originalEnd)) {
                continue; // "LTB(4)", "PGE(2)": a chemical's name with its subscript, not the name of letters alone
            }
            int mentionStart = bracketedStart(text, folded, start, originalStart, originalEnd,
                    mentions.isEmpty() ? 0 : mentions.get(mentions.size() - 1).end());
            mentions.add(new Mention(mentionStart, originalEnd, spelling.entry(),
                    text.substring(mentionStart, originalEnd)));
            covered = end;
            covered = addContractedMembers(text, folded, keywords.get(keyword), end, mentions, covered);
        }
        return mentions;
    }

    /**
     * False when {@code text} (whose chars are {@code chars}) certainly names nothing of the
     * lexicon: the path of most texts, which folds and scans in one pass without a folded copy.
     * True when a keyword occurs as a whole word, or when folding would drop chars (offsets would
     * then need a map): {@link #find} then reads the text in full, so that it alone decides what
     * is a mention.
     */
    private boolean mayName(String text, char[] chars) {
        int[] transitions = automaton.transitions();
        int firstOutputRow = automaton.firstOutputState() * automaton.alphabet();
        int[] symbols = foldedSymbols;
        int n = chars.length;
        int row = 0; // the automaton's state, as its row of transitions
        int previous = 0; // the table entry of the char before; none at the start
        for (int i = 0; i < n; i++) {
            int entry = symbols[chars[i]];
            // FoldedText.dropsAt, with the flags standing for the foldings it compares: one rarely taken
            // branch (a bracket, or a space after a space or a dash) instead of an unforeseeable one
            // per space. A bracket folds to itself; a space after what is no space followed a dash.
            if (((entry & BRACKET) | (entry & (previous >>> 4) & SPACE)) != 0) {
                if ((entry & BRACKET) != 0
                        ? FoldedText.dropsAt(text, i, chars[i], chars[i], i == 0 ? 'x' : FoldedText.fold(chars[i - 1]))
                        : (previous & SPACE) != 0 || i > 1 && Character.isLetterOrDigit(chars[i - 2])) {
                    return true;
                }
            }
            row = transitions[row + (entry & SYMBOL)];
            // a keyword ends here: most such ends are inside a word ("lt" in "results"), which the char after tells
            if (row >= firstOutputRow && (i + 1 == n || (symbols[chars[i + 1]] & WORD) == 0)
                    && someKeywordStartsAWord(chars, row / automaton.alphabet(), i)) {
                return true;
            }
            previous = entry;
        }
        return false;
    }

    /** Whether one of the keywords that end in {@code state} at {@code last} of {@code chars} starts a word. */
    private boolean someKeywordStartsAWord(char[] chars, int state, int last) {
        int[] outputStarts = automaton.outputStarts();
        for (int k = outputStarts[state + 1] - outputStarts[state] - 1; k >= 0; k--) {
            int start = last + 1 - automaton.endingLength(state, k);
            if (start == 0 || (foldedSymbols[chars[start - 1]] & WORD) == 0) {
                return true;
            }
        }
        return false;
    }

    private static final long MASK = (1L << 21) - 1;
    private static final int MAX_LENGTH = (int) MASK;

    /** Occurrences packed in longs so that sorting them orders by start, then longer first. */
    private static final class Occurrences {
        private long[] items = new long[8];
        private int size;

        void add(int start, int end, int keyword) {
            if (size == items.length) {
                items = Arrays.copyOf(items, size * 2);
            }
            items[size++] = ((long) start << 42) | ((long) (MAX_LENGTH - (end - start)) << 21) | keyword;
        }

        long[] sorted() {
            long[] copy = Arrays.copyOf(items, size);
            Arrays.sort(copy);
            return copy;
        }
    }

    /** Expands "NT-3, -4 and -5" after the mention of NT-3 that ends at {@code end} (folded offsets). */
    private int addContractedMembers(String text, FoldedText folded, String matched, int end,
                                     List<Mention> mentions, int covered) {
        Matcher suffix = CONTRACTION_SUFFIX.matcher(matched);
        if (!suffix.find()) {
            return covered;
        }
        String prefix = matched.substring(0, suffix.start());
        String f = folded.text();
        int at = end;
        while (at < f.length()) {
            Matcher member = (prefix.endsWith(" ") ? SPACED_MEMBER : CONTRACTED_MEMBER).matcher(f).region(at, f.length());
            if (!member.lookingAt() && prefix.endsWith(" ")) {
                member = CONTRACTED_MEMBER.matcher(f).region(at, f.length());
            }
            if (!member.lookingAt()) {
                break;
            }
            Spelling spelling = spellings.get(prefix + member.group(1));
            if (spelling == null) {
                spelling = spellings.get(prefix.replaceAll("-$", "") + member.group(1));
            }
            if (spelling == null && !prefix.endsWith("-") && !prefix.endsWith(" ")) {
                spelling = spellings.get(prefix + "-" + member.group(1));
            }
            if (spelling == null) {
                break;
            }
            // The mention is the member as written ("-4"), its entry the expanded name (NT-4).
            int start = folded.origin(member.start(1));
            int stop = folded.origin(member.end(1) - 1) + 1;
            int dash = start > 0 && text.charAt(start - 1) == '-' ? start - 1 : start;
            mentions.add(new Mention(dash, stop, spelling.entry(), text.substring(dash, stop)));
            at = member.end();
        }
        return Math.max(covered, at);
    }

    /**
     * Where a name that begins inside a bracket the folding dropped begins ("interleukin (IL)-6" is
     * matched as "il-6" from the "I" after the bracket): at the abbreviation's long form when the
     * words before the bracket are one ("interleukin (IL)-6", "monocyte chemoattractant protein
     * (MCP)-1", found as {@link Abbreviations} finds definitions), else at the bracket ("(IL)-6");
     * never inside a bracket the name goes on after. {@code start} is the match's folded start,
     * {@code originalStart} and {@code originalEnd} its offsets in {@code text}; the long form must
     * begin at or after {@code previousEnd}, the end of the mention before. Else {@code originalStart},
     * also for a name all inside its bracket ("[TNFα]-induced", an alias).
     */
    private static int bracketedStart(String text, FoldedText folded, int start, int originalStart, int originalEnd,
                                      int previousEnd) {
        if (originalStart == 0) {
            return originalStart;
        }
        char open = text.charAt(originalStart - 1);
        if (open != '(' && open != '[' || start > 0 && folded.chars()[start - 1] == open) {
            return originalStart; // no bracket, or one the folding kept: "(IL-6)" begins at "IL"
        }
        int bracket = originalStart - 1;
        int close = text.indexOf(open == '(' ? ')' : ']', originalStart);
        if (close < 0 || close >= originalEnd) {
            return originalStart;
        }
        String longForm = Abbreviations.longFormEnding(text.substring(Math.max(0, bracket - 200), bracket),
                text.substring(originalStart, close));
        if (longForm == null) {
            return bracket;
        }
        // the long form's words, counted back from the bracket over whatever white space the text has;
        // a bracket that opens before the long form is not its ("(interleukin [IL]5 gene")
        int from = bracket;
        for (int words = longForm.split("\\s+").length; words > 0 && from > 0; words--) {
            while (from > 0 && Character.isWhitespace(text.charAt(from - 1))) {
                from--;
            }
            while (from > 0 && !Character.isWhitespace(text.charAt(from - 1)) && !opensBracket(text.charAt(from - 1))) {
                from--;
            }
        }
        return from >= previousEnd ? from : bracket;
    }

    private static boolean opensBracket(char c) {
        return c == '(' || c == '[' || c == '{';
    }

    private static boolean unclosedBracket(String text, int start, int end) {
        int depth = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            depth += c == '(' || c == '[' ? 1 : c == ')' || c == ']' ? -1 : 0;
        }
        char next = text.charAt(end);
        return depth > 0 && (next == ')' || next == ']');
    }

    /** Whether a time unit follows the folded offset {@code end} ("2| weeks", "24| h", "2|-week"). */
    private static boolean timeFollows(FoldedText folded, int end) {
        return TIME_UNIT_NEXT.matcher(folded.text()).region(end, folded.length()).lookingAt();
    }

    /** The entries of the {@code units.tsv} lists named, longest first, as one regex group. */
    private static String unitAlternation(String... lists) {
        List<String> units = new ArrayList<>();
        for (String list : lists) {
            units.addAll(UNITS.get(list));
        }
        units.sort((a, b) -> b.length() - a.length());
        StringBuilder alternation = new StringBuilder("(?:");
        for (String unit : units) {
            alternation.append(alternation.length() > 3 ? "|" : "").append(Pattern.quote(unit));
        }
        return alternation.append(")").toString();
    }

    /** Whether a bracketed number is glued to a name that ends in a letter at {@code end}: "LTB(4)", "TXB(2)". */
    private static boolean subscriptFollows(String text, int end) {
        if (end == 0 || end + 2 >= text.length() || !Character.isLetter(text.charAt(end - 1)) || text.charAt(end) != '(') {
            return false;
        }
        int i = end + 1;
        while (i < text.length() && i <= end + 2 && Character.isDigit(text.charAt(i))) {
            i++;
        }
        return i > end + 1 && i < text.length() && text.charAt(i) == ')';
    }

    private static boolean isWord(char[] f, int length, int start, int end) {
        return (start == 0 || !Character.isLetterOrDigit(f[start - 1]))
                && (end == length || !Character.isLetterOrDigit(f[end]));
    }

    /**
     * Short names must look like names: two-letter ones in capitals ("KC", not "kc"), three-letter
     * ones with a leading capital ("LIF" or the mouse gene "Lif", not "lif").
     */
    private static boolean isCapitalised(String text, int start, int end) {
        if (!Character.isUpperCase(text.charAt(start))) {
            return false;
        }
        if (end - start <= 2) {
            for (int i = start; i < end; i++) {
                if (Character.isLowerCase(text.charAt(i))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** A generated form's target, and whether it must be capitalised (short names such as KC, LIF). */
    private record Spelling(LexiconEntry entry, boolean capitalised) {
    }

    /** Collects entries from lexicon files; later files win where spellings collide. Not thread-safe. */
    @Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
    public static final class Builder {
        private final SpellingVariants variants;
        private final Map<String, LexiconEntry> entries = new LinkedHashMap<>();
        private final Map<String, Spelling> spellings = new LinkedHashMap<>();

        private Builder(SpellingVariants variants) {
            this.variants = variants;
        }

        /**
         * Adds the entries of one lexicon file.
         *
         * @param reader the file's lines; not null, read to its end and left open (the caller closes it)
         * @param name the file's name for messages; not null
         * @return this builder
         * @throws IllegalArgumentException naming {@code name} and the line when a line is malformed
         * @throws IOException when {@code reader} fails
         */
        public Builder add(BufferedReader reader, String name) throws IOException {
            DataLines.read(reader, (number, line) -> addLine(name, number, line));
            return this;
        }

        /** One data line of the lexicon file {@code name}. */
        private void addLine(String name, int number, String line) {
            if (number <= 10 && line.startsWith("key\t")) {
                return; // the header
            }
            if (line.strip().equalsIgnoreCase("term\tkey\tlabel")) {
                // the same three columns in another order would be read without a word, keys as spellings and labels as keys
                throw new IllegalArgumentException(name + ", line " + number + ": this header names a lexicon of one spelling a line"
                        + " (term, key, label), as the biomarkers plugin reads; this lexicon's lines are key<TAB>label<TAB>spellings"
                        + " separated by ' | '");
            }
            String[] columns = line.split("\t", -1);
            if (columns.length != 3 || columns[0].isBlank() || columns[1].isBlank() || columns[2].isBlank()) {
                throw new IllegalArgumentException(name + ", line " + number
                        + ": expected three tab-separated columns (key, label, spellings separated by ' | '), found: "
                        + DataLines.describe(line));
            }
            List<String> names = new ArrayList<>();
            for (String spelling : columns[2].split("\\|")) {
                if (!spelling.isBlank()) {
                    names.add(spelling.strip());
                }
            }
            try {
                add(new LexiconEntry(columns[0].strip(), columns[1].strip(), names));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(name + ", line " + number + ": " + e.getMessage(), e);
            }
        }

        /**
         * Adds one entry, as a line of a lexicon file would: its spellings and their generated
         * variants point to it, replacing an earlier entry's where they collide; an earlier entry
         * with the same key is replaced in {@link TermLexicon#entries()}. For extractors that read
         * their own file format.
         *
         * @param entry not null
         * @return this builder
         * @throws IllegalArgumentException when a spelling expands to too many variants
         */
        public Builder add(LexiconEntry entry) {
            entries.put(entry.key(), entry);
            for (String spelling : entry.spellings()) {
                boolean capitalised = spelling.length() <= 3 && spelling.chars().allMatch(Character::isLetter);
                for (String form : variants.of(spelling)) {
                    spellings.put(form, new Spelling(entry, capitalised));
                }
            }
            return this;
        }

        /**
         * Adds a lexicon file read as UTF-8.
         *
         * @param file not null
         * @return this builder
         * @throws IllegalArgumentException naming the file and why when it cannot be read ({@link
         *     DataLines#unreadable}: missing, a folder, not UTF-8, with the line), or its line when one is malformed
         */
        public Builder add(Path file) {
            try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                return add(reader, file.toString());
            } catch (IOException e) {
                throw DataLines.unreadable("lexicon file", file, e);
            }
        }

        /**
         * Adds a lexicon shipped as a class-path resource of {@code owner} (a name relative to its package).
         *
         * @return this builder
         * @throws IllegalStateException when the resource is missing (a packaging error)
         * @throws IllegalArgumentException naming the resource and line when a line is malformed
         */
        public Builder addResource(Class<?> owner, String resource) {
            DataLines.readResource(owner, resource, (number, line) -> addLine("built-in " + resource, number, line));
            return this;
        }

        /**
         * The lexicon of the entries added so far; the builder may go on being used.
         *
         * @return a new, immutable and thread-safe lexicon
         * @throws IllegalArgumentException when no entry was added
         */
        public TermLexicon build() {
            if (entries.isEmpty()) {
                throw new IllegalArgumentException("the lexicon has no entries");
            }
            return new TermLexicon(new ArrayList<>(entries.values()), spellings);
        }
    }
}
