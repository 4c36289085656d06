package org.evidentia.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Executable;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.evidentia.api.Api;
import org.junit.jupiter.api.Test;

/**
 * A plugin author learns what may change in a minor version from the {@link Api} marks of the api
 * and of the testkit (plugin-guide.md §9), and from the list docs/extension-points.md gives of the
 * api's. So every public type states its status, a STABLE member hands out, takes and implements
 * nothing EXPERIMENTAL (a member that does is marked EXPERIMENTAL itself, so an IDE shows it where
 * it is called), and the page lists exactly the api elements marked EXPERIMENTAL. A member without a
 * mark of its own has its type's status. Checked here, where both jars are on the class path.
 */
class ApiStatusTest {

    private static final Path ROOT = Path.of("../..").toAbsolutePath().normalize();

    @Test
    void everyPublicApiTypeAndEveryPublicTestkitTypeStatesItsStatusAndSince() throws Exception {
        List<String> unmarked = new ArrayList<>();
        for (Class<?> type : publicTypes(Api.class)) {
            if (type.getEnclosingClass() == null && !statesStatusAndSince(type)) {
                unmarked.add(type.getName());
            }
        }
        for (Class<?> type : publicTypes(PluginTestKit.class)) {
            if (!statesStatusAndSince(type)) {
                unmarked.add(type.getName());
            }
        }
        assertThat(publicTypes(Api.class)).as("the api's public types").hasSizeGreaterThan(30);
        assertThat(publicTypes(PluginTestKit.class)).as("the testkit's public types").hasSizeGreaterThan(15);
        assertThat(unmarked).as("public types without @Api(status, since): the api's top-level ones, the testkit's all").isEmpty();
    }

    @Test
    void aStableMemberUsesAndImplementsNothingExperimental() throws Exception {
        List<String> mixed = new ArrayList<>();
        List<Class<?>> types = new ArrayList<>(publicTypes(Api.class));
        types.addAll(publicTypes(PluginTestKit.class));
        for (Class<?> type : types) {
            for (Executable member : publicMembers(type)) {
                if (status(member) != Api.Status.STABLE) {
                    continue;
                }
                List<Type> used = new ArrayList<>(List.of(member.getGenericParameterTypes()));
                if (member instanceof Method method) {
                    used.add(method.getGenericReturnType());
                    for (Method overridden : overridden(method)) {
                        if (status(overridden) == Api.Status.EXPERIMENTAL) {
                            mixed.add(member + " overrides EXPERIMENTAL " + overridden);
                        }
                    }
                }
                for (Type t : used) {
                    for (Class<?> named : classesIn(t)) {
                        if (status(named) == Api.Status.EXPERIMENTAL) {
                            mixed.add(member + " uses EXPERIMENTAL " + named.getName());
                        }
                    }
                }
            }
        }
        assertThat(mixed).as("STABLE members that use EXPERIMENTAL types (mark the member EXPERIMENTAL, or the type STABLE)")
                .isEmpty();
    }

    @Test
    void extensionPointsListsExactlyTheApiElementsMarkedExperimental() throws Exception {
        List<Class<?>> api = publicTypes(Api.class);
        Set<String> marked = new TreeSet<>();
        for (Class<?> type : api) {
            Api mark = type.getAnnotation(Api.class);
            Class<?> enclosing = type.getEnclosingClass();
            if (mark != null && mark.status() == Api.Status.EXPERIMENTAL && (enclosing == null || status(enclosing) != Api.Status.EXPERIMENTAL)) {
                marked.add(nameOf(type));
            }
            for (Executable member : publicMembers(type)) {
                Api own = member.getAnnotation(Api.class);
                if (own != null && own.status() == Api.Status.EXPERIMENTAL && status(type) != Api.Status.EXPERIMENTAL) {
                    marked.add(nameOf(type) + "." + (member instanceof Method ? member.getName() : "new"));
                }
            }
        }
        String page = Files.readString(ROOT.resolve("docs/extension-points.md"));
        Matcher row = Pattern.compile("(?m)^\\| \\*\\*experimental\\*\\* \\| (.*) \\|$").matcher(page);
        assertThat(row.find()).as("the experimental row of extension-points.md's stability table").isTrue();
        Set<String> listed = new TreeSet<>();
        // `Type`, `Type.member`, `Type.member(args)`, and a type's constructors as `new Type(...)`
        Matcher name = Pattern.compile("`(new )?([A-Za-z.]+)(?:\\([^`]*\\))?`").matcher(row.group(1));
        while (name.find()) {
            listed.add(name.group(2) + (name.group(1) == null ? "" : ".new"));
        }
        // the nested types an experimental type names "with" are its own, experimental with it
        listed.removeIf(n -> !marked.contains(n) && api.stream().anyMatch(t -> (t.getSimpleName().equals(n) || nameOf(t).equals(n))
                && t.getEnclosingClass() != null && status(t.getEnclosingClass()) == Api.Status.EXPERIMENTAL));
        assertThat(listed).as("extension-points.md's experimental row against the @Api marks").isEqualTo(marked);
    }

