package org.evidentia.plugins.cytokine.rules;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.ahocorasick.trie.PayloadEmit;
import org.ahocorasick.trie.PayloadTrie;

/**
 * Names where a cytokine was measured, in the guidelines' vocabulary: the specimen word nearest to
 * the mention in its clause, else in its sentence, else the specimen the record names most often.
 */
public final class SpecimenDetector {

    /**
     * The guidelines' specimens; {@link #label()} is the value written to findings. {@code OTHER} is
     * a specimen the vocabulary lacks (tears, breath condensate, synovial fluid): it is stated, so
     * no fallback applies, and it is written as no specimen.
     */
    public enum Specimen {
        PBMC, CSF, BAL, SERUM, PLASMA, SALIVA, URINE, SPUTUM, STOOL, BLOOD, TISSUE, CELLS, OTHER;

        /** The guidelines' name, or null for {@link #OTHER}. */
        public String label() {
            return this == OTHER ? null : name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * Specimen words, lower case; a trailing {@code *} marks a stem that may go on ("mucosa*":
     * mucosal). Where two words overlap, the one that starts first and is longest wins, so that
     * "peripheral blood mononuclear cells" is pbmc, not blood or cells.
     */
    private static final List<Map.Entry<Specimen, List<String>>> WORDS = List.of(
            Map.entry(Specimen.PBMC, List.of("peripheral blood mononuclear", "pbmc", "pbmcs", "mononuclear cells", "whole blood culture", "whole blood cultures", "whole-blood culture", "whole-blood cultures", "whole blood stimulation", "whole blood assay", "whole blood assays", "monocyte", "monocytes", "monocytic", "blood culture", "blood cultures", "stimulated blood", "stimulated whole blood")),
            Map.entry(Specimen.CSF, List.of("cerebrospinal fluid", "csf")),
            Map.entry(Specimen.BAL, List.of("bronchoalveolar lavage", "broncho-alveolar lavage", "bal", "balf")),
            Map.entry(Specimen.SERUM, List.of("serum", "sera")),
            Map.entry(Specimen.PLASMA, List.of("plasma")),
            Map.entry(Specimen.SALIVA, List.of("saliva", "salivary")),
            Map.entry(Specimen.URINE, List.of("urine", "urinary")),
            Map.entry(Specimen.SPUTUM, List.of("sputum")),
            Map.entry(Specimen.STOOL, List.of("stool", "stools", "feces", "faeces", "fecal", "faecal")),
            Map.entry(Specimen.BLOOD, List.of("blood")),
            Map.entry(Specimen.TISSUE, List.of("blood vessel", "blood vessels", "biopsy", "biopsies", "mucosa*", "skin", "muscle", "muscles", "synovium", "synovial tissue", "synovial membrane", "tissue", "tissues", "hippocamp*", "hypothalam*", "brain", "brains", "cortex", "cortical", "liver", "lung", "lungs", "spleen", "kidney", "kidneys", "adipose", "uvul*", "intestin*", "colon", "colonic", "placenta*", "lesion", "lesions", "heart", "myocardi*", "striatum", "amygdala", "spinal cord", "ileum", "jejunum", "gastric", "tonsil", "tonsils", "protein extracts")),
            Map.entry(Specimen.OTHER, List.of("tears", "tear fluid", "breath condensate", "exhaled breath",
                    "nasal lavage", "nasal secretions", "sweat", "breast milk", "semen", "seminal plasma", "amniotic fluid",
                    "synovial fluid", "peritoneal fluid", "pleural fluid", "ascites", "aqueous humor", "aqueous humour",
                    "vitreous", "gingival crevicular fluid", "wound fluid", "surgical site fluid", "dialysate", "bile",
                    "follicular fluid")),
            Map.entry(Specimen.CELLS, List.of("cell line", "cell lines", "cultured", "macrophage", "macrophages", "cells", "fibroblast", "fibroblasts", "microglia*", "astrocyte", "astrocytes", "neutrophils", "keratinocyte", "keratinocytes", "adipocyte", "adipocytes", "splenocyte", "splenocytes", "lymphocyte", "lymphocytes", "hepatocyte", "hepatocytes", "chondrocyte", "chondrocytes", "in vitro")));
    /** Abbreviations that are specimens only in capitals and not inside a name ("CSF", not "G-CSF"). */
    private static final Set<String> CAPITALS_ONLY = Set.of("csf", "bal", "balf");
    private static final PayloadTrie<Word> TRIE = trie();

    private static final java.util.regex.Pattern CELL_TYPE_BEFORE = java.util.regex.Pattern.compile(
            "(?:^|[^a-z0-9])(?:t|b|nk|nkt|killer|immune|treg|cd\\d+\\+?|th\\d+|red blood|white blood|stem|memory|effector|"
                    + "regulatory t|helper t|producing|secreting|positive|\\+)\\s*$");

    private record Word(Specimen specimen, boolean stem) {
    }

    private record Match(int start, int end, Specimen specimen) {
    }

    private static PayloadTrie<Word> trie() {
        PayloadTrie.PayloadTrieBuilder<Word> builder = PayloadTrie.builder();
        for (Map.Entry<Specimen, List<String>> e : WORDS) {
            for (String word : e.getValue()) {
                boolean stem = word.endsWith("*");
                builder.addKeyword(stem ? word.substring(0, word.length() - 1) : word, new Word(e.getKey(), stem));
            }
        }
        return builder.build();
    }

    /** The specimen words of {@code text} in order, without overlaps. */
    private static List<Match> matches(String text) {
        char[] lower = new char[text.length()];
        for (int i = 0; i < lower.length; i++) {
            lower[i] = Character.toLowerCase(text.charAt(i));
        }
        String folded = new String(lower);
        List<PayloadEmit<Word>> emits = new ArrayList<>(TRIE.parseText(folded));
        emits.sort((a, b) -> a.getStart() != b.getStart() ? Integer.compare(a.getStart(), b.getStart())
                : Integer.compare(b.getEnd(), a.getEnd()));
        List<Match> matches = new ArrayList<>();
        int covered = 0;
        for (PayloadEmit<Word> emit : emits) {
            int start = emit.getStart();
            int end = emit.getEnd() + 1;
            if (start < covered || (start > 0 && Character.isLetterOrDigit(folded.charAt(start - 1)))) {
                continue;
            }
            if (!emit.getPayload().stem() && end < folded.length() && Character.isLetterOrDigit(folded.charAt(end))) {
                continue;
            }
            if (CAPITALS_ONLY.contains(emit.getKeyword())
                    && (!Character.isUpperCase(text.charAt(start)) || (start > 0 && text.charAt(start - 1) == '-'))) {
                continue;
            }
            if (text.startsWith("-derived", end)) {
                continue; // "keratinocyte-derived chemokine" names a cytokine, not a specimen
            }
            if (emit.getKeyword().equals("cells") && CELL_TYPE_BEFORE.matcher(folded.substring(Math.max(0, start - 20), start)).find()) {
                continue; // "NK cells", "CD4+ T cells": cell types counted or studied, not a cultured specimen
            }
            matches.add(new Match(start, end, emit.getPayload().specimen()));
            covered = end;
        }
        return matches;
    }

    private SpecimenDetector() {
    }

    /**
     * The specimen nearest to {@code [mentionStart, mentionEnd)} within {@code [from, to)} of
     * {@code text}, or null.
     */
    public static Specimen nearest(String text, int from, int to, int mentionStart, int mentionEnd) {
        return words(text).nearest(from, to, mentionStart, mentionEnd);
    }

    /** The specimen words of a sentence, found once and asked for several mentions. */
    public static SpecimenWords words(String text) {
        return new SpecimenWords(matches(text));
    }

    /**
     * As {@link #words(String)}, leaving out words inside cytokine names ("monocyte" in "monocyte
     * chemoattractant protein-1"); {@code names} are the names' {@code [start, end)} offsets.
     */
    public static SpecimenWords words(String text, List<int[]> names) {
        List<Match> outside = new ArrayList<>();
        for (Match m : matches(text)) {
            boolean inside = false;
            for (int[] name : names) {
                if (m.start() < name[1] && name[0] < m.end()) {
                    inside = true;
                    break;
                }
            }
            if (!inside) {
                outside.add(m);
            }
        }
        return new SpecimenWords(outside);
    }

    /** The specimen words of one text. */
    public static final class SpecimenWords {
        private final List<Match> matches;

        private SpecimenWords(List<Match> matches) {
            this.matches = matches;
        }

        /** The specimen nearest to {@code [mentionStart, mentionEnd)} within {@code [from, to)}, or null. */
        public Specimen nearest(int from, int to, int mentionStart, int mentionEnd) {
            Specimen best = null;
            int bestDistance = Integer.MAX_VALUE;
            for (Match m : matches) {
                if (m.start() < from || m.end() > to || (m.start() < mentionEnd && mentionStart < m.end())) {
                    continue;
                }
                int distance = m.end() <= mentionStart ? mentionStart - m.end()
                        : m.start() >= mentionEnd ? m.start() - mentionEnd : 0;
                if (distance < bestDistance) {
                    best = m.specimen();
                    bestDistance = distance;
                }
            }
            return best;
        }
    }

    /**
     * The record-wide fallback for sentences that name no specimen: the specimen named most often in
     * {@code sentences} (the record's sentences that name a cytokine), blood giving way to serum,
     * plasma or blood cells when those are named too ("blood samples" are then where they came from).
     */
    public static Specimen mostFrequent(List<SpecimenWords> sentences) {
        return mostFrequent(sentences, false);
    }

    /**
     * As {@link #mostFrequent(List)} counting only samples (body fluids and blood cells), for a
     * record whose cytokine sentences name no specimen: "Blood samples were taken twice".
     */
    public static Specimen mostFrequentSample(List<SpecimenWords> sentences) {
        return mostFrequent(sentences, true);
    }

    private static Specimen mostFrequent(List<SpecimenWords> sentences, boolean samplesOnly) {
        Map<Specimen, Integer> counts = new EnumMap<>(Specimen.class);
        for (SpecimenWords sentence : sentences) {
            for (Match m : sentence.matches) {
                if (m.specimen() != Specimen.OTHER
                        && (!samplesOnly || (m.specimen() != Specimen.TISSUE && m.specimen() != Specimen.CELLS))) {
                    counts.merge(m.specimen(), 1, Integer::sum);
                }
            }
        }
        if (counts.containsKey(Specimen.SERUM) || counts.containsKey(Specimen.PLASMA) || counts.containsKey(Specimen.PBMC)) {
            counts.remove(Specimen.BLOOD);
        }
        Specimen best = null;
        for (Map.Entry<Specimen, Integer> e : counts.entrySet()) {
            if (best == null || e.getValue() > counts.get(best)) {
                best = e.getKey();
            }
        }
        return best;
    }

}
