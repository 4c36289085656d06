package org.evidentia.runtime.exclusion;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.evidentia.api.BibliographicRecord;

/**
 * A review's exclusion list: records screened out, each with its reason (PRISMA's "records excluded,
 * with reasons"). Excluded records are read and counted, but give no findings and no table rows; a
 * findings store keeps the list and leaves the records out of its reports. Made by
 * {@link ExclusionListReader} from a CSV file, or from the list a store keeps. Immutable.
 */
public final class ExclusionList {

    /**
     * One id of the list.
     *
     * @param id     the record it excludes
     * @param reason why, as the reviewer wrote it
     * @param line   its line in the file; 0 for a list a store kept
     */
    public record Exclusion(ExcludedId id, String reason, long line) {
    }

    private static final Comparator<Exclusion> ORDER = Comparator.comparing((Exclusion e) -> e.id().kind())
            .thenComparing(e -> e.id().value());

    private final String file;
    private final Path path;
    private final String sha256;
    private final List<Exclusion> exclusions;
    private final Map<String, Exclusion> byKey = new HashMap<>();

    /** A list whose file's checksum is not known. */
    public ExclusionList(String file, List<Exclusion> exclusions) {
        this(file, null, exclusions);
    }

    /**
     * @param file       the list as a run names it: its file as shown ({@code exclusions.csv})
     * @param sha256     the hex SHA-256 of the file's bytes as they were read; null when not known (a list a store of
     *                   an earlier version kept)
     * @param exclusions one per id
     */
    public ExclusionList(String file, String sha256, List<Exclusion> exclusions) {
        this(file, sha256, exclusions, null);
    }

    /**
     * @param file       the list as a run names it: its file as shown ({@code exclusions.csv})
     * @param sha256     the hex SHA-256 of the file's bytes as they were read; null when not known
     * @param exclusions one per id
     * @param path       the file read, absolute; null for a list no file of this machine holds now (a store's)
     */
    public ExclusionList(String file, String sha256, List<Exclusion> exclusions, Path path) {
        this.file = file;
        this.sha256 = sha256;
        this.path = path;
        List<Exclusion> sorted = new ArrayList<>(exclusions);
        sorted.sort(ORDER);
        this.exclusions = List.copyOf(sorted);
        for (Exclusion e : this.exclusions) {
            if (byKey.putIfAbsent(e.id().key(), e) != null) {
                throw new IllegalArgumentException("the id " + e.id() + " is listed twice");
            }
        }
    }

    /**
     * The file the list was read from, absolute, so that a walk of the inputs' folders leaves it out (a list beside the
     * exports, under {@code inputs: [.]}, was read as a sheet of records); null when no file of this machine is known.
     */
    public Path path() {
        return path;
    }

    /** The list as a run names it: its file as shown ({@code exclusions.csv}). */
    public String file() {
        return file;
    }

    /**
     * The SHA-256 of the list's file as it was read, by which an archive tells the list a run used from the file as
     * it is now (edited since, under the same name); null when not known.
     */
    public String sha256() {
        return sha256;
    }

    /**
     * One per id, in the order of their ids (kind, then value), whatever the order of the file's lines,
     * so that the same list gives the same outputs.
     */
    public List<Exclusion> exclusions() {
        return exclusions;
    }

    /**
     * The exclusion of {@code record}, or null when the list does not name it: by its PMID, else its DOI
     * (in any case), else its own id.
     */
    public Exclusion of(BibliographicRecord record) {
        return of(record.pmid(), record.doi(), record.id());
    }

    /** As {@link #of(BibliographicRecord)}, from the record's PMID, DOI (each nullable) and id. */
    public Exclusion of(String pmid, String doi, String id) {
        return allOf(pmid, doi, id).stream().findFirst().orElse(null);
    }

    /** Every exclusion the record matches, the one {@link #of} takes first: one listed by its PMID and by its DOI matches both. */
    public List<Exclusion> allOf(String pmid, String doi, String id) {
        List<Exclusion> matched = new ArrayList<>(1);
        for (String key : ExcludedId.keysOf(pmid, doi, id)) {
            Exclusion e = byKey.get(key);
            if (e != null && !matched.contains(e)) {
                matched.add(e);
            }
        }
        return matched;
    }
}
