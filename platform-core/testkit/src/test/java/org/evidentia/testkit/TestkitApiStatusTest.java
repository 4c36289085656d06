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
import java.util.stream.Stream;
import org.evidentia.api.Api;
import org.junit.jupiter.api.Test;

/**
 * A team that pins its tests to the testkit reads each type's {@link Api} status, as it does the
 * api's (plugin-guide.md §9). So every public testkit type states one, and what a STABLE member hands
 * out or takes is STABLE too, and no STABLE member implements an EXPERIMENTAL one: a member that
 * does is marked EXPERIMENTAL itself.
 */
class TestkitApiStatusTest {

    @Test
    void everyPublicTypeStatesItsStatusAndSince() throws Exception {
        List<String> unmarked = new ArrayList<>();
        for (Class<?> type : publicTypes()) {
            Api api = type.getAnnotation(Api.class);
            if (api == null || api.since().isEmpty()) {
                unmarked.add(type.getName());
            }
        }
        assertThat(publicTypes()).as("the testkit's public types").hasSizeGreaterThan(15);
        assertThat(unmarked).as("public testkit types without @Api(status, since)").isEmpty();
    }

    @Test
    void aStableMemberUsesAndImplementsNothingExperimental() throws Exception {
        List<String> mixed = new ArrayList<>();
        for (Class<?> type : publicTypes()) {
            List<Executable> members = new ArrayList<>(List.of(type.getDeclaredConstructors()));
            members.addAll(List.of(type.getDeclaredMethods()));
            for (Executable member : members) {
                if (!Modifier.isPublic(member.getModifiers()) || member.isSynthetic() || status(member) != Api.Status.STABLE) {
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

    /** The public types of the testkit's classes, nested ones included (those of public types). */
    private static List<Class<?>> publicTypes() throws Exception {
        Path classes = Path.of(PluginTestKit.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> types = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                String name = classes.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".")
                        .replaceAll("\\.class$", "");
                if (name.endsWith("package-info")) {
                    continue;
                }
                Class<?> type = Class.forName(name, false, TestkitApiStatusTest.class.getClassLoader());
                if (isPublic(type)) {
                    types.add(type);
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
