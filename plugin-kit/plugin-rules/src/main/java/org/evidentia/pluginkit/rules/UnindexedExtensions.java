package org.evidentia.pluginkit.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.objectweb.asm.ClassReader;

/**
 * The public, concrete classes of a plugin that implement an Evidentia extension point (a source,
 * extractor, reporter or retriever) but that its extensions index does not name: an extension whose
 * {@code @org.pf4j.Extension} was forgotten, which PF4J never finds, in a plugin whose other
 * extensions keep the index from being empty (the packaging check fails only an index that names
 * nothing). Read from the class files themselves (their access flags, superclass and interfaces, by ASM), so
 * no class is loaded; an extension point reached through a library's class is not seen.
 */
public final class UnindexedExtensions {

    /** The extension points users select extensions of, as class-file names, with what a user calls each. */
    private static final Map<String, String> POINTS = Map.of(
            "org/evidentia/api/Source", "source",
            "org/evidentia/api/Extractor", "extractor",
            "org/evidentia/api/Reporter", "reporter",
            "org/evidentia/api/Retriever", "retriever");

    private static final int ACC_PUBLIC = 0x0001;
    private static final int ACC_INTERFACE = 0x0200;
    private static final int ACC_ABSTRACT = 0x0400;

    private UnindexedExtensions() {
    }

    /** What a class file declares of itself: its access flags, superclass and interfaces, as class-file names. */
    private record Declared(int access, String superName, List<String> interfaces) {
    }

    /**
     * One sentence per class that is not in the index but is a public, concrete extension, saying
     * what to do; sorted by class name, empty when there is none.
     *
     * @param classFiles the plugin's class files by their entry name ({@code org/example/MyExtractor.class})
     * @param indexed    the class names the extensions index names ({@code org.example.MyExtractor})
     * @param index      how to call the index in the sentence ({@code META-INF/extensions.idx})
     */
    public static List<String> in(Map<String, byte[]> classFiles, Set<String> indexed, String index) {
        Map<String, Declared> declared = new HashMap<>();
        classFiles.forEach((entry, bytes) -> {
            if (entry.endsWith(".class") && !entry.endsWith("module-info.class") && !entry.endsWith("package-info.class")) {
                Declared read = read(bytes);
                if (read != null) {
                    declared.put(entry.substring(0, entry.length() - ".class".length()), read);
                }
            }
        });
        Map<String, String> found = new TreeMap<>();
        declared.forEach((name, d) -> {
            String className = name.replace('/', '.');
            if ((d.access() & ACC_PUBLIC) != 0 && (d.access() & (ACC_INTERFACE | ACC_ABSTRACT)) == 0 && !indexed.contains(className)) {
                String point = pointOf(name, declared, new HashSet<>());
                if (point != null) {
                    found.put(className, className + " is a public " + point + " class that " + index + " does not name, so PF4J"
                            + " will not find it: annotate it with @org.pf4j.Extension (or make it abstract or not public if it is not"
                            + " meant to be an extension)");
                }
            }
        });
        return new ArrayList<>(found.values());
    }

    /** The extension point a class implements, through its own supertypes within the plugin; null for none. */
    private static String pointOf(String name, Map<String, Declared> declared, Set<String> seen) {
        if (POINTS.containsKey(name)) {
            return POINTS.get(name);
        }
        Declared d = declared.get(name);
        if (d == null || !seen.add(name)) {
            return null;
        }
        for (String supertype : d.interfaces()) {
            String point = pointOf(supertype, declared, seen);
            if (point != null) {
                return point;
            }
        }
        return d.superName() == null ? null : pointOf(d.superName(), declared, seen);
    }

    /** The head of a class file (JVMS 4.1), read by ASM without loading the class; null when it is not one. */
    private static Declared read(byte[] bytes) {
        try {
            ClassReader reader = new ClassReader(bytes);
            return new Declared(reader.getAccess(), reader.getSuperName(), List.of(reader.getInterfaces()));
        } catch (RuntimeException e) {
            // not a class file, or one of a Java newer than this ASM knows (it refuses those): nothing to say of it
            return null;
        }
    }
}
