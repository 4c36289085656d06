package org.evidentia.textmining.record;

import java.util.regex.Pattern;

/**
 * The kinds of abstract section a label names: methods, background, results. A label may join
 * several by "and", "&amp;", "/" or "," ("BACKGROUND AND OBJECTIVES", "DESIGN, SETTING, AND
 * PARTICIPANTS", "METHODS AND RESULTS"): it is of a kind when each part it joins is. Stateless and
 * thread-safe.
 */
final class SectionLabels {

    /** Sections whose sentences describe what was done, not what was found. */
    private static final Pattern METHODS = Pattern.compile(
            "(?:materials? and )?methods?|design|setting|participants|patients|subjects|interventions?|measurements?"
                    + "|(?:study )?design(?: and methods)?|methodology|objectives?|aims?|purpose|study objectives?"
                    + "|main outcome measures?|outcome measures?|patients and methods|subjects and methods|experimental design"
                    + "|trial registration|registration|funding|abbreviations|hypothesis|rationale",
            Pattern.CASE_INSENSITIVE);

    /** Sections that tell what others found: their specimens are the record's only where the rest names none. */
    private static final Pattern BACKGROUND = Pattern.compile(
            "background|introduction|context|rationale|purpose|objectives?|aims?|importance", Pattern.CASE_INSENSITIVE);

    /** Sections that hold the study's own results. */
    private static final Pattern RESULTS = Pattern.compile(
            "(?:main |key |principal )?(?:results?|findings)|measurements and (?:main )?results|observations",
            Pattern.CASE_INSENSITIVE);

    /** What joins the parts of a label: "and", "&", "/", ",", or several of these (", and"). */
    private static final Pattern JOINT = Pattern.compile("(?:\\s*(?:[/&,]|\\band\\b)\\s*)+", Pattern.CASE_INSENSITIVE);

    private SectionLabels() {
    }

    /** Whether a label names a methods section, whole or in each of its parts ("DESIGN, SETTING, AND PARTICIPANTS"). */
    static boolean methods(String label) {
        return label != null && (METHODS.matcher(label.strip()).matches() || eachPart(label, METHODS));
    }

    /** Whether a label names a background section, in each of its parts ("BACKGROUND AND OBJECTIVES"; not "OBJECTIVES AND METHODS"). */
    static boolean background(String label) {
        return label != null && eachPart(label, BACKGROUND);
    }

    /**
     * Whether a label names a results section: whole, or joining results with the methods that gave them
     * ("METHODS AND RESULTS", "PATIENTS, METHODS, AND RESULTS"); not when a part is neither ("RESULTS AND CONCLUSIONS").
     */
    static boolean results(String label) {
        if (label == null) {
            return false;
        }
        if (RESULTS.matcher(label.strip()).matches()) {
            return true;
        }
        boolean named = false;
        for (String part : JOINT.split(label.strip())) {
            boolean result = RESULTS.matcher(part).matches();
            if (!result && !METHODS.matcher(part).matches()) {
                return false;
            }
            named |= result;
        }
        return named;
    }

    private static boolean eachPart(String label, Pattern kind) {
        for (String part : JOINT.split(label.strip())) {
            if (!kind.matcher(part).matches()) {
                return false;
            }
        }
        return true;
    }
}
