package org.evidentia.textmining.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;
import org.evidentia.api.Api;

/**
 * Drops PubMed's inline markup from text that carries it as characters, keeping the text it marks:
 * {@code "using <sup>99m</sup>Tc-labelled"} gives {@code "using 99mTc-labelled"}, as the PubMed XML
 * source reads the same title from {@code <ArticleTitle>}; a superscript that is a number or a sign
 * in brackets, as PubMed's MEDLINE and Abstract (text) exports print it ({@code "10<sup>5</sup>"} gives
 * {@code "10(5)"}, not the number 105).
 *
 * <p>PubMed marks titles, abstracts and keywords with the formatting elements its DTD declares as
 * text ({@code <!ENTITY % text "#PCDATA | b | i | sup | sub | u">}) and, since 2018, MathML
 * ({@code <mml:math>} and its {@code mml:} children). Its XML carries them as elements; some of
 * its text exports (the "Summary (text)" and CSV exports) print them as they stand in the XML. Only
 * these are taken for markup:
 *
 * <ul>
 *   <li>{@code <b>}, {@code <i>}, {@code <sup>}, {@code <sub>}, {@code <u>}, in lower case and
 *       without attributes (the DTD declares none), and only in pairs: an opening tag with a later
 *       closing tag of the same name. A lone {@code <i>} or {@code </sup>} is left as text;</li>
 *   <li>any tag whose name starts {@code mml:} (opening, closing or empty, attributes allowed, no
 *       {@code <} inside and at most {@value #MAX_MATHML_TAG} characters long): the prefix never
 *       starts a word of prose.</li>
 * </ul>
 *
 * <p>Everything else stays as written, so that text which merely looks like a tag keeps its
 * meaning: {@code "IL-6 <5 pg/mL"}, {@code "p<0.05"}, {@code "<or=32 kg/m(2)"},
 * {@code "mRS</=3"}, {@code "name <a@b.org>"}. Nothing else changes: white space is not folded, so
 * text without markup comes back as the same string.
 *
 * <p>Stateless and thread-safe.
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
public final class PubmedMarkup {

    /** Longest MathML tag taken for markup (its namespace declaration is about 50 characters). */
    static final int MAX_MATHML_TAG = 1000;

    /** The formatting elements of PubMed's DTD ({@code %text;}). */
    private static final List<String> FORMATTING = List.of("b", "i", "sup", "sub", "u");
    /** A tag inside a superscript ({@code <sup><i>-8</i></sup>}), which the superscript's text is read without, as XML reads it. */
    private static final Pattern TAG = Pattern.compile("<[^<>]*>");
    /** A superscript's text that is put in brackets: a number or a sign ("5", "-8", "2+", "+"). */
    private static final Pattern NUMBER_OR_SIGN = Pattern.compile("[0-9+\\-\u2212\u00b1.,]+");

    private PubmedMarkup() {
    }

    /**
     * The text with PubMed's inline markup dropped and the text it marks kept.
     *
     * @param text may be null
     * @return null for null; {@code text} itself when it holds no markup; otherwise a new string
     */
    public static String plainText(String text) {
        if (text == null || text.indexOf('<') < 0) {
            return text;
        }
        // The tags to drop, as [start, end) ranges; the opening tags still waiting for their closing tag, per name.
        List<int[]> drops = new ArrayList<>();
        List<Deque<Integer>> opened = new ArrayList<>();
        for (int k = 0; k < FORMATTING.size(); k++) {
            opened.add(new ArrayDeque<>());
        }
        for (int at = text.indexOf('<'); at >= 0; at = text.indexOf('<', at + 1)) {
            int mathmlEnd = mathmlTagEnd(text, at);
            if (mathmlEnd > 0) {
                drops.add(new int[] {at, mathmlEnd, 0});
                continue;
            }
            boolean closing = text.startsWith("/", at + 1);
            int nameStart = closing ? at + 2 : at + 1;
            int which = formattingName(text, nameStart);
            if (which < 0) {
                continue;
            }
            int nameLength = FORMATTING.get(which).length();
            Deque<Integer> open = opened.get(which);
            if (!closing) {
                open.push(at);
            } else if (!open.isEmpty()) {
                int start = open.pop();
                // a superscript that is a number or a sign is bracketed as PubMed's MEDLINE and Abstract (text) exports print it,
                // "10(-8)"; a name's part joins the name, which "IL-1(β)" and "TGF-β(1)" the lexicon does not know
                boolean bracketed = FORMATTING.get(which).equals("sup")
                        && NUMBER_OR_SIGN.matcher(TAG.matcher(text.substring(start + nameLength + 2, at)).replaceAll("").strip()).matches();
                drops.add(new int[] {start, start + nameLength + 2, bracketed ? '(' : 0}); // <name>
                drops.add(new int[] {at, at + nameLength + 3, bracketed ? ')' : 0}); // </name>
            }
        }
        if (drops.isEmpty()) {
            return text;
        }
        drops.sort(Comparator.comparingInt(range -> range[0]));
        StringBuilder plain = new StringBuilder(text.length());
        int kept = 0;
        for (int[] range : drops) {
            plain.append(text, kept, range[0]);
            if (range[2] != 0) {
                plain.append((char) range[2]);
            }
            kept = range[1];
        }
        return plain.append(text, kept, text.length()).toString();
    }

    /** Which of {@link #FORMATTING} is named at {@code at}, followed by {@code >}; -1 for none. */
    private static int formattingName(String text, int at) {
        for (int k = 0; k < FORMATTING.size(); k++) {
            String name = FORMATTING.get(k);
            if (text.startsWith(name, at) && text.startsWith(">", at + name.length())) {
                return k;
            }
        }
        return -1;
    }

    /** The end (exclusive) of a MathML tag starting at {@code at}, or -1 when none starts there. */
    private static int mathmlTagEnd(String text, int at) {
        int nameStart = text.startsWith("</", at) ? at + 2 : at + 1;
        if (!text.startsWith("mml:", nameStart)) {
            return -1;
        }
        int nameEnd = nameStart + 4;
        if (nameEnd >= text.length() || !Character.isLetter(text.charAt(nameEnd))) {
            return -1;
        }
        int limit = Math.min(text.length(), at + MAX_MATHML_TAG);
        for (int i = nameEnd; i < limit; i++) {
            char c = text.charAt(i);
            if (c == '>') {
                return i + 1;
            }
            if (c == '<') {
                return -1;
            }
        }
        return -1;
    }
}
