package org.evidentia.runtime.engine;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.CodeSource;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.evidentia.runtime.host.Artifact;
import org.evidentia.runtime.host.LoadedExtension;
import org.evidentia.textmining.text.SentenceSplitter;

/**
 * What carried a run's rules, by SHA-256 (review 31, M1): the jar of the core's text-mining kit, in which the bundled
 * extractors' rules are, and the file each plugin the run used was loaded from. The build id ({@code 0.1.0+<commit>})
 * names a commit, which a documentation change moves and an edit not committed does not; the build is reproducible
 * (the same sources give the same bytes), so these checksums change when, and only when, the code and data they carry
 * change. Immutable.
 *
 * @param textMining the text-mining kit's jar; null when not known (a report, which extracts nothing)
 * @param plugins    the file each plugin was loaded from, by plugin id, sorted; a plugin absent when not known
 */
public record Fingerprints(Artifact textMining, Map<String, Artifact> plugins) {

    /** Nothing known: a run recorded elsewhere (a Spark job's output), imported. */
    public static final Fingerprints NONE = new Fingerprints(null, Map.of());

    public Fingerprints {
        plugins = Collections.unmodifiableSortedMap(new TreeMap<>(plugins));
    }

    /**
     * Where a jar that holds the kit together with other code records the kit's own jar, as {@code sha256sum} writes it
     * ({@code HEX  evidentia-textmining-0.1.0.jar}): the Spark job's jar, whose checksum as a whole changes with every
     * build (it holds the build id) and whose name the user may change.
     */
    static final String KIT_JAR_RECORDED = "META-INF/evidentia/textmining-jar.sha256";

    /**
     * The text-mining kit's jar as this runtime loaded it, hashed now; a folder of classes (a development class path) is
     * named without a checksum. Where the kit was loaded from a jar that records the kit's own jar
     * ({@value #KIT_JAR_RECORDED}), that one: so a Spark job's kit and a local run's compare as the same file.
     */
    public static Artifact textMiningJar() {
        Artifact loadedFrom = Artifact.of(SentenceSplitter.class);
        URL recorded = SentenceSplitter.class.getResource("/" + KIT_JAR_RECORDED);
        if (loadedFrom == null || recorded == null || !inTheJarOf(recorded, SentenceSplitter.class)) {
            return loadedFrom;
        }
        try (InputStream in = recorded.openStream()) {
            String[] line = new String(in.readAllBytes(), StandardCharsets.US_ASCII).strip().split(" +", 2);
            return line.length == 2 && line[0].matches("[0-9a-f]{64}") ? new Artifact(line[1], line[0]) : loadedFrom;
        } catch (IOException e) {
            return loadedFrom;
        }
    }

    /** Whether {@code resource} is an entry of the jar {@code type} was loaded from, not of another jar on the class path. */
    private static boolean inTheJarOf(URL resource, Class<?> type) {
        String at = resource.toString();
        CodeSource source = type.getProtectionDomain().getCodeSource();
        return source != null && source.getLocation() != null && at.startsWith("jar:")
                && at.startsWith("jar:" + source.getLocation() + "!/");
    }

    /** The text-mining kit's jar, and the file each of these extensions' plugins was loaded from where it is known. */
    static Fingerprints of(Artifact textMining, Iterable<? extends LoadedExtension<?>> extensions) {
        Map<String, Artifact> plugins = new TreeMap<>();
        for (LoadedExtension<?> e : extensions) {
            if (!plugins.containsKey(e.pluginId())) {
                Artifact artifact = e.artifact();
                if (artifact != null) {
                    plugins.put(e.pluginId(), artifact);
                }
            }
        }
        return new Fingerprints(textMining, plugins);
    }
}
