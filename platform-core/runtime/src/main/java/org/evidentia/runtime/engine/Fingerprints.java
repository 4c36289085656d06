package org.evidentia.runtime.engine;

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

    /** The text-mining kit's jar as this runtime loaded it, hashed now; a folder of classes (a development class path) is named without a checksum. */
    public static Artifact textMiningJar() {
        return Artifact.of(SentenceSplitter.class);
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
