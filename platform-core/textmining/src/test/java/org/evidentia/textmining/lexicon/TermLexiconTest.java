package org.evidentia.textmining.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TermLexiconTest {

    private static final TermLexicon LEXICON = TermLexicon.builder(Map.of("nt", List.of("neurotrophin")))
            .add(new LexiconEntry("NT3", "NT-3", List.of("NT-3")))
            .add(new LexiconEntry("NTR", "sNT-R1", List.of("sNT-R1")))
            .add(new LexiconEntry("TF", "tumor factor alpha", List.of("tumor factor alpha", "TF-α")))
            .add(new LexiconEntry("KC", "KC", List.of("KC")))
            .add(new LexiconEntry("LT", "lt", List.of("lt")))
            .build();

    /** Pieces of text around which the fast scan decides: names, spaces, dashes, brackets, letters beyond ASCII. */
    private static final String[] PIECES = {
        "NT-3", "nt-3", "neurotrophin 3", "neurotrophin (NT)-3", "(NT)-3", "[NT]-3", "NT-3(p4)", "sNT-R1", "TF-α", "TF-ß",
        "TF-(alpha)", "TF(α)", "(alpha)", "[beta]", "(ab)",
        "tumor factor alpha", "tumor factor- alpha", "tumor  factor alpha", "TF- α", "NT- 3", "KC", "kc", "lt", "results", "adult",
        " ", " ", "  ", "\t", "\n", "\u00a0", "-", "\u2010", "- ", "(", ")", "[", ",", ".", "a", "x", "3", "α", "é", "ü", "中",
    };

    /** A user's lexicon file that cannot be read is told as the bundled extractors tell it (review 6, finding 2). */
    @Test
    void aLexiconFileThatCannotBeReadIsNamedWithWhyInWords(@TempDir Path dir) throws IOException {
        Path missing = dir.resolve("nolex.tsv");
        assertThatThrownBy(() -> TermLexicon.builder(Map.of()).add(missing)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot read lexicon file " + missing + ": no such file");
        assertThatThrownBy(() -> TermLexicon.builder(Map.of()).add(dir)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot read lexicon file " + dir + ": it is a folder, not a file");
        Path latin1 = Files.write(dir.resolve("latin1.tsv"), "key\tlabel\tspellings\nLEP\tlept\u00e9n\tleptin\n"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> TermLexicon.builder(Map.of()).add(latin1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot read lexicon file " + latin1 + ": line 2 is not UTF-8 text (save the file as UTF-8)");
        Path relative = Path.of("no-such-folder/nolex.tsv");
        assertThatThrownBy(() -> TermLexicon.builder(Map.of()).add(relative))
                .hasMessage("cannot read lexicon file " + relative + " (looked for " + relative.toAbsolutePath()
                        + ", relative to the working directory): no such file");
    }

    @Test
    void aMalformedLineOfALexiconFileIsNamedWithItsLine(@TempDir Path dir) throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.tsv"), "# adipokines\nLEP\tleptin\n");
        assertThatThrownBy(() -> TermLexicon.builder(Map.of()).add(bad)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(bad + ", line 2: expected three tab-separated columns");
    }

    @Test
    void findsOnEveryTextWhatTheFullReadingFinds() {
        // Two trailing spaces make folding drop a char, which always sends find() to the full reading;
        // without them most texts are decided by the fast scan alone.
        Random random = new Random(20261129);
        int named = 0;
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int pieces = random.nextInt(12); pieces >= 0; pieces--) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            List<Mention> found = LEXICON.find(text.toString());
            assertThat(found).as("'%s'", text).isEqualTo(LEXICON.find(text + "  "));
            named += found.isEmpty() ? 0 : 1;
        }
        assertThat(named).as("texts that name something").isBetween(5_000, 15_000);
    }

    @Test
    void namesAreFoundAcrossWhatFoldingDrops() {
        assertThat(LEXICON.find("tumor  factor\talpha")).extracting(Mention::key).containsExactly("TF");
        assertThat(LEXICON.find("TF- α and NT- 3")).extracting(Mention::key).containsExactly("TF", "NT3");
        assertThat(LEXICON.find("neurotrophin (NT)-3")).extracting(Mention::key).containsExactly("NT3");
    }

    /** "granulocyte-macrophage colony stimulating factor" was not found, and its "stimulating" was read as a change. */
    @Test
    void twoWordsOfANameMayBeJoinedByAHyphenOrASpace() {
        TermLexicon csf = TermLexicon.builder(Map.of())
                .add(new LexiconEntry("CSF2", "GM-CSF", List.of("granulocyte-macrophage colony-stimulating factor", "GM-CSF"))).build();
        for (String written : List.of("granulocyte-macrophage colony stimulating factor", "granulocyte macrophage colony-stimulating factor",
                "Granulocyte macrophage colony stimulating factor")) {
            assertThat(csf.find("Serum " + written + " rose.")).as(written).extracting(Mention::text).containsExactly(written);
        }
        assertThat(csf.find("granulocyte-macrophagecolony stimulating factor")).as("not run together").isEmpty();
    }

    @Test
    void namesCountOnlyAsWholeWords() {
        assertThat(LEXICON.find("the results of adults")).isEmpty();
        assertThat(LEXICON.find("αKC, KCα, KC3, 3KC, KCé")).isEmpty();
        assertThat(LEXICON.find("LT, (KC) and NT-3")).extracting(Mention::text).containsExactly("LT", "KC", "NT-3");
    }

    /** A number before a time unit is a time, not the member digit of a name written with a space. */
    @Test
    void aMemberNumberBeforeATimeUnitIsATime() {
        TermLexicon lexicon = TermLexicon.builder(Map.of())
                .add(new LexiconEntry("TF", "TF-α", List.of("TF-α")))
                .add(new LexiconEntry("TF2", "TF-α2", List.of("TF-α2")))
                .add(new LexiconEntry("NT3", "NT-3", List.of("NT-3")))
                .build();
        assertThat(lexicon.find("TF-alpha 2 weeks after, TF-α 2 h later, TF-alpha 2-day course"))
                .extracting(Mention::key).containsExactly("TF", "TF", "TF");
        // the short forms of days and seconds too (review 19)
        assertThat(lexicon.find("TF-alpha 2 d after, TF-α 2 sec later, TF-alpha 2 seconds later")).extracting(Mention::key)
                .containsExactly("TF", "TF", "TF");
        assertThat(lexicon.find("TF-alpha 2 in serum, TF-α2 weeks, TF-alpha 2 hydroxylase")).extracting(Mention::key)
                .containsExactly("TF2", "TF2", "TF2");
        // a number glued to its name, or one with no shorter name before the space, is the name's own
        assertThat(lexicon.find("NT 3 days after")).extracting(Mention::key).containsExactly("NT3");
    }

    /** After a name written with a space, a number before a unit is a dose, not the next member of a list. */
    @Test
    void aSpacedMemberBeforeAUnitIsADose() {
        TermLexicon lexicon = TermLexicon.builder(Map.of("nt", List.of("neurotrophin")))
                .add(new LexiconEntry("NT3", "NT-3", List.of("NT-3")))
                .add(new LexiconEntry("NT4", "NT-4", List.of("NT-4")))
                .add(new LexiconEntry("NT10", "NT-10", List.of("NT-10")))
                .build();
        assertThat(lexicon.find("neurotrophin 3, 4 and 10")).extracting(Mention::key).containsExactly("NT3", "NT4", "NT10");
        // the micro sign folds to the Greek mu, as the unit list writes it
        for (String dose : List.of("10 µg/ml", "10 μg/ml", "10 ng", "10 %", "10 minutes", "10 hrs")) {
            assertThat(lexicon.find("neurotrophin 3 and " + dose)).as(dose).extracting(Mention::key).containsExactly("NT3");
        }
    }

    /** Review s22 K1: a lexicon of one spelling a line (term, key, label) was read as key, label, spellings without a word. */
    @Test
    void aLexiconWithTheHeaderOfTheOneSpellingALineFormatIsRefused() {
        assertThatThrownBy(() -> TermLexicon.builder(Map.of()).add(new BufferedReader(new StringReader(
                "term\tkey\tlabel\ncortisol\tCORTISOL\tcortisol\n")), "markers.tsv"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("markers.tsv, line 1: this header names a lexicon of one spelling a line (term, key, label), as the"
                        + " biomarkers plugin reads; this lexicon's lines are key<TAB>label<TAB>spellings separated by ' | '");
    }

    @Test
    void aGreekLetterInBracketsGluedToTheNameIsPartOfTheMention() {
        assertThat(LEXICON.find("raised TF-(alpha) and TF(α) in serum")).extracting(Mention::text)
                .containsExactly("TF-(alpha)", "TF(α)");
        assertThat(LEXICON.find("tumor factor (alpha)")).isEmpty();
    }

    @Test
    void aNameWithItsAbbreviationInBracketsIsOneMentionFromItsLongForm() {
        // the mention never starts inside a bracket ("NT)-3"): the long form and the bracket are the name's
        assertThat(LEXICON.find("raised neurotrophin (NT)-3 in serum")).extracting(Mention::text)
                .containsExactly("neurotrophin (NT)-3");
        assertThat(LEXICON.find("raised Neurotrophin(NT)-3 in serum")).extracting(Mention::text)
                .containsExactly("Neurotrophin(NT)-3");
        assertThat(LEXICON.find("the factor (NT)-3 and [NT]-3")).extracting(Mention::text)
                .containsExactly("(NT)-3", "[NT]-3");
        assertThat(LEXICON.find("a response (neurotrophin [NT]3 gene)")).extracting(Mention::text)
                .containsExactly("neurotrophin [NT]3");
        assertThat(LEXICON.find("neurotrophin (NT)-3 and -4")).extracting(Mention::key).containsExactly("NT3");
        // a name all inside its bracket keeps the bracket out: "[NT-3]-induced" is an alias before a suffix
        assertThat(LEXICON.find("neurotrophin 3 [NT-3]-induced")).extracting(Mention::text)
                .containsExactly("neurotrophin 3", "NT-3");
    }
}
