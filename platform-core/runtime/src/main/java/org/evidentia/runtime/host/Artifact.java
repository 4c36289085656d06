package org.evidentia.runtime.host;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import org.evidentia.runtime.input.FileDigests;

/**
 * A file code was loaded from, by its name and SHA-256: a plugin's zip or jar, or the jar of the core's text-mining kit.
 * Reproducible builds make the same sources into the same bytes, so the checksum changes when, and only when, what the
 * file carries changes: a rebuild that changed a rule changes it, one that changed only the documentation does not
 * (review 31, M1). Immutable.
 *
 * @param file   the file's name ({@code evidentia-cytokine-extractor-0.1.0.zip}), or a folder's name with a slash
 *               ({@code my-plugin/}) for code loaded from a folder of classes
 * @param sha256 the hex SHA-256 of the file's bytes; null for a folder, or a file that could not be read
 */
public record Artifact(String file, String sha256) {

    /** The file {@code type} was loaded from (a jar, hashed; a folder of classes, not); null when its class loader does not say. */
    public static Artifact of(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return null;
        }
        try {
            return of(Path.of(source.getLocation().toURI()));
        } catch (URISyntaxException | RuntimeException e) {
            return null; // not a file (a class loader of another kind): nothing to name
        }
    }

    /** A jar or zip, hashed now, or a folder, which is not. */
    static Artifact of(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (Files.isDirectory(file)) {
            return new Artifact(name + "/", null);
        }
        try {
            return new Artifact(name, FileDigests.sha256(file));
        } catch (IOException e) {
            return new Artifact(name, null);
        }
    }
}
