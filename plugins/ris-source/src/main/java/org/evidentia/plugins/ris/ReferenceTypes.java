package org.evidentia.plugins.ris;

import java.util.Map;
import java.util.Set;

/** The reference types of the RIS {@code TY} tag, by their names in the RIS specification. */
final class ReferenceTypes {

    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("ABST", "Abstract"),
            Map.entry("AGGR", "Aggregated Database"),
            Map.entry("BILL", "Bill"),
            Map.entry("BLOG", "Blog"),
            Map.entry("BOOK", "Book"),
            Map.entry("CASE", "Case"),
            Map.entry("CHAP", "Book Section"),
            Map.entry("CONF", "Conference Proceeding"),
            Map.entry("CPAPER", "Conference Paper"),
            Map.entry("DATA", "Dataset"),
            Map.entry("DBASE", "Online Database"),
            Map.entry("DICT", "Dictionary"),
            Map.entry("EBOOK", "Electronic Book"),
            Map.entry("ECHAP", "Electronic Book Section"),
            Map.entry("EDBOOK", "Edited Book"),
            Map.entry("EJOUR", "Electronic Article"),
            Map.entry("ELEC", "Web Page"),
            Map.entry("ENCYC", "Encyclopedia"),
            Map.entry("GEN", "Generic"),
            Map.entry("GOVDOC", "Government Document"),
            Map.entry("GRANT", "Grant"),
            Map.entry("INPR", "In Press"),
            Map.entry("JFULL", "Journal (Full)"),
            Map.entry("JOUR", "Journal Article"),
            Map.entry("MGZN", "Magazine Article"),
            Map.entry("MPCT", "Motion Picture"),
            Map.entry("MULTI", "Online Multimedia"),
            Map.entry("NEWS", "Newspaper Article"),
            Map.entry("PAMP", "Pamphlet"),
            Map.entry("PAT", "Patent"),
            Map.entry("PCOMM", "Personal Communication"),
            Map.entry("RPRT", "Report"),
            Map.entry("SER", "Serial Publication"),
            Map.entry("STAND", "Standard"),
            Map.entry("THES", "Thesis"),
            Map.entry("UNPB", "Unpublished Work"),
            Map.entry("WEB", "Web Page"));

    /** Types whose T2 is the journal and whose C2 is, by EndNote's and Scopus's conventions, PMCID or PMID. */
    private static final Set<String> PERIODICAL = Set.of("ABST", "EJOUR", "INPR", "JFULL", "JOUR", "MGZN", "NEWS");

    private ReferenceTypes() {
    }

    /** {@code Journal Article} for {@code JOUR}; an unknown code as written. */
    static String name(String code) {
        return NAMES.getOrDefault(code, code);
    }

    /** True for articles in periodicals. A record without a type counts as one (most exports are). */
    static boolean periodical(String code) {
        return code == null || PERIODICAL.contains(code);
    }
}
