package org.evidentia.textmining.lexicon;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.evidentia.api.Api;

/**
 * Named lists of words and phrases read from a data file, so that vocabularies live as data beside
 * the code that uses them. Format: UTF-8, one list entry group per line, {@code name<TAB>entry |
 * entry | ...}; entries are lower-cased, may hold spaces (phrases); a name may recur (its lines add
 * up); blank lines and lines starting {@code #} are skipped. Immutable once read.
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
public final class WordLists {

    private final String source;
    private final Map<String, Set<String>> lists;

    private WordLists(String source, Map<String, Set<String>> lists) {
        this.source = source;
        this.lists = lists;
    }

    /** A run of white space within an entry; compiled once, as String.replaceAll would compile it for every entry. */
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    /**
     * Reads the resource {@code resource} beside {@code owner}.
     *
     * @param owner    the class whose package holds the resource; not null
     * @param resource the file name relative to that package; not null
     * @return the lists, immutable and thread-safe
     * @throws IllegalStateException when the resource is missing or a line is malformed (a packaging error)
     */
    public static WordLists load(Class<?> owner, String resource) {
        Map<String, Set<String>> lists = new LinkedHashMap<>();
        DataLines.readResource(owner, resource, (number, line) -> {
            int tab = line.indexOf('\t');
            if (tab <= 0) {
                throw new IllegalStateException(resource + ", line " + number + ": expected name<TAB>entries");
            }
            Set<String> entries = lists.computeIfAbsent(line.substring(0, tab).strip(), k -> new LinkedHashSet<>());
            for (String entry : line.substring(tab + 1).split("\\|")) {
                String e = WHITESPACE.matcher(entry.strip().toLowerCase(Locale.ROOT)).replaceAll(" ");
                if (!e.isEmpty()) {
                    entries.add(e);
                }
            }
        });
        Map<String, Set<String>> frozen = new LinkedHashMap<>();
        // file order, not Set.copyOf's per-JVM order: callers build patterns from these, and runs must be byte-identical
        lists.forEach((k, v) -> frozen.put(k, java.util.Collections.unmodifiableSet(v)));
        return new WordLists(resource, java.util.Collections.unmodifiableMap(frozen));
    }

    /**
     * The entries of list {@code name}, lower-cased, in file order.
     *
     * @return an unmodifiable set, never null
     * @throws IllegalStateException when the file has no such list
     */
    public Set<String> get(String name) {
        Set<String> list = lists.get(name);
        if (list == null) {
            throw new IllegalStateException(source + " has no list '" + name + "'");
        }
        return list;
    }

    /** The names of the lists, in file order; an unmodifiable list. */
    public List<String> names() {
        return List.copyOf(lists.keySet());
    }
}
