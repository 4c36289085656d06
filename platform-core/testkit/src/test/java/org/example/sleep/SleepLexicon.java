package org.example.sleep;

import java.util.List;

/** The phrases a sleep extractor could look for: a service the guide's plugin binds in its own Guice module. */
// tag::lexicon[]
public record SleepLexicon(List<String> phrases) {

    public static SleepLexicon standard() {
        return new SleepLexicon(List.of("sleep deprivation", "sleep restriction", "insomnia"));
    }
}
// end::lexicon[]
