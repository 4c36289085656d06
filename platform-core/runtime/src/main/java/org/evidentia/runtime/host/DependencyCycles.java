package org.evidentia.runtime.host;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/** Finds the dependency cycles among plugins, so that they can be left out rather than hang PF4J. */
final class DependencyCycles {

    private DependencyCycles() {
    }

    /**
     * Each group of plugins that depend on one another in a circle (a strongly connected component
     * with more than one plugin, or a plugin that depends on itself), as a path through the cycle
     * starting at its first id in sort order. Dependencies on ids not in {@code ids} are ignored.
     */
    static List<List<String>> find(Collection<String> ids, Function<String, List<String>> dependencies) {
        Set<String> known = new TreeSet<>(ids);
        List<List<String>> cycles = new ArrayList<>();
        for (Set<String> component : components(known, dependencies)) {
            String start = component.iterator().next();
            List<String> path = pathBack(start, component, dependencies);
            if (path != null) {
                cycles.add(path);
            }
        }
        return cycles;
    }

    /** Tarjan's strongly connected components, iterative, in a stable order. */
    private static List<Set<String>> components(Set<String> ids, Function<String, List<String>> dependencies) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new HashSet<>();
        List<Set<String>> result = new ArrayList<>();
        int[] counter = {0};
        for (String root : ids) {
            if (index.containsKey(root)) {
                continue;
            }
            Deque<Object[]> work = new ArrayDeque<>();
            work.push(new Object[] {root, 0});
            index.put(root, counter[0]);
            low.put(root, counter[0]++);
            stack.push(root);
            onStack.add(root);
            while (!work.isEmpty()) {
                Object[] frame = work.peek();
                String node = (String) frame[0];
                List<String> next = dependencies.apply(node).stream().filter(ids::contains).toList();
                int i = (Integer) frame[1];
                if (i < next.size()) {
                    frame[1] = i + 1;
                    String child = next.get(i);
                    if (!index.containsKey(child)) {
                        index.put(child, counter[0]);
                        low.put(child, counter[0]++);
                        stack.push(child);
                        onStack.add(child);
                        work.push(new Object[] {child, 0});
                    } else if (onStack.contains(child)) {
                        low.put(node, Math.min(low.get(node), index.get(child)));
                    }
                    continue;
                }
                work.pop();
                if (!work.isEmpty()) {
                    String parent = (String) work.peek()[0];
                    low.put(parent, Math.min(low.get(parent), low.get(node)));
                }
                if (low.get(node).equals(index.get(node))) {
                    Set<String> component = new TreeSet<>();
                    String member;
                    do {
                        member = stack.pop();
                        onStack.remove(member);
                        component.add(member);
                    } while (!member.equals(node));
                    boolean selfLoop = component.size() == 1 && dependencies.apply(node).contains(node);
                    if (component.size() > 1 || selfLoop) {
                        result.add(component);
                    }
                }
            }
        }
        result.sort((a, b) -> a.iterator().next().compareTo(b.iterator().next()));
        return result;
    }

    /** A path from {@code start} back to it within {@code component}, breadth first so it is short. */
    private static List<String> pathBack(String start, Set<String> component, Function<String, List<String>> dependencies) {
        Map<String, String> cameFrom = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>();
        queue.add(start);
        while (!queue.isEmpty()) {
            String node = queue.poll();
            for (String next : new TreeSet<>(dependencies.apply(node))) {
                if (next.equals(start)) {
                    List<String> path = new ArrayList<>();
                    for (String at = node; at != null; at = cameFrom.get(at)) {
                        path.add(0, at);
                    }
                    return path;
                }
                if (component.contains(next) && !cameFrom.containsKey(next) && !next.equals(start)) {
                    cameFrom.put(next, node);
                    queue.add(next);
                }
            }
        }
        return null;
    }
}
