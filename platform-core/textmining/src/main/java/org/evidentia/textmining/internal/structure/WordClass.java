package org.evidentia.textmining.internal.structure;

/**
 * The closed word classes of the shallow sentence structure, as bits of a mask (a word may be in
 * several). The words are data ({@code word-classes.tsv}); see {@link Vocabulary}.
 */
public enum WordClass {
    /** Determiners and quantifiers: the, these, both. */
    DET,
    /** Prepositions: of, in, after. */
    PREP,
    /** Coordinating conjunctions: and, or, as well as. */
    CONJ,
    /** Words that open a new clause: whereas, while, however. */
    SUBORD,
    /** Relative pronouns: which, who. */
    REL,
    /** "that": a complementizer or a relative pronoun. */
    THAT,
    /** Forms of "be" and copulas: was, remained. */
    BE,
    /** Forms of "have". */
    HAVE,
    /** Forms of "do". */
    DO,
    /** Modal verbs: may, could. */
    MODAL,
    /** Negations: not, no, without, failed to. */
    NEG,
    /** Verbs that report what was seen: showed, found, had. */
    RESULT,
    /** Words that introduce the members of a class: including, such as, e.g. */
    LINK,
    /** Adverbs that may sit inside a predicate: also, only, further (and every word ending in -ly). */
    ADV,
    /** Nouns that name an amount: levels, expression, production. */
    MEASURE,
    /** Nouns that name a class whose members may follow: genes, transcripts, mediators. */
    CLASS,
    /** Active verbs whose subject acts on something else: activates, mediates. */
    AGENT,
    /** Participles that mark a stimulus when attached to a name: induced, stimulated. */
    STIMULUS,
    /** Verbs that take up a previous statement: confirmed, verified. */
    CONFIRM,
    /** Nouns of influence, use or genotype: effect, role, blockade, receptor, polymorphism. */
    EFFECT,
    /** Comparison markers: than, compared, versus. */
    COMPARATOR,
    /** Pronouns. */
    PRONOUN,
    /** Verbs of production: produced, secreted, expressed. */
    PRODUCE;

    /** This class's bit. */
    public int bit() {
        return 1 << ordinal();
    }
}
