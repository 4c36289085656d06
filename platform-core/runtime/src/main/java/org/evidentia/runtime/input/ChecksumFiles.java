package org.evidentia.runtime.input;

/**
 * The checksum files a folder walk leaves out: a {@code NAME.md5} beside the file {@code NAME} it
 * checks, as a mirror of NCBI's PubMed folders holds one for each of its 1,200 or so files. Read as
 * inputs, each would be an input error on every run. One rule for every walk: {@code evidentia run}'s
 * on this machine and the evidentia-spark job's on any Hadoop file system.
 */
public final class ChecksumFiles {

    private static final String SUFFIX = ".md5";

    private ChecksumFiles() {
    }

    /**
     * The name of the file that {@code name} would be the checksum of ({@code pubmed26n0001.xml.gz}
     * for {@code pubmed26n0001.xml.gz.md5}, in any case of {@code .md5}), or null when it is no
     * checksum's name. The walk leaves it out when a file of that name is beside it.
     */
    public static String checkedName(String name) {
        int cut = name.length() - SUFFIX.length();
        return cut > 0 && name.regionMatches(true, cut, SUFFIX, 0, SUFFIX.length()) ? name.substring(0, cut) : null;
    }

    /** Why a walk left out {@code count} checksum files, for its notice: not a problem, but nothing is left out silently. */
    public static String leftOut(int count) {
        return "left out " + count + " checksum file" + (count == 1 ? "" : "s")
                + " (a NAME.md5 beside the file NAME it checks, as NCBI publishes PubMed's files): no source reads them, and a"
                + " damaged or cut .gz is found by its own checksum as it is read";
    }
}
