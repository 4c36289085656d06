package org.evidentia.runtime.retrieval;

import java.util.List;
import java.util.Map;
import org.evidentia.api.Retrieval;

/**
 * One retrieval of a run, as run.json records it.
 *
 * @param input         the input as the user wrote it ({@code pubmed:...})
 * @param retriever     the retriever's name
 * @param plugin        its plugin's id
 * @param pluginVersion its plugin's version
 * @param options       its bound options as text, by key
 * @param retrieval     what the retriever reported
 * @param notices       what it told the user about the retrieval, in order
 */
public record RetrievalRecord(String input, String retriever, String plugin, String pluginVersion,
                              Map<String, String> options, Retrieval retrieval, List<String> notices) {

    public RetrievalRecord {
        options = Map.copyOf(options);
        notices = List.copyOf(notices);
    }
}
