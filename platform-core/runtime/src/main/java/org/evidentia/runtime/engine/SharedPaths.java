package org.evidentia.runtime.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.Origin;
import org.evidentia.api.RecordFindings;
import org.evidentia.api.RunSummary;

/**
 * What a run hands its reporters, whose files are shared (report.html, tables, their notes), with
 * the user's home folder written {@code ~}: {@code /home/ana/exports/a.nbib} becomes
 * {@code ~/exports/a.nbib}, wherever a path stands (an input's name, a problem's file or message, a
 * notice, an origin, the exclusion list, an option's file or value). Inputs named from the working
 * folder are relative already ({@code ShownPath}); an input given by its absolute path under the home
 * folder would show the user's name to every reader of the report. run.json, the user's own record
 * of the run, and the host's writers (a findings store) keep the names as given.
 *
 * <p>A path is the home folder only where it starts, not inside another path ({@code /mnt/home/ana}
 * stays), and only up to a separator ({@code /home/anabel} stays for a home {@code /home/ana}).
 */
final class SharedPaths {

    private final Pattern home;
    /** The home folder as written, which a text must hold before {@link #home} is sought in it: most hold no path. */
    private final String folder;

    private SharedPaths(Pattern home, String folder) {
        this.home = home;
        this.folder = folder;
    }

    /**
     * Paths under {@code homeFolder} shown from {@code ~}; a blank home, or the root, changes nothing.
     *
     * @param homeFolder the user's home folder, absolute ({@code user.home}), or null
     */
    static SharedPaths under(String homeFolder) {
        String trimmed = homeFolder == null ? "" : homeFolder.replaceAll("[/\\\\]+$", "");
        if (trimmed.isEmpty() || !(trimmed.startsWith("/") || trimmed.matches("[A-Za-z]:\\\\.*"))) {
            return new SharedPaths(null, null);
        }
        // not within a longer path or word before it; a separator, the end, or no path character after it
        return new SharedPaths(Pattern.compile("(?<![\\w./\\\\~-])" + Pattern.quote(trimmed) + "(?=[/\\\\]|$|[^\\w.-])"), trimmed);
    }

    /** For this process's user. */
    static SharedPaths ofThisUser() {
        return under(System.getProperty("user.home"));
    }

    /** {@code text} with every path under the home folder written from {@code ~}; null stays null. */
    String text(String text) {
        if (text == null || home == null || !text.contains(folder)) {
            return text; // every record's origins pass here: a plain search first
        }
        Matcher m = home.matcher(text);
        return m.find() ? m.replaceAll("~") : text;
    }

    /** {@code record} as shared: the same object when none of its origins is under the home folder. */
    RecordFindings record(RecordFindings record) {
        BibliographicRecord r = record.record();
        List<Origin> origins = origins(r.origins());
        if (origins == r.origins()) {
            return record;
        }
        BibliographicRecord shared = new BibliographicRecord(r.id(), r.pmid(), r.doi(), r.pmcid(), r.title(), r.sections(), r.authors(),
                r.journal(), r.year(), r.publicationTypes(), r.meshTerms(), r.keywords(), r.metadata(), origins, r.version());
        return new RecordFindings(shared, record.design(), record.findings(), record.leftOutByFocus());
    }

    /** {@code summary} as shared. */
    RunSummary summary(RunSummary s) {
        if (home == null) {
            return s;
        }
        List<RunSummary.InputSummary> inputs = s.inputs().stream()
                .map(i -> new RunSummary.InputSummary(text(i.path()), i.sha256(), i.source(), i.records(), i.skipped())).toList();
        Map<String, Map<String, String>> options = new LinkedHashMap<>();
        s.options().forEach((extension, values) -> {
            Map<String, String> shared = new LinkedHashMap<>();
            values.forEach((key, value) -> shared.put(key, text(value)));
            options.put(extension, shared);
        });
        List<RunSummary.Problem> problems = s.problems().stream().map(p -> new RunSummary.Problem(p.kind(), p.extension(), text(p.file()),
                p.recordNumber(), p.line(), p.recordId(), text(p.message()))).toList();
        List<String> notices = s.notices().stream().map(this::text).toList();
        List<RunSummary.Duplicate> duplicates = s.duplicates().stream()
                .map(d -> new RunSummary.Duplicate(d.recordId(), origins(d.origins()))).toList();
        RunSummary.Exclusions exclusions = s.exclusions().list() == null ? s.exclusions()
                : new RunSummary.Exclusions(text(s.exclusions().list()), s.exclusions().sha256(), s.exclusions().byReason());
        List<RunSummary.OptionFile> optionFiles = s.optionFiles().stream()
                .map(f -> new RunSummary.OptionFile(f.extension(), f.option(), text(f.path()), f.sha256())).toList();
        return new RunSummary(s.evidentiaVersion(), s.runDate(), inputs, s.plugins(), options, s.counts(), problems, notices, duplicates,
                s.focus(), s.findingsDropped(), text(s.failure()), exclusions, optionFiles);
    }

    /** The same list when no origin changes, so that a record under no home path is not copied. */
    private List<Origin> origins(List<Origin> origins) {
        List<Origin> shared = null;
        for (int i = 0; i < origins.size(); i++) {
            Origin o = origins.get(i);
            String file = text(o.file());
            if (shared == null && !Objects.equals(file, o.file())) {
                shared = new ArrayList<>(origins.subList(0, i));
            }
            if (shared != null) {
                shared.add(new Origin(o.source(), file, o.recordNumber(), o.line()));
            }
        }
        return shared == null ? origins : shared;
    }
}