    private static boolean statesStatusAndSince(Class<?> type) {
        Api mark = type.getAnnotation(Api.class);
        return mark != null && !mark.since().isEmpty();
    }

    /** {@code RunSummary.Focus} for a nested type, the simple name for a top-level one. */
    private static String nameOf(Class<?> type) {
        return type.getEnclosingClass() == null ? type.getSimpleName() : nameOf(type.getEnclosingClass()) + "." + type.getSimpleName();
    }

    private static List<Executable> publicMembers(Class<?> type) {
        List<Executable> members = new ArrayList<>(List.of(type.getDeclaredConstructors()));
        members.addAll(List.of(type.getDeclaredMethods()));
        members.removeIf(m -> !Modifier.isPublic(m.getModifiers()) || m.isSynthetic() || type.isEnum() && m instanceof Method
                && (m.getName().equals("values") || m.getName().equals("valueOf")));
        return members;
    }

    /** The methods of the type's supertypes that this method overrides or implements. */
    private static List<Method> overridden(Method method) {
        List<Method> found = new ArrayList<>();
        List<Class<?>> supertypes = new ArrayList<>(List.of(method.getDeclaringClass().getInterfaces()));
        if (method.getDeclaringClass().getSuperclass() != null) {
            supertypes.add(method.getDeclaringClass().getSuperclass());
        }
        for (int i = 0; i < supertypes.size(); i++) {
            Class<?> supertype = supertypes.get(i);
            try {
                found.add(supertype.getDeclaredMethod(method.getName(), method.getParameterTypes()));
            } catch (NoSuchMethodException e) {
                // not declared here; its own supertypes are looked at below
            }
            supertypes.addAll(List.of(supertype.getInterfaces()));
            if (supertype.getSuperclass() != null) {
                supertypes.add(supertype.getSuperclass());
            }
        }
        return found;
    }

    /** The element's own status, else its declaring type's, outward; null when nothing states one. */
    private static Api.Status status(Object element) {
        Api api = element instanceof Executable e ? e.getAnnotation(Api.class) : ((Class<?>) element).getAnnotation(Api.class);
        if (api != null) {
            return api.status();
        }
        Class<?> enclosing = element instanceof Executable e ? e.getDeclaringClass() : ((Class<?>) element).getEnclosingClass();
        return enclosing == null ? null : status(enclosing);
    }

    private static List<Class<?>> classesIn(Type type) {
        List<Class<?>> found = new ArrayList<>();
        if (type instanceof Class<?> c) {
            found.add(c.isArray() ? c.getComponentType() : c);
        } else if (type instanceof ParameterizedType p) {
            found.addAll(classesIn(p.getRawType()));
            for (Type argument : p.getActualTypeArguments()) {
                found.addAll(classesIn(argument));
            }
        } else if (type instanceof WildcardType w) {
            Stream.of(w.getUpperBounds()).forEach(b -> found.addAll(classesIn(b)));
            Stream.of(w.getLowerBounds()).forEach(b -> found.addAll(classesIn(b)));
        } else if (type instanceof GenericArrayType a) {
            found.addAll(classesIn(a.getGenericComponentType()));
        }
        return found;
    }

    /** The public types of the jar or classes folder that holds {@code anchor}, nested ones included (those of public types). */
    private static List<Class<?>> publicTypes(Class<?> anchor) throws Exception {
        Path classes = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> types = new ArrayList<>();
        try (Stream<Path> files = Files.isDirectory(classes) ? Files.walk(classes) : Stream.empty()) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                String name = classes.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".")
                        .replaceAll("\\.class$", "");
                if (name.endsWith("package-info")) {
                    continue;
                }
                Class<?> type = Class.forName(name, false, ApiStatusTest.class.getClassLoader());
                if (isPublic(type)) {
                    types.add(type);
                }
            }
        }
        if (!Files.isDirectory(classes)) {
            try (java.util.jar.JarFile jar = new java.util.jar.JarFile(classes.toFile())) {
                for (String name : jar.stream().map(java.util.jar.JarEntry::getName).filter(n -> n.endsWith(".class")).sorted().toList()) {
                    String className = name.replace('/', '.').replaceAll("\\.class$", "");
                    if (className.endsWith("package-info") || className.startsWith("META-INF")) {
                        continue;
                    }
                    Class<?> type = Class.forName(className, false, ApiStatusTest.class.getClassLoader());
                    if (isPublic(type)) {
                        types.add(type);
                    }
                }
            }
        }
        return types;
    }

    private static boolean isPublic(Class<?> type) {
        return !type.isAnonymousClass() && !type.isLocalClass() && !type.isSynthetic() && Modifier.isPublic(type.getModifiers())
                && (type.getEnclosingClass() == null || isPublic(type.getEnclosingClass()));
    }
}
