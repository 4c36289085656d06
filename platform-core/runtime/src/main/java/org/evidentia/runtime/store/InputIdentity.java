package org.evidentia.runtime.store;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * The file an input path names, as the store knows it: its canonical absolute path, so that the
 * same file given as {@code s9/x.xml.gz} from one folder, {@code x.xml.gz} from another, through a
 * symbolic link, or as the {@code file:} URI a Spark job wrote, is one file. Runs show inputs
 * relative to the working folder, so a relative path is resolved against this process's.
 */
final class InputIdentity {

    /** {@code file:...} or {@code scheme://...}: a URI, not a path (a drive letter such as {@code C:} has no {@code //}). */
    private static final Pattern URI_FORM = Pattern.compile("^(?:file:|[A-Za-z][A-Za-z0-9+.-]+://)");

    private InputIdentity() {
    }

    /**
     * The real path of the file {@code shown} names (symbolic links resolved) when it exists, else its
     * absolute normalised path; for a {@code file:} URI, that of its path; another URI
     * ({@code hdfs://...}) normalised as it is. Null for null.
     */
    static String of(String shown) {
        if (shown == null) {
            return null;
        }
        Path path;
        try {
            if (URI_FORM.matcher(shown).lookingAt()) {
                URI uri = new URI(shown);
                if (!"file".equalsIgnoreCase(uri.getScheme())) {
                    return uri.normalize().toString();
                }
                path = Path.of(uri);
            } else {
                path = Path.of(shown);
            }
        } catch (URISyntaxException | IllegalArgumentException | FileSystemNotFoundException e) {
            return shown; // InvalidPathException is an IllegalArgumentException: a name this system cannot hold is known as given
        }
        Path absolute = path.toAbsolutePath().normalize();
        try {
            return absolute.toRealPath().toString();
        } catch (IOException | SecurityException e) {
            return absolute.toString(); // gone since it was read: known by where it was
        }
    }

    /**
     * What a path shown by a store written before it knew its inputs' real paths (format 1) can be
     * told from its text alone, without the folder it was shown relative to: an absolute path or a
     * {@code file:} URI normalised, else null (a relative path, known only as shown).
     */
    static String ofLegacy(String shown) {
        if (shown == null) {
            return null;
        }
        try {
            if (URI_FORM.matcher(shown).lookingAt()) {
                URI uri = new URI(shown);
                return "file".equalsIgnoreCase(uri.getScheme()) ? Path.of(uri).normalize().toString() : uri.normalize().toString();
            }
            Path path = Path.of(shown);
            return path.isAbsolute() ? path.normalize().toString() : null;
        } catch (URISyntaxException | IllegalArgumentException | FileSystemNotFoundException e) {
            return null;
        }
    }
}
